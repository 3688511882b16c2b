/**
 * What the UI catalogs cost an editor start-up, alone (issue 11's "start-up not slower by more
 * than 10 %"): a page that loads i18next with every catalog (engine/i18n, bundled by esbuild as
 * the renderer bundles it), creates the instance and translates one key, against the same page
 * with an empty script, alternated over N cold loads in Chromium. The difference of the medians
 * is i18n's share; compare it with tests/bench/startup.ts's median.
 *
 *   npx node --experimental-strip-types tests/bench/i18n-cost.ts [runs]
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';

const runs = Number(process.argv[2] ?? 40);
const entry = join(import.meta.dirname, '../../engine/i18n/index.ts');
const bundled = await build({
  stdin: { contents: `import { createI18n } from ${JSON.stringify(entry)}; const i = createI18n('ko'); window.__word = i.t('commands:file.save'); window.__done = performance.now();`, resolveDir: import.meta.dirname, loader: 'ts' },
  bundle: true,
  minify: true,
  format: 'iife',
  write: false,
  logLevel: 'warning',
});
const scripts = { empty: 'window.__word = "-"; window.__done = performance.now();', i18n: bundled.outputFiles[0]!.text };
console.log(`i18n bundle (i18next + en + ko catalogs, minified): ${(scripts.i18n.length / 1024).toFixed(0)} KB`);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const times: Record<string, number[]> = { empty: [], i18n: [] };
for (let i = 0; i < (runs + 2) * 2; i++) {
  const kind = i % 2 === 0 ? 'empty' : 'i18n';
  const context = await browser.newContext();
  await context.route('http://bench.test/**', (route) =>
    route.fulfill(route.request().url().endsWith('.js') ? { body: scripts[kind], contentType: 'text/javascript' } : { body: '<!doctype html><script src="/s.js"></script>', contentType: 'text/html' }),
  );
  const page = await context.newPage();
  await page.goto('http://bench.test/');
  const ms = await page.waitForFunction(() => (window as unknown as { __done?: number }).__done).then((h) => h.jsonValue() as Promise<number>);
  if (kind === 'i18n' && (await page.evaluate(() => (window as unknown as { __word: string }).__word)) !== '저장') throw new Error('the catalogs did not load');
  if (i >= 4) times[kind]!.push(ms);
  await context.close();
}
await browser.close();
const median = (l: number[]) => [...l].sort((a, b) => a - b)[Math.floor(l.length / 2)]!;
const [e, k] = [median(times.empty!), median(times.i18n!)];
console.log(`navigation → script done, ${runs} loads each: empty ${e.toFixed(1)} ms, i18n ${k.toFixed(1)} ms, i18n's cost ${(k - e).toFixed(1)} ms`);
