// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createSlideCache, renderSlides } from '../../../engine/compile/index.ts';
import type { Deck } from '../../../engine/model/schema.ts';
import { CHUNK_SECTIONS, FIRST_SECTIONS, createStagedRender } from '../../../renderer/src/preview/staged-render.ts';
import { extendSlides } from '../../../renderer/src/preview/extend-slides.ts';
import { applySlides, type SlideDom } from '../../../renderer/src/preview/sync.ts';
import { generatedDeck } from '../../e2e/helpers/export-decks.ts';

/** One keystroke in the first point of section `id`, as the store makes it (other sections keep identity). */
function type(deck: Deck, id: string, ch: string): Deck {
  return { ...deck, sections: deck.sections.map((s) => (s.id === id ? { ...s, points: [{ ...s.points[0]!, text: s.points[0]!.text + ch }, ...s.points.slice(1)] } : s)) };
}

const drawnSections = (slides: { sectionId: string | null }[]): string[] => [...new Set(slides.flatMap((s) => (s.sectionId === null ? [] : [s.sectionId])))];

/** The preview's loop in small: draw, then idle steps (grow + extend) until the deck is whole. */
function openStaged(deck: Deck) {
  const cache = createSlideCache();
  const staged = createStagedRender(cache);
  const container = document.createElement('div');
  let dom: SlideDom[] = applySlides(container, [], staged.slides(deck, deck.sections[0]!.id)).slides;
  return {
    cache,
    staged,
    container,
    get dom() {
      return dom;
    },
    /** An edit (or the first draw): what Preview.update does. */
    update(d: Deck, selected: string | null = d.sections[0]!.id) {
      dom = applySlides(container, dom, staged.slides(d, selected)).slides;
    },
    /** One idle step: what Preview.drawMore does. */
    step(d: Deck) {
      staged.grow();
      const r = extendSlides(container, dom, staged.slides(d, d.sections[0]!.id));
      dom = r.slides;
      return r;
    },
  };
}

describe('staged open of a long deck (preview)', () => {
  const deck = generatedDeck(300);
  const mainIds = deck.sections.filter((s) => s.kind !== 'backup').map((s) => s.id);

  it('lays out only the first sections before the editor is editable, the rest a chunk per idle step, and ends with the whole-deck preview', () => {
    const o = openStaged(deck);
    expect(o.staged.staging).toBe(true);
    expect(drawnSections(o.dom)).toEqual(mainIds.slice(0, FIRST_SECTIONS));
    // Nothing past them was laid out (the layout cache has not seen them).
    expect(deck.sections.filter((s) => o.cache.layout.sections.has(s)).length).toBe(FIRST_SECTIONS);
    let steps = 0;
    while (o.staged.staging) {
      const before = o.dom.length;
      const kept = o.dom.map((s) => s.el);
      const r = o.step(deck);
      steps++;
      // Drawn slides are never touched: the new ones are appended after them.
      expect(r.appended).toBe(o.dom.length - before);
      expect(Array.from(o.container.children).slice(0, before)).toEqual(kept);
      if (o.staged.staging) expect(drawnSections(o.dom)).toEqual(mainIds.slice(0, FIRST_SECTIONS + steps * CHUNK_SECTIONS));
    }
    expect(steps).toBe(Math.ceil((mainIds.length - FIRST_SECTIONS) / CHUNK_SECTIONS));
    const whole = renderSlides(deck);
    expect(o.dom.map((s) => s.key)).toEqual(whole.map((s) => s.key));
    expect(o.dom.map((s) => s.html)).toEqual(whole.map((s) => s.html));
    expect(Array.from(o.container.children).map((e) => (e as HTMLElement).dataset.bdKey)).toEqual(whole.map((s) => s.key));
  });

  it('loses no edit made before the background work is done, in a drawn section or one still to draw', () => {
    const o = openStaged(deck);
    let d = type(deck, 'sec2', 'x');
    o.update(d);
    expect(o.staged.staging).toBe(true);
    expect(o.container.querySelector('[data-bd-section="sec2"] .bd-points li')!.textContent).toContain('x');
    o.step(d);
    // A section the preview has not drawn yet, edited (the outline mode can do that).
    d = type(d, 'sec250', 'y');
    o.update(d);
    o.step(d);
    d = type(d, 'sec2', 'z');
    o.update(d);
    while (o.staged.staging) o.step(d);
    expect(o.dom.map((s) => s.html)).toEqual(renderSlides(d).map((s) => s.html));
    expect(o.container.querySelector('[data-bd-section="sec2"] .bd-points li')!.textContent).toContain('xz');
    expect(o.container.querySelector('[data-bd-section="sec250"] .bd-points li')!.textContent).toContain('y');
  });

  it('draws a selected section at once, and a selected backup with the whole deck', () => {
    const o = openStaged(deck);
    o.update(deck, 'sec201');
    expect(o.dom.some((s) => s.sectionId === 'sec201')).toBe(true);
    expect(o.staged.staging).toBe(true);
    // Moving back keeps what was drawn (no redraw of a shorter prefix).
    o.update(deck, 'sec151');
    expect(o.staged.staging).toBe(true);
    expect(o.dom.some((s) => s.sectionId === 'sec201')).toBe(true);
    // sec10 is a backup: drawn after every main section.
    const p = openStaged(deck);
    p.staged.reach(deck, 'sec10');
    p.update(deck, 'sec10');
    expect(p.staged.staging).toBe(false);
    expect(p.dom.map((s) => s.html)).toEqual(renderSlides(deck).map((s) => s.html));
  });

  it('does not stage a short deck, a keystroke or an undo that brings back sections it drew', () => {
    const cache = createSlideCache();
    const staged = createStagedRender(cache);
    const short = generatedDeck(30);
    staged.slides(short, 'sec1');
    expect(staged.staging).toBe(false);
    const s2 = createStagedRender(createSlideCache());
    s2.slides(deck, 'sec1');
    while (s2.staging) {
      s2.grow();
      s2.slides(deck, 'sec1');
    }
    s2.slides(type(deck, 'sec100', 'a'), 'sec100');
    expect(s2.staging).toBe(false);
    const fewer = { ...deck, sections: deck.sections.slice(0, 10) };
    s2.slides(fewer, 'sec1');
    s2.slides(deck, 'sec1');
    expect(s2.staging).toBe(false);
  });
});

describe('extendSlides', () => {
  it('falls back to applySlides when the new list is not the drawn one plus more', () => {
    const container = document.createElement('div');
    const a = renderSlides(generatedDeck(20));
    const dom = applySlides(container, [], a.slice(0, 5)).slides;
    const r = extendSlides(container, dom, [a[0]!, ...a.slice(2, 9)]);
    expect(r.appended).toBe(0);
    expect(r.structural).toBe(true);
    expect(Array.from(container.children).map((e) => (e as HTMLElement).dataset.bdKey)).toEqual([a[0]!, ...a.slice(2, 9)].map((s) => s.key));
  });

  it('parses a slide that is not one <section> on its own, without spoiling its batch', () => {
    const container = document.createElement('div');
    const next = [
      { key: 'a', sectionId: 'a', html: '<section>A</section>' },
      { key: 'b', sectionId: 'b', html: '<p>not a slide</p>' },
      { key: 'c', sectionId: 'c', html: '<section>C</section>' },
    ];
    const r = extendSlides(container, [], next);
    expect(r.appended).toBe(3);
    expect(Array.from(container.children).map((e) => e.tagName)).toEqual(['SECTION', 'SECTION', 'SECTION']);
    expect(Array.from(container.children).map((e) => (e as HTMLElement).dataset.bdKey)).toEqual(['a', 'b', 'c']);
    expect(container.children[2]!.textContent).toBe('C');
  });
});
