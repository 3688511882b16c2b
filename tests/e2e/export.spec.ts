/**
 * The exported single-file deck in Chromium, opened from file:// with every network request
 * blocked: reveal boots, counts are right, banners frame every slide and printed page, notes
 * and the speaker view work, the CSP holds, and no payload from the corpus runs.
 */
import { resolveMarking } from '../../engine/marking/resolve.ts';
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEngine, type EngineForTests } from './helpers/export-build.ts';
import { generatedDeck, koreanDeck, payloadDeck, richDeck } from './helpers/export-decks.ts';
import { guardContext, openDeck, pdfPageCount, pdfPageTexts, removeWrittenDecks, writeDeck } from './helpers/export-page.ts';
import type { Deck } from '../../engine/model/schema.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const PAYLOADS: string[] = JSON.parse(readFileSync(join(HERE, '../fixtures/_payloads/script-payloads.json'), 'utf8')).payloads;

type RevealWindow = Window & { Reveal: { getTotalSlides(): number; getSlides(): Element[]; slide(h: number): void; next(): void; getIndices(): { h: number }; getConfig(): Record<string, unknown> }; __pwned?: unknown };

let engine: EngineForTests;

test.beforeAll(async () => {
  engine = await loadEngine();
});
test.afterAll(() => removeWrittenDecks());

function seedDeck(): Deck {
  if (!engine.getTemplate) throw new Error('engine/templates is missing: the seed deck cannot be built');
  return engine.getTemplate('rok-us-defense-industry');
}

/** Walks every slide and reports banner geometry, slide numbers and notes per slide. */
async function inspectSlides(page: Page) {
  return page.evaluate(() => {
    const R = (window as unknown as RevealWindow).Reveal;
    const sections = Array.from(document.querySelectorAll('.reveal .slides > section'));
    const out = sections.map((section, i) => {
      R.slide(i);
      const box = section.getBoundingClientRect();
      const top = section.querySelector(':scope > .bd-banner-top');
      const bottom = section.querySelector(':scope > .bd-banner-bottom');
      const tb = top?.getBoundingClientRect();
      const bb = bottom?.getBoundingClientRect();
      return {
        uncounted: section.getAttribute('data-visibility') === 'uncounted',
        topText: top?.textContent ?? '',
        bottomText: bottom?.textContent ?? '',
        topAtTop: tb !== undefined && tb.height > 0 && Math.abs(tb.top - box.top) < 1.5,
        bottomAtBottom: bb !== undefined && bb.height > 0 && Math.abs(bb.bottom - box.bottom) < 1.5,
        number: (document.querySelector('.reveal .slide-number')?.textContent ?? '').replace(/\s+/g, ''),
        numberShown: getComputedStyle(document.querySelector('.reveal .slide-number')!).display !== 'none',
        notes: section.querySelector(':scope > aside.notes')?.textContent ?? '',
      };
    });
    R.slide(0);
    return { total: R.getTotalSlides(), sections: sections.length, slides: out };
  });
}

async function checkDeck(page: Page, deck: Deck, foreign: string[]) {
  const count = engine.slideCount(deck);
  const info = await inspectSlides(page);
  expect(info.sections).toBe(count.total);
  // reveal's total ("N" in "n / N") leaves the backup slides out.
  expect(info.total).toBe(count.counted);
  let n = 0;
  for (const s of info.slides) {
    expect(s.topText.trim().length).toBeGreaterThan(0);
    expect(s.bottomText).toBe(s.topText);
    expect(s.topAtTop).toBe(true);
    expect(s.bottomAtBottom).toBe(true);
    if (!s.uncounted) {
      n++;
      expect(s.number).toBe(`${n}/${count.counted}`);
    }
    expect(s.numberShown).toBe(!s.uncounted);
  }
  expect(info.slides.filter((s) => s.uncounted).length).toBe(count.backup);
  const withNotes = deck.sections.filter((s) => s.notes.trim() !== '').length;
  expect(info.slides.filter((s) => s.notes.trim() !== '').length).toBe(withNotes);
  expect(foreign).toEqual([]);
  return info;
}

async function printAndCheck(page: Page, file: string, deck: Deck) {
  // reveal lays the print view out after `ready` (it waits for images): wait for every page.
  const total = engine.slideCount(deck).total;
  await page.waitForFunction((n) => document.querySelectorAll('.reveal .pdf-page').length === n, total);
  const pdf = file.replace(/\.html$/, '.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const count = engine.slideCount(deck);
  expect(pdfPageCount(pdf)).toBe(count.total);
  const texts = pdfPageTexts(pdf);
  expect(texts.length).toBe(count.total);
  // The banner words come from the marking level (engine/marking), or a text override.
  const banner = resolveMarking(deck.marking).text.trim();
  expect(banner).not.toBe('');
  const overrides = new Set(deck.sections.map((s) => (s.marking ? resolveMarking(s.marking).text.trim() : '')).filter((t) => t !== ''));
  const occurrences = (text: string, needle: string): number => text.split(needle).length - 1;
  texts.forEach((text, i) => {
    // Top and bottom: the page's marking (deck-wide or the section's override) appears twice.
    const most = Math.max(occurrences(text, banner), ...[...overrides].map((o) => occurrences(text, o)));
    expect(most, `banners on PDF page ${i + 1}`).toBeGreaterThanOrEqual(2);
  });
}

for (const [name, build] of [
  ['seed template', seedDeck],
  ['rich fixture', richDeck],
  ['Korean deck', koreanDeck],
  ['100-section deck', () => generatedDeck(100)],
] as const) {
  test(`${name}: boots offline with counts, banners, notes and zero requests`, async ({ context }) => {
    const deck = build();
    const file = writeDeck(engine.compileDeck(deck), 'deck.html');
    const { page, foreign } = await openDeck(context, file);
    await checkDeck(page, deck, foreign);
    if (name === 'Korean deck') {
      expect(await page.locator('.bd-bluf li strong').first().textContent()).toBe('“공개 문서는 점검한다”');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(deck.meta.lang);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.reveal .slides > section li, .reveal .slides > section h1')!).wordBreak)).toBe('keep-all');
    }
    expect(foreign).toEqual([]);
  });

  test(`${name}: ?print-pdf prints one page per slide with the banner on each`, async ({ context }) => {
    test.setTimeout(120_000);
    const deck = build();
    const file = writeDeck(engine.compileDeck(deck), 'deck.html');
    const { page, foreign } = await openDeck(context, file, '?print-pdf');
    await printAndCheck(page, file, deck);
    expect(foreign).toEqual([]);
  });
}

/** A 4:3 slide with more than fits: eight long points, five key figures. */
function denseDeck(): Deck {
  const deck = richDeck();
  deck.settings.aspect = '4:3';
  const s = deck.sections[1]!;
  s.points = Array.from({ length: 8 }, (_, i) => ({ id: `dense${i}`, text: `Point ${i + 1}: a long talking point that wraps onto a second line on a 4:3 slide`, cites: [], children: [] }));
  s.figures = Array.from({ length: 5 }, (_, i) => ({ id: `densef${i}`, label: `Figure ${i + 1}`, value: `${(i + 1) * 11}`, unit: '%', asOf: '', sourceId: '' }));
  return deck;
}

test('a slide with more than fits is scaled down, on screen and in print, so nothing runs under the banner', async ({ context }) => {
  const deck = denseDeck();
  const index = 3; // title, agenda, BLUF, then the dense section
  const file = writeDeck(engine.compileDeck(deck), 'dense.html');
  /** How far the slide's content runs past the body's padding box, and the scale applied. */
  const measure = (page: Page, i: number) =>
    page.evaluate((i) => {
      const body = document.querySelectorAll('.reveal .slides section.bd-slide')[i]!.querySelector(':scope > .bd-body') as HTMLElement;
      const box = body.getBoundingClientRect();
      const scale = box.height / body.offsetHeight;
      const limit = box.bottom - parseFloat(getComputedStyle(body).paddingBottom) * scale;
      const bottom = Math.max(...Array.from(body.querySelectorAll('*')).map((e) => e.getBoundingClientRect().bottom));
      return { past: (bottom - limit) / scale, fit: body.getAttribute('data-bd-fit') };
    }, i);
  const { page, foreign } = await openDeck(context, file);
  await page.evaluate((i) => (window as unknown as RevealWindow).Reveal.slide(i), index);
  const screen = await measure(page, index);
  expect(Number(screen.fit)).toBeLessThan(1);
  expect(screen.past).toBeLessThanOrEqual(1);
  // A slide that fits keeps its size.
  await page.evaluate(() => (window as unknown as RevealWindow).Reveal.slide(0));
  expect((await measure(page, 0)).fit).toBe('1');

  const print = await openDeck(context, file, '?print-pdf');
  const printed = await measure(print.page, index);
  expect(Number(printed.fit)).toBeLessThan(1);
  expect(printed.past).toBeLessThanOrEqual(1);
  // Printed slides that fit keep their size too (the fit must measure the final page layout).
  expect((await measure(print.page, 0)).fit).toBe('1');
  expect((await measure(print.page, 2)).fit).toBe('1');
  expect([...foreign, ...print.foreign]).toEqual([]);
});

test('the request guard itself sees a request (negative control)', async ({ context }) => {
  const file = writeDeck('<!DOCTYPE html><img src="http://127.0.0.1:9/probe.png">', 'control.html');
  const fileUrl = new URL(`file://${file}`).href;
  const foreign = await guardContext(context, fileUrl);
  const page = await context.newPage();
  await page.goto(fileUrl);
  await expect.poll(() => foreign.length).toBe(1);
  await page.close();
});

test('speaker view (S) opens, renders the notes and previews, and follows a slide change', async ({ context }) => {
  const deck = richDeck();
  const file = writeDeck(engine.compileDeck(deck), 'deck.html');
  const { page, foreign } = await openDeck(context, file);
  // Go to the BLUF slide (title, agenda, BLUF): it has notes.
  await page.evaluate(() => (window as unknown as RevealWindow).Reveal.slide(2));
  const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  const notes = popup.locator('.speaker-controls-notes .value');
  await expect(notes).toContainText('Open with the ask.');
  await expect(popup.locator('#connection-status')).toBeHidden();
  // The current-slide preview is a frame of the same file in receiver mode; it must boot (frame-src).
  const currentFrame = () => popup.frames().find((f) => f.url().includes('postMessageEvents=true'));
  await expect.poll(async () => (await currentFrame()?.evaluate(() => (window as unknown as RevealWindow).Reveal?.getIndices().h)) ?? -1).toBe(2);
  // A slide change in the deck reaches the speaker view: notes and preview follow.
  await page.evaluate(() => (window as unknown as RevealWindow).Reveal.next());
  await expect(notes).toContainText('Stress the trend.');
  await expect.poll(async () => (await currentFrame()?.evaluate(() => (window as unknown as RevealWindow).Reveal?.getIndices().h)) ?? -1).toBe(3);
  expect(foreign).toEqual([]);
});

test('the query string cannot switch locked settings back on, and foreign messages are ignored', async ({ context }) => {
  const deck = richDeck();
  const file = writeDeck(engine.compileDeck(deck), 'deck.html');
  const { page, foreign } = await openDeck(context, file, '?postMessage=true&postMessageEvents=true&previewLinks=true&hash=true&history=true&controls=true&url=javascript:alert(1)&receiver');
  const config = await page.evaluate(() => (window as unknown as RevealWindow).Reveal.getConfig());
  // controls: the deck's own setting (off by default, settings.controls), not the query's.
  expect(config).toMatchObject({ postMessage: false, postMessageEvents: false, previewLinks: false, hash: false, history: false, controls: false });
  expect(config.url).toBeUndefined();
  // reveal's postMessage API would move the deck if it listened; it must not.
  await page.evaluate(() => window.postMessage(JSON.stringify({ method: 'slide', args: [3] }), '*'));
  await page.evaluate(() => window.postMessage(JSON.stringify({ namespace: 'reveal-notes', type: 'heartbeat' }), '*'));
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as RevealWindow).Reveal.getIndices().h)).toBe(0);
  expect(foreign).toEqual([]);
});

test('a page that frames the deck as a "receiver" can move it but cannot read it', async ({ context }) => {
  const deck = richDeck();
  const file = writeDeck(engine.compileDeck(deck), 'deck.html');
  const deckUrl = new URL(`file://${file}`).href;
  const framer = writeDeck(
    `<!DOCTYPE html><iframe id="f" width="640" height="360" src="${deckUrl}?receiver&postMessageEvents=true"></iframe>` +
      `<script>window.got = []; addEventListener('message', (e) => window.got.push(String(e.data)));</script>`,
    'framer.html',
  );
  const framerUrl = new URL(`file://${framer}`).href;
  const foreign = await guardContext(context, deckUrl);
  await context.route(framerUrl, (route) => route.continue());
  const page = await context.newPage();
  await page.goto(framerUrl);
  await expect.poll(() => page.evaluate(() => (window as unknown as { got: string[] }).got.some((m) => m.includes('"ready"')))).toBe(true);
  const post = (msg: unknown) => page.evaluate((m) => (document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage(JSON.stringify(m), '*'), msg);
  await post({ method: 'getSlideNotes', args: [] });
  await post({ method: 'getSlidesAttributes', args: [] });
  await post({ namespace: 'reveal-notes', type: 'call', callId: 1, methodName: 'getSlideNotes', arguments: [] });
  await post({ method: 'setState', args: [{ indexh: 2, indexv: 0 }] });
  await expect.poll(() => page.evaluate(() => (window as unknown as { got: string[] }).got.some((m) => m.includes('"slidechanged"') && m.includes('"indexh":2')))).toBe(true);
  const got = await page.evaluate(() => (window as unknown as { got: string[] }).got);
  expect(got.filter((m) => m.includes('"callback"') && /getSlideNotes|getSlidesAttributes/.test(m))).toEqual([]);
  expect(got.join('\n')).not.toContain('Open with the ask.');
  expect(foreign.filter((u) => u !== framerUrl)).toEqual([]);
});

test('script payloads in every text field stay text and never run (deck and speaker view)', async ({ context }) => {
  test.setTimeout(120_000);
  const deck = payloadDeck(PAYLOADS[0]!, PAYLOADS.slice(1));
  const file = writeDeck(engine.compileDeck(deck), 'payloads.html');
  const errors: string[] = [];
  const { page, foreign } = await openDeck(context, file);
  page.on('pageerror', (e) => errors.push(e.message));
  const total = await page.evaluate(() => document.querySelectorAll('.reveal .slides > section').length);
  expect(total).toBe(engine.slideCount(deck).total);
  // Visit every slide (lazy content would load now) and hover each element once.
  await page.evaluate(() => {
    const R = (window as unknown as RevealWindow).Reveal;
    const n = document.querySelectorAll('.reveal .slides > section').length;
    for (let i = 0; i < n; i++) R.slide(i);
    const firstWithNotes = Array.from(document.querySelectorAll('.reveal .slides > section')).findIndex((el) => el.querySelector('aside.notes'));
    R.slide(firstWithNotes);
  });
  const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(popup.locator('.speaker-controls-notes .value')).toContainText('__pwned');
  for (let i = 0; i < 5; i++) await page.evaluate(() => (window as unknown as RevealWindow).Reveal.next());
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as RevealWindow).__pwned)).toBeUndefined();
  expect(await popup.evaluate(() => (window as unknown as RevealWindow).__pwned)).toBeUndefined();
  for (const frame of popup.frames()) expect(await frame.evaluate(() => (window as unknown as RevealWindow).__pwned)).toBeUndefined();
  // Nothing the payloads tried to add exists as an element.
  expect(await page.locator('.slides iframe, .slides script, .slides svg, .slides object, .slides embed, .slides form, .slides details, .slides video, .slides math').count()).toBe(0);
  expect(await page.evaluate(() => Array.from(document.querySelectorAll('.slides *')).filter((el) => Array.from(el.attributes).some((a) => /^on/i.test(a.name))).length)).toBe(0);
  expect(await page.evaluate(() => Array.from(document.querySelectorAll('.slides a[href]')).every((a) => /^(https?:|mailto:)/i.test(a.getAttribute('href')!)))).toBe(true);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});
