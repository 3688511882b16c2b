/**
 * Two builds' "open a 1000-section deck until editable" (keystroke.ts's openDeck), run
 * interleaved in one browser so both see the same machine load; prints each run, the medians
 * and their ratio, the load average before and after, and for the staged preview the time
 * until the whole deck was drawn (data-staging gone).
 *   npx node --experimental-strip-types tests/bench/open-compare.ts <dirA> <dirB> [runs] [sections]
 *   … open-compare.ts <dirA> <dirB> 7 big2000   (one section of 2000 points)
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { HARNESS, openDeck, quantile, serve, wholePreviewMs } from './keystroke.ts';
import { bigSectionDeck } from './keystroke-decks.ts';

const [dirA = 'out/renderer', dirB = 'out/renderer', runsArg = '7', sectionsArg = '1000'] = process.argv.slice(2);
const runs = Number(runsArg);
const big = /^big(\d+)$/.exec(sectionsArg);
const sections = big ? 1 : Number(sectionsArg);
const a = await serve(resolve(dirA));
const b = await serve(resolve(dirB));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding'] });
const times: Record<'A' | 'B', number[]> = { A: [], B: [] };
const whole: Record<'A' | 'B', number[]> = { A: [], B: [] };
console.log(`load before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
try {
  for (let i = 0; i < runs; i++) {
    for (const [name, url] of (i % 2 === 0 ? [['A', a.url], ['B', b.url]] : [['B', b.url], ['A', a.url]]) as ['A' | 'B', string][]) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.addInitScript(HARNESS);
      await page.goto(url);
      const ms = await openDeck(page, sections, big ? bigSectionDeck(Number(big[1])) : undefined);
      // Until the preview holds every slide (a build without staging is whole at once).
      const all = await wholePreviewMs(page);
      times[name].push(ms);
      whole[name].push(all);
      console.log(`${name} run ${i + 1}: editable ${ms.toFixed(0)} ms, whole preview ${all.toFixed(0)} ms`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  a.server.close();
  b.server.close();
}
const med = (xs: number[]) => quantile([...xs].sort((x, y) => x - y), 0.5);
console.log(`load after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`A ${dirA}: median ${med(times.A).toFixed(0)} ms (whole ${med(whole.A).toFixed(0)} ms)`);
console.log(`B ${dirB}: median ${med(times.B).toFixed(0)} ms (whole ${med(whole.B).toFixed(0)} ms)`);
console.log(`B / A = ${(med(times.B) / med(times.A)).toFixed(2)}`);
