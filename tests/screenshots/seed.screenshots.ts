/**
 * The seed deck (templates/rok-us-defense-industry) exported and shot slide by slide at
 * 1920×1080 into docs/screenshots/<prefix>-<n>.png. SHOT_PREFIX picks the prefix (default
 * "after"); ENGINE_ROOT may point at another checkout's tree (how the "before" images were
 * made: `git archive` of the commit before the layout engine, with node_modules linked).
 * SHOT_THEME / SHOT_ASPECT / SHOT_LANG_KO vary the deck for a look at every theme.
 */
import { test } from '@playwright/test';
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rawPlugin } from '../e2e/helpers/export-build.ts';
import { denseDeck } from '../e2e/helpers/dense-decks.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ENGINE = process.env.ENGINE_ROOT ?? ROOT;
const PREFIX = process.env.SHOT_PREFIX ?? 'after';

test('seed deck at 1920x1080', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'bd-shots-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, `export { compileDeck } from ${JSON.stringify(join(ENGINE, 'engine/export/index.ts'))};\nexport { getTemplate } from ${JSON.stringify(join(ENGINE, 'engine/templates/index.ts'))};\n`);
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile: join(dir, 'e.mjs'), plugins: [rawPlugin], logLevel: 'silent', mainFields: ['module', 'main'] });
  const engine = (await import(pathToFileURL(join(dir, 'e.mjs')).href)) as { compileDeck: (d: unknown) => string; getTemplate: (id: string) => { settings: Record<string, unknown>; meta: Record<string, unknown> } };
  // SHOT_DENSE=en|ko: the layout test's dense deck instead of the seed.
  const dense = process.env.SHOT_DENSE;
  const deck = (dense ? denseDeck({ ko: dense === 'ko' }) : engine.getTemplate(process.env.SHOT_TEMPLATE ?? 'rok-us-defense-industry')) as unknown as { settings: Record<string, unknown>; meta: Record<string, unknown> };
  if (process.env.SHOT_THEME) deck.settings.theme = process.env.SHOT_THEME;
  if (process.env.SHOT_ASPECT) deck.settings.aspect = process.env.SHOT_ASPECT;
  const file = join(dir, 'deck.html');
  writeFileSync(file, engine.compileDeck(deck));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
  await page.evaluate(() => document.fonts.ready);
  const total = await page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides());
  const out = resolve(ROOT, process.env.SHOT_DIR ?? 'docs/screenshots');
  mkdirSync(out, { recursive: true });
  for (let i = 0; i < total; i++) {
    await page.evaluate((n) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(n), i);
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(out, `${PREFIX}-${String(i + 1).padStart(2, '0')}.png`) });
  }
});
