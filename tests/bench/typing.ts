/**
 * The two typing cases of issues 7 and 8 alone, for before/after comparisons in ONE run on a
 * busy machine: a 2000-point section (typing into its first point) and a table cell at 200
 * sections with a 10×5 table and a chart each. Give it one or more built renderer folders;
 * rounds alternate between them (A B A B …) so load drifts hit both alike, and the summary
 * prints each folder's median of medians and median p95, and the ratios to the first folder.
 *
 *   npx node --experimental-strip-types tests/bench/typing.ts [--rounds 3] [--profile] [dir …]
 *
 * --profile writes a Chromium CPU profile per case (bench-<case>-<n>.cpuprofile) to read in
 * DevTools or with tests/bench/profile-top.ts.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { HARNESS, openDeck, quantile, serve, typeAndMeasure, type LatencyStats } from './keystroke.ts';
import { bigSectionDeck, tableBenchDeck } from './keystroke-decks.ts';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const rounds = Number(flag('--rounds') ?? '3');
const keys = Number(flag('--keys') ?? '220');
const only = flag('--case');
const profile = args.includes('--profile') ? (args.splice(args.indexOf('--profile'), 1), true) : false;
const dirs = (args.length ? args : ['out/renderer']).map((d) => resolve(d));

type Case = 'big' | 'table';
const cases: Case[] = only ? [only as Case] : ['big', 'table'];

async function runCase(page: Page, which: Case): Promise<LatencyStats> {
  if (which === 'big') {
    await openDeck(page, 1, bigSectionDeck(2000));
    await page.waitForTimeout(600);
    return typeAndMeasure(page, 1, keys, 0);
  }
  const sections = 200;
  await openDeck(page, sections, tableBenchDeck(sections));
  await page.waitForTimeout(600);
  return typeAndMeasure(page, sections, keys, sections / 2, async (p) => {
    await p.locator('[data-testid="outline"] > li').nth(sections / 2).locator('.outline-item').click();
    await p.locator('[data-testid="cell-0-0"]').first().click();
  });
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding'] });
const servers = await Promise.all(dirs.map((d) => serve(d)));
const results = new Map<string, LatencyStats[]>();
const loads: number[] = [];
let n = 0;
try {
  for (let r = 0; r < rounds; r++) {
    for (const which of cases) {
      for (let d = 0; d < dirs.length; d++) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.addInitScript(HARNESS);
        await page.goto(servers[d]!.url);
        const cdp = profile ? await page.context().newCDPSession(page) : null;
        if (cdp) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        }
        loads.push(loadavg()[0]!);
        let stats: LatencyStats;
        if (cdp) {
          // Profile only the typing: open first (runCase opens, then types; start just before typing).
          const orig = page.keyboard.press.bind(page.keyboard);
          let started = false;
          page.keyboard.press = async (...a: Parameters<typeof orig>) => {
            if (!started) {
              started = true;
              await cdp.send('Profiler.start');
            }
            return orig(...a);
          };
          stats = await runCase(page, which);
          const { profile: prof } = await cdp.send('Profiler.stop');
          writeFileSync(`bench-${which}-${d}-${n++}.cpuprofile`, JSON.stringify(prof));
        } else stats = await runCase(page, which);
        const key = `${which}\u0000${d}`;
        results.set(key, [...(results.get(key) ?? []), stats]);
        console.log(`round ${r + 1} ${which.padEnd(5)} ${dirs[d]}: median ${stats.medianMs.toFixed(2)} ms, p95 ${stats.p95Ms.toFixed(2)} ms (${stats.keystrokes} keys; next frame p95 ${stats.frameP95Ms.toFixed(2)}) load ${loadavg()[0]!.toFixed(2)}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.server.close();
}

const med = (xs: number[]): number => quantile([...xs].sort((a, b) => a - b), 0.5);
console.log(`\nload average (1 min) during the run: median ${med(loads).toFixed(2)}, min ${Math.min(...loads).toFixed(2)}, max ${Math.max(...loads).toFixed(2)}`);
for (const which of cases) {
  const base = results.get(`${which}\u00000`) ?? [];
  for (let d = 0; d < dirs.length; d++) {
    const rs = results.get(`${which}\u0000${d}`) ?? [];
    const m = med(rs.map((s) => s.medianMs));
    const p = med(rs.map((s) => s.p95Ms));
    const ratio = d === 0 ? '' : ` (×${(m / med(base.map((s) => s.medianMs))).toFixed(2)} median, ×${(p / med(base.map((s) => s.p95Ms))).toFixed(2)} p95 vs the first)`;
    console.log(`${which === 'big' ? '2000-point section' : 'table cell, 200 sections'} ${dirs[d]}: median of medians ${m.toFixed(2)} ms, median p95 ${p.toFixed(2)} ms over ${rs.length} rounds${ratio}`);
  }
}
