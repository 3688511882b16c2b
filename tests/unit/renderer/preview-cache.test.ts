// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createSlideCache, renderSlides } from '../../../engine/compile/index.ts';
import type { Deck } from '../../../engine/model/schema.ts';
import { applySlides } from '../../../renderer/src/preview/sync.ts';
import { generatedDeck } from '../../e2e/helpers/export-decks.ts';

/** One keystroke in a point of section `id`, as the store makes it (other sections keep identity). */
function type(deck: Deck, id: string, ch: string): Deck {
  return { ...deck, sections: deck.sections.map((s) => (s.id === id ? { ...s, points: [{ ...s.points[0]!, text: s.points[0]!.text + ch }, ...s.points.slice(1)] } : s)) };
}

describe('preview path: engine slide cache + applySlides', () => {
  it('touches one slide element per keystroke in a 200-section deck and keeps every other slide record', () => {
    const cache = createSlideCache();
    const container = document.createElement('div');
    let deck = generatedDeck(200);
    let dom = applySlides(container, [], renderSlides(deck, cache)).slides;
    for (const ch of 'abc') {
      deck = type(deck, 'sec101', ch);
      const r = applySlides(container, dom, renderSlides(deck, cache));
      expect(r.structural).toBe(false);
      expect(r.changed).toHaveLength(1);
      expect(r.changed[0]!.dataset.bdSection).toBe('sec101');
      expect(r.changedHtml).toEqual([r.slides.find((s) => s.key === 'section-sec101')!.html]);
      // Unchanged slides come back as the same records (nothing re-parsed or re-compared in full).
      expect(r.slides.filter((s, i) => s !== dom[i]).map((s) => s.key)).toEqual(['section-sec101']);
      dom = r.slides;
    }
    // What the preview shows is what an uncached render (the export's) gives.
    expect(dom.map((s) => s.html)).toEqual(renderSlides(deck).map((s) => s.html));
    expect(container.querySelector('[data-bd-section="sec101"] .bd-points li')!.textContent).toContain('abc');
  });
});
