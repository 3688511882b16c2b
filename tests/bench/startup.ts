/**
 * Editor start-up in Chromium: navigation start → the start screen rendered (its heading in
 * the DOM), over N cold page loads of a built renderer, median and p90. Given two builds it
 * alternates loads between them (the machine's load drifts; alternating shares the drift), e.g.
 * to check that the UI catalogs (i18next, two languages) cost start-up less than 10 %:
 *
 *   npx electron-vite build && npx node --experimental-strip-types tests/bench/startup.ts [runs] [dirA [dirB]]
 */
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';

const runs = Number(process.argv[2] ?? 25);
const dirs = process.argv.length > 3 ? process.argv.slice(3) : [join(import.meta.dirname, '../../out/renderer')];
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.svg': 'image/svg+xml' };

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const times = new Map<string, number[]>(dirs.map((d) => [d, []]));
for (let i = 0; i < (runs + 2) * dirs.length; i++) {
  const dir = dirs[i % dirs.length]!;
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
  if (i >= 2 * dirs.length) times.get(dir)!.push(ms); // two warm-up loads each (disk cache, JIT)
  await context.close();
}
await browser.close();
for (const [dir, list] of times) {
  list.sort((a, b) => a - b);
  const at = (q: number) => list[Math.min(list.length - 1, Math.floor(q * list.length))]!;
  console.log(`${dir}: editor start-up (navigation → start screen), ${runs} loads: median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms`);
}
