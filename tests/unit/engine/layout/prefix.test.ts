import { describe, expect, it } from 'vitest';
import { createSlideCache, renderSlides } from '../../../../engine/compile/index.ts';
import { layoutDeck } from '../../../../engine/layout/index.ts';
import { generatedDeck } from '../../../e2e/helpers/export-decks.ts';

/** layoutDeck's mainSections: the prefix the editor draws first when it opens a long deck. */
describe('layoutDeck mainSections', () => {
  const deck = generatedDeck(120);
  const full = renderSlides(deck);

  it('draws the first n main sections exactly as the whole deck draws them, with the whole agenda and nothing after them', () => {
    const prefix = renderSlides(deck, undefined, { mainSections: 5 });
    expect(prefix.map((s) => s.html)).toEqual(full.slice(0, prefix.length).map((s) => s.html));
    expect(prefix.map((s) => s.key)).toEqual(full.slice(0, prefix.length).map((s) => s.key));
    const sections = new Set(prefix.filter((s) => s.sectionId !== null).map((s) => s.sectionId));
    expect([...sections]).toEqual(['sec1', 'sec2', 'sec3', 'sec4', 'sec5']);
    // Every main section is in the agenda already (108 main sections: 9 agenda slides of 12).
    const agenda = prefix.filter((s) => s.key.startsWith('agenda-'));
    expect(agenda.length).toBe(full.filter((s) => s.key.startsWith('agenda-')).length);
    expect(agenda.at(-1)!.html).toContain('Section 119');
    expect(prefix.some((s) => s.key === 'close' || s.key.startsWith('sources-'))).toBe(false);
  });

  it('with a cache, lays out only those sections', () => {
    const cache = createSlideCache();
    renderSlides(deck, cache, { mainSections: 5 });
    const laidOut = deck.sections.filter((s) => cache.layout.sections.has(s)).map((s) => s.id);
    expect(laidOut).toEqual(['sec1', 'sec2', 'sec3', 'sec4', 'sec5']);
    // and the whole deck drawn later from the same cache is the uncached whole deck.
    expect(renderSlides(deck, cache).map((s) => s.html)).toEqual(full.map((s) => s.html));
  });

  // The cache remembers the last whole-deck answer per deck object; a prefix of the same deck
  // must neither be served from it nor renumber the slides it holds.
  it('a prefix between two whole layouts of the same deck, one cache: the whole deck is unchanged', () => {
    const cache = createSlideCache();
    const whole = layoutDeck(deck, { cache: cache.layout });
    const numbers = whole.slides.map((s) => JSON.stringify(s.number));
    const prefix = layoutDeck(deck, { cache: cache.layout, mainSections: 5 });
    expect(prefix.slides.length).toBeLessThan(whole.slides.length);
    expect(prefix.slides.at(-1)!.number).toEqual({ counted: true, n: prefix.slides.length, total: prefix.slides.length });
    expect(whole.slides.map((s) => JSON.stringify(s.number))).toEqual(numbers);
    expect(renderSlides(deck, cache).map((s) => s.html)).toEqual(full.map((s) => s.html));
  });

  it('is the whole deck at or above the number of main sections', () => {
    const main = deck.sections.filter((s) => s.kind !== 'backup').length;
    expect(renderSlides(deck, undefined, { mainSections: main }).map((s) => s.key)).toEqual(full.map((s) => s.key));
    expect(layoutDeck(deck, { mainSections: main + 50 }).notices).toEqual(layoutDeck(deck).notices);
  });
});
