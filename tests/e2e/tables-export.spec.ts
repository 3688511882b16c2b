/**
 * Tables and charts in the exported deck, opened from file:// with the network cut: real
 * <table>/<th> markup, charts as accessible inline SVG, no request, no payload run, legible
 * labels. With BD_SHOTS=dir it also writes 1920×1080 screenshots of the slides to look at.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEngine, type EngineForTests } from './helpers/export-build.ts';
import { openDeck, removeWrittenDecks, writeDeck } from './helpers/export-page.ts';
import { longTableDeck, tableChartDeck } from './helpers/table-decks.ts';
import { deckOf } from './helpers/export-decks.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const PAYLOADS: string[] = JSON.parse(readFileSync(join(HERE, '../fixtures/_payloads/script-payloads.json'), 'utf8')).payloads;
type RevealWindow = Window & { Reveal: { slide(h: number): void; getTotalSlides(): number }; __pwned?: unknown };

let engine: EngineForTests;
test.beforeAll(async () => {
  engine = await loadEngine();
});
test.afterAll(() => removeWrittenDecks());

for (const [lang, theme] of [['en', 'briefing-light'], ['ko', 'briefing-dark']] as const) {
  test(`tables and charts export as <table> and accessible SVG, 0 requests (${lang}, ${theme})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const file = writeDeck(engine.compileDeck(tableChartDeck(lang, theme)), `tables-${lang}.html`);
    const { page, foreign } = await openDeck(context, file);
    const facts = await page.evaluate(() => {
      const table = document.querySelector('table.bd-table');
      const svgs = Array.from(document.querySelectorAll('svg.bd-chart-svg'));
      return {
        th: Array.from(table?.querySelectorAll('thead th[scope="col"]') ?? []).map((t) => t.textContent),
        bodyRows: table?.querySelectorAll('tbody tr').length ?? 0,
        svgRoles: svgs.map((s) => s.getAttribute('role')),
        titles: svgs.map((s) => s.querySelector('title')?.textContent ?? ''),
        labelled: svgs.every((s) => (s.getAttribute('aria-labelledby') ?? '').split(' ').every((id) => document.getElementById(id) !== null)),
        dataTables: document.querySelectorAll('figure.bd-chart table.bd-sr-only').length,
      };
    });
    expect(facts.th).toHaveLength(3);
    expect(facts.bodyRows).toBe(3);
    expect(facts.svgRoles).toEqual(['img', 'img', 'img', 'img']);
    expect(facts.titles.every((t) => t.length > 0)).toBe(true);
    expect(facts.labelled).toBe(true);
    expect(facts.dataTables).toBe(4);
    // Chart labels are at least 2 % of the slide's height as drawn.
    const R = (n: number) => page.evaluate((h) => (window as unknown as RevealWindow).Reveal.slide(h), n);
    await R(2);
    const minRatio = await page.evaluate(() => {
      const section = document.querySelector('.reveal .slides section.present') as HTMLElement;
      const h = section.getBoundingClientRect().height;
      const sizes = Array.from(section.querySelectorAll('svg text')).map((t) => t.getBoundingClientRect().height);
      return Math.min(...sizes) / h;
    });
    expect(minRatio).toBeGreaterThanOrEqual(0.02);
    const shots = process.env.BD_SHOTS;
    if (shots) {
      const total = await page.evaluate(() => document.querySelectorAll('.reveal .slides > section').length);
      for (let i = 0; i < total; i++) {
        await R(i);
        await page.screenshot({ path: join(shots, `${lang}-${theme}-${i}.png`) });
      }
    }
    expect(foreign).toEqual([]);
    await context.close();
  });
}

test('a long table continues over slides with its header row repeated', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const file = writeDeck(engine.compileDeck(longTableDeck(40)), 'long.html');
  const { page, foreign } = await openDeck(context, file);
  const parts = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.reveal .slides > section')).flatMap((s) => {
      const t = s.querySelector('table.bd-table');
      return t ? [{ header: t.querySelectorAll('thead th').length, rows: t.querySelectorAll('tbody tr').length, overflow: (s.querySelector('.bd-body') as HTMLElement).scrollHeight > (s.querySelector('.bd-body') as HTMLElement).clientHeight + 2 }] : [];
    }),
  );
  expect(parts.length).toBeGreaterThan(1);
  expect(parts.every((p) => p.header === 3)).toBe(true);
  expect(parts.reduce((n, p) => n + p.rows, 0)).toBe(40);
  expect(parts.some((p) => p.overflow)).toBe(false);
  if (process.env.BD_SHOTS) {
    await page.evaluate(() => (window as unknown as RevealWindow).Reveal.slide(2));
    await page.screenshot({ path: join(process.env.BD_SHOTS, 'long-2.png') });
  }
  expect(foreign).toEqual([]);
  await context.close();
});

test('payloads in table cells, captions and chart labels never run', async ({ browser }) => {
  const context = await browser.newContext();
  const cell = (text: string) => ({ text: text.slice(0, 300), cites: [] });
  const sections = PAYLOADS.map((p, i) => ({
    id: `x${i}`,
    title: 'Payload',
    table: { caption: p.slice(0, 500), header: [cell(p), cell('b')], rows: [[cell(p), cell(p)]] },
    chart: { title: p.slice(0, 300), caption: p.slice(0, 500), unit: p.slice(0, 40), categories: [p.slice(0, 80), 'b'], series: [{ name: p.slice(0, 80), values: [1, 2] }] },
  }));
  const file = writeDeck(engine.compileDeck(deckOf({ meta: { title: 'p' }, sections })), 'payloads.html');
  const { page, foreign } = await openDeck(context, file);
  const total = await page.evaluate(() => (window as unknown as RevealWindow).Reveal.getTotalSlides());
  for (let i = 0; i < total; i++) await page.evaluate((h) => (window as unknown as RevealWindow).Reveal.slide(h), i);
  expect(await page.evaluate(() => (window as unknown as RevealWindow).__pwned)).toBeUndefined();
  expect(foreign).toEqual([]);
  await context.close();
});

for (const [id, theme] of [
  ['rok-us-defense-industry', 'briefing-light'],
  ['rok-us-defense-industry-ko', 'briefing-dark'],
  ['information-brief', 'briefing-dark'],
  ['decision-brief', 'briefing-light'],
] as const) {
  test(`template ${id}: its table and chart slides fit, 0 requests (${theme})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const base = engine.getTemplate?.(id);
    if (!base) throw new Error('engine/templates is missing');
    const deck = { ...base, settings: { ...base.settings, theme } };
    const { page, foreign } = await openDeck(context, writeDeck(engine.compileDeck(deck), `${id}.html`));
    // Every slide, backups too (reveal does not count uncounted slides in getTotalSlides).
    const total = await page.evaluate(() => document.querySelectorAll('.reveal .slides > section').length);
    const found: number[] = [];
    for (let i = 0; i < total; i++) {
      await page.evaluate((h) => (window as unknown as RevealWindow).Reveal.slide(h), i);
      const fact = await page.evaluate(() => {
        const s = document.querySelector('.reveal .slides section.present') as HTMLElement;
        const body = s.querySelector('.bd-body') as HTMLElement;
        return { has: s.querySelector('table.bd-table, svg.bd-chart-svg') !== null, overflow: body.scrollHeight > body.clientHeight + 2 };
      });
      if (!fact.has) continue;
      found.push(i);
      expect(fact.overflow, `slide ${i} overflows`).toBe(false);
      if (process.env.BD_SHOTS) await page.screenshot({ path: join(process.env.BD_SHOTS, `${id}-${theme}-${i}.png`) });
    }
    expect(found.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    await context.close();
  });
}
