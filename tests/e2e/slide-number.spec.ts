/**
 * reveal's "n / N" and progress bar sit outside the scaled slide, in window pixels; the theme
 * places them in slide units (briefing-base.css). At any window size and aspect the number
 * must stay on the slide, between its content and the bottom banner, covering neither.
 */
import { test, expect, type Page } from '@playwright/test';
import { loadEngine, type EngineForTests } from './helpers/export-build.ts';
import { deckOf, generatedDeck } from './helpers/export-decks.ts';
import { openDeck, removeWrittenDecks, writeDeck } from './helpers/export-page.ts';

let engine: EngineForTests;

test.beforeAll(async () => {
  engine = await loadEngine();
});
test.afterAll(() => removeWrittenDecks());

type Box = { left: number; top: number; right: number; bottom: number };

/** For every counted slide: the number's box, the slide's, its bottom banner's and its content's. */
async function boxes(page: Page) {
  return page.evaluate(() => {
    const R = (window as unknown as { Reveal: { slide(h: number): void; getTotalSlides(): number } }).Reveal;
    const box = (e: Element): Box => {
      const b = e.getBoundingClientRect();
      return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
    };
    const out = [];
    for (let i = 0; i < R.getTotalSlides(); i++) {
      R.slide(i);
      const section = document.querySelector('.reveal .slides > section.present')!;
      // Leaves of the body: text runs, figures, images (the boxes a reader sees).
      const content = Array.from(section.querySelectorAll('.bd-body *'))
        .filter((e) => e.children.length === 0 || e.classList.contains('bd-figure'))
        .map(box)
        .filter((b) => b.right > b.left && b.bottom > b.top);
      out.push({ number: box(document.querySelector('.reveal .slide-number')!), slide: box(section), banner: box(section.querySelector(':scope > .bd-banner-bottom')!), content });
    }
    return out;
  });
}

const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const aspect of ['16:9', '4:3'] as const) {
  for (const [width, height] of [[1280, 720], [1440, 900], [1000, 760], [800, 450]] as const) {
    test(`${aspect} deck in a ${width}×${height} window: "n / N" on the slide, clear of content and banner`, async ({ browser }) => {
      const base = generatedDeck(6, { backupEvery: 0 });
      // Key figures at the bottom of a full slide: what the number used to cover.
      const deck = deckOf({ ...base, settings: { ...base.settings, aspect } });
      const file = writeDeck(engine.compileDeck(deck), `number-${aspect.replace(':', 'x')}-${width}.html`);
      const context = await browser.newContext({ viewport: { width, height } });
      const { page } = await openDeck(context, file);
      const slides = await boxes(page);
      expect(slides.length).toBe(engine.slideCount(deck).counted);
      for (const [i, s] of slides.entries()) {
        const where = `slide ${i + 1}: number ${JSON.stringify(s.number)}`;
        expect(s.number.right - s.number.left, where).toBeGreaterThan(0);
        // On the slide, bottom right, above the banner.
        expect(s.number.left, where).toBeGreaterThan((s.slide.left + s.slide.right) / 2);
        expect(s.number.right, where).toBeLessThanOrEqual(s.slide.right + 0.5);
        expect(s.number.bottom, where).toBeLessThanOrEqual(s.banner.top + 0.5);
        expect(overlaps(s.number, s.banner), where).toBe(false);
        expect(s.content.filter((c) => overlaps(s.number, c)), where).toEqual([]);
      }
      await context.close();
    });
  }
}
