/**
 * Keystroke → preview latency of two builds, alternated (the machine's load drifts; taking
 * turns shares the drift): each round opens a 10- and a 200-section deck in build A, then B,
 * and types into a point. Medians over the rounds' medians, and B/A. Used to check that the
 * UI catalogs (issue 11) left typing as fast as before:
 *
 *   npx node --experimental-strip-types tests/bench/keystroke-ab.ts [rounds] treeA treeB
 *
 * A tree is a checkout with a build (tree/out/renderer); each build opens a deck made and
 * restored by its own tree's engine, since the deck format moves on between versions.
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HARNESS, quantile, serve, typeAndMeasure } from './keystroke.ts';

const rounds = Number(process.argv[2] ?? 3);
const trees = process.argv.slice(3);
if (trees.length !== 2) throw new Error('usage: keystroke-ab.ts [rounds] treeA treeB');
const servers = await Promise.all(trees.map((d) => serve(join(d, 'out/renderer'))));
/** Each tree's decks: its bench generator, restored by its own engine (as its main would). */
const decks = await Promise.all(
  trees.map(async (tree) => {
    const { benchDeck } = (await import(pathToFileURL(join(tree, 'tests/bench/keystroke-decks.ts')).href)) as { benchDeck: (n: number) => unknown };
    const { restoreDeck } = (await import(pathToFileURL(join(tree, 'engine/format/index.ts')).href)) as { restoreDeck: (e: unknown) => unknown };
    return new Map([10, 200].map((n) => [n, restoreDeck(benchDeck(n))]));
  }),
);

async function open(page: Page, deck: unknown, n: number): Promise<void> {
  await page.evaluate((d) => ((window as unknown as { __benchDeck: unknown }).__benchDeck = d), deck);
  await page.locator('[data-testid="open-deck"]').click({ timeout: 60_000 });
  await page.locator('[data-testid="outline"] > li').nth(n - 1).waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="preview"][data-ready="true"]').waitFor({ timeout: 60_000 });
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding'] });
const medians: Record<string, number[]> = {};
try {
  for (let r = 0; r < rounds; r++) {
    for (const [i, { url }] of servers.entries()) {
      for (const n of [10, 200]) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.addInitScript(HARNESS);
        await page.goto(url);
        await open(page, decks[i]!.get(n), n);
        await page.waitForTimeout(600);
        const stats = await typeAndMeasure(page, n, 200);
        await page.close();
        (medians[`${i}:${n}`] ??= []).push(stats.medianMs);
        console.log(`round ${r + 1} ${'AB'[i]} ${n} sections: median ${stats.medianMs.toFixed(2)} ms, p95 ${stats.p95Ms.toFixed(2)} ms`);
      }
    }
  }
} finally {
  await browser.close();
  for (const { server } of servers) server.close();
}
for (const n of [10, 200]) {
  const [a, b] = [0, 1].map((i) => quantile([...medians[`${i}:${n}`]!].sort((x, y) => x - y), 0.5));
  console.log(`${n} sections: A ${a!.toFixed(2)} ms, B ${b!.toFixed(2)} ms, B/A ${(b! / a!).toFixed(2)} (median of ${rounds} rounds' medians)`);
}
