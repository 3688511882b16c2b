/**
 * Editor benchmark for tables: keystroke in a table cell → preview updated, at 200 sections
 * each holding a 10×5 table and a chart (issue 8: p95 ≤ 16 ms). Same harness and in-page
 * measure as keystroke.ts, typing into the first body cell of a section in the middle.
 *
 *   npx node --experimental-strip-types tests/bench/table-keystroke.ts   (after a build)
 */
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { HARNESS, openDeck, serve, typeAndMeasure, type LatencyStats } from './keystroke.ts';
import { tableBenchDeck } from './keystroke-decks.ts';

export async function runTableKeystrokeBench(opts: { sections?: number; keystrokes?: number; log?: (s: string) => void } = {}): Promise<LatencyStats> {
  const log = opts.log ?? ((s: string) => console.log(s));
  const sections = opts.sections ?? 200;
  const { server, url } = await serve(resolve('out/renderer'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(HARNESS);
    await page.goto(url);
    await openDeck(page, sections, tableBenchDeck(sections));
    await page.waitForTimeout(600);
    // The first body cell of the table of a section in the middle of the deck.
    const pickCell = async (p: typeof page): Promise<void> => {
      await p.locator('[data-testid="outline"] > li').nth(Math.floor(sections / 2)).locator('.outline-item').click();
      await p.locator('[data-testid="cell-0-0"]').first().click();
    };
    const stats = await typeAndMeasure(page, sections, Math.max(200, opts.keystrokes ?? 220), Math.floor(sections / 2), pickCell);
    log(`keystroke in a table cell→preview, ${sections} sections with a 10×5 table and a chart, ${stats.keystrokes} keys: median ${stats.medianMs.toFixed(2)} ms, p95 ${stats.p95Ms.toFixed(2)} ms (next frame p95 ${stats.frameP95Ms.toFixed(2)}); target p95 ≤ 16 ms: ${stats.p95Ms <= 16 ? 'met' : 'NOT met'}`);
    return stats;
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runTableKeystrokeBench().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
