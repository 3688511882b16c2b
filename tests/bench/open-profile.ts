/**
 * Where the time goes when a 1000-section deck opens: a CDP CPU profile of `openDeck` on the
 * built renderer, summarised by self time and by inclusive time of the hottest functions.
 *   npx node --experimental-strip-types tests/bench/open-profile.ts [sections] [--json out.cpuprofile]
 *   … open-profile.ts --big 2000   (one section of 2000 points instead)
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { HARNESS, openDeck, serve } from './keystroke.ts';
import { bigSectionDeck } from './keystroke-decks.ts';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[]; hitCount?: number }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const bigAt = process.argv.indexOf('--big');
const sections = bigAt > 0 ? 1 : Number(process.argv[2] ?? 1000);
const jsonAt = process.argv.indexOf('--json');
const { server, url } = await serve(resolve('out/renderer'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding'] });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(HARNESS);
  await page.goto(url);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const ms = await openDeck(page, sections, bigAt > 0 ? bigSectionDeck(Number(process.argv[bigAt + 1])) : undefined);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  console.log(`open ${bigAt > 0 ? `one section of ${process.argv[bigAt + 1]} points` : sections}: ${ms.toFixed(0)} ms`);
  if (jsonAt > 0) await writeFile(process.argv[jsonAt + 1]!, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const name = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  for (const [id, t] of self) {
    const n = byId.get(id)!;
    selfBy.set(name(n), (selfBy.get(name(n)) ?? 0) + t);
    // inclusive: every distinct ancestor frame name once
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + t);
    }
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n');
  console.log('--- self ---\n' + top(selfBy, 40));
  console.log('--- inclusive ---\n' + top(totalBy, 70));
} finally {
  await browser.close();
  server.close();
}
