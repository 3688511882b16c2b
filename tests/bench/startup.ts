/**
 * Editor start-up in Chromium: navigation start → the start screen rendered (its heading in
 * the DOM), over N cold page loads of the built renderer (out/renderer), median and p90.
 * Used to check that the UI catalogs (i18next, two languages) do not slow start-up by >10 %.
 *
 *   npx electron-vite build && node --experimental-strip-types tests/bench/startup.ts [dir] [runs]
 */
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../out/renderer');
const runs = Number(process.argv[3] ?? 25);
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.svg': 'image/svg+xml' };

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const times: number[] = [];
for (let i = 0; i < runs + 2; i++) {
  const context = await browser.newContext();
  await context.route('http://briefdeck.test/**', async (route) => {
    const path = normalize(join(dir, new URL(route.request().url()).pathname));
    if (!path.startsWith(dir) || !existsSync(path)) return route.fulfill({ status: 404 });
    return route.fulfill({ body: await readFile(path), contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
  });
  // The heading is found by a MutationObserver set before any script runs, so the time is exact.
  await context.addInitScript(() => {
    new MutationObserver((_m, obs) => {
      if (document.getElementById('start-title')) {
        (window as unknown as { __ready: number }).__ready = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  await page.goto('http://briefdeck.test/index.html');
  const ms = await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready).then((h) => h.jsonValue() as Promise<number>);
  if (i >= 2) times.push(ms); // two warm-up loads (disk cache of the process, JIT)
  await context.close();
}
await browser.close();
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
console.log(`editor start-up (navigation → start screen), ${runs} loads: median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms`);
