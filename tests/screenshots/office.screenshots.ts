/**
 * The README's PowerPoint-beside-HTML images: slides of a template exported both ways, the
 * .pptx rendered by LibreOffice (soffice → PDF → pdftoppm) and the .html by Chromium, both at
 * 1280×720, into docs/screenshots/: pptx-libreoffice.png / html-slide.png, then
 * {pptx,html}-table.png and {pptx,html}-chart.png:
 * - the seed deck's "Export growth" slide (points, a key figure with its as-of date);
 * - table: the seed deck's frameworks table (a native PowerPoint table);
 * - chart: the information brief's illustrative chart (a native, editable PowerPoint chart).
 * Needs soffice and pdftoppm (scripts/setup.sh installs them).
 */
import { test } from '@playwright/test';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rawPlugin } from '../e2e/helpers/export-build.ts';

const ROOT = resolve(import.meta.dirname, '../..');

interface Engine {
  compileDeck: (d: unknown) => string;
  getTemplate: (id: string) => unknown;
  layoutDeck: (d: unknown) => { slides: { key: string }[] };
  writePptx: (d: unknown) => Promise<Uint8Array>;
}

const SHOTS = [
  { pptx: 'pptx-libreoffice', html: 'html-slide', template: 'rok-us-defense-industry', key: 'section-exports' },
  { pptx: 'pptx-table', html: 'html-table', template: 'rok-us-defense-industry', key: 'section-frameworks' },
  { pptx: 'pptx-chart', html: 'html-chart', template: 'information-brief', key: 'section-discussion-2' },
];

test('PowerPoint (LibreOffice) beside HTML (Chromium)', async ({ page }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'bd-office-shots-'));
  const entry = join(dir, 'entry.ts');
  const at = (p: string): string => JSON.stringify(join(ROOT, p));
  writeFileSync(
    entry,
    `export { compileDeck } from ${at('engine/export/index.ts')};\nexport { getTemplate } from ${at('engine/templates/index.ts')};\nexport { layoutDeck } from ${at('engine/layout/index.ts')};\nexport { writePptx } from ${at('electron/main/office/pptx.ts')};\n`,
  );
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: join(dir, 'e.mjs'), plugins: [rawPlugin], logLevel: 'silent', banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
  const engine = (await import(pathToFileURL(join(dir, 'e.mjs')).href)) as Engine;
  const out = resolve(ROOT, process.env.SHOT_DIR ?? 'docs/screenshots');
  mkdirSync(out, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const template of [...new Set(SHOTS.map((s) => s.template))]) {
    const deck = engine.getTemplate(template);
    const keys = engine.layoutDeck(deck).slides.map((s) => s.key);
    const shots = SHOTS.filter((s) => s.template === template).map((s) => ({ ...s, index: keys.indexOf(s.key) }));
    for (const s of shots) if (s.index < 0) throw new Error(`${template}: no slide ${s.key} (slides: ${keys.join(', ')})`);
    // PowerPoint, as LibreOffice renders it.
    const pptx = join(dir, `${template}.pptx`);
    writeFileSync(pptx, await engine.writePptx(deck));
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, pptx], { stdio: 'ignore', timeout: 120_000 });
    for (const s of shots) {
      const base = join(dir, s.pptx);
      execFileSync('pdftoppm', ['-f', String(s.index + 1), '-l', String(s.index + 1), '-singlefile', '-png', '-scale-to-x', '1280', '-scale-to-y', '720', join(dir, `${template}.pdf`), base]);
      renameSync(`${base}.png`, join(out, `${s.pptx}.png`));
    }
    // HTML, as Chromium renders it.
    const html = join(dir, `${template}.html`);
    writeFileSync(html, engine.compileDeck(deck));
    await page.goto(pathToFileURL(html).href);
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
    await page.evaluate(() => document.fonts.ready);
    for (const s of shots) {
      await page.evaluate((n) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(n), s.index);
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(out, `${s.html}.png`) });
    }
  }
});
