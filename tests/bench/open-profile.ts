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
import { summariseProfile, topLines, type CpuProfile } from './cpu-profile.ts';

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
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  console.log(`open ${bigAt > 0 ? `one section of ${process.argv[bigAt + 1]} points` : sections}: ${ms.toFixed(0)} ms`);
  if (jsonAt > 0) await writeFile(process.argv[jsonAt + 1]!, JSON.stringify(profile));
  const { selfBy, totalBy } = summariseProfile(profile);
  console.log('--- self ---\n' + topLines(selfBy, 40));
  console.log('--- inclusive ---\n' + topLines(totalBy, 70));
} finally {
  await browser.close();
  server.close();
}
