import { describe, expect, it } from 'vitest';
import { createSlideCache, renderSlides, type RenderedSlide } from '../../../../engine/compile/index.ts';
import type { Deck, Section } from '../../../../engine/model/schema.ts';
import { generatedDeck, koreanDeck, richDeck } from '../../../e2e/helpers/export-decks.ts';

/** Edits the way the editor's store makes them: copies along the path, every other object kept. */
function editSection(deck: Deck, id: string, edit: (s: Section) => Section): Deck {
  return { ...deck, sections: deck.sections.map((s) => (s.id === id ? edit(s) : s)) };
}

const byKey = (slides: RenderedSlide[]): Map<string, RenderedSlide> => new Map(slides.map((s) => [s.key, s]));

/**
 * Renders each deck of `steps` with one cache and without one, and asserts the two are equal
 * byte for byte. Returns the cached renders for further checks.
 */
function replay(steps: Deck[]): RenderedSlide[][] {
  const cache = createSlideCache();
  return steps.map((deck, i) => {
    const cached = renderSlides(deck, cache);
    const fresh = renderSlides(deck);
    expect(cached, `step ${i}`).toEqual(fresh);
    return cached;
  });
}

describe('renderSlides with a cache', () => {
  it('matches an uncached render across a sequence of edits of every kind', () => {
    const d0 = richDeck();
    // A point typed into.
    const d1 = editSection(d0, 'exports', (s) => ({ ...s, points: [{ ...s.points[0]!, text: `${s.points[0]!.text} and more` }, ...s.points.slice(1)] }));
    // A new source cited first renumbers every later section's citations.
    const d2a = { ...d1, sources: [...d1.sources, { id: 's0', title: 'A new first source', publisher: 'KIDA', date: '2025-01-01', url: '' }] };
    const d2 = editSection(d2a, 'bluf', (s) => ({ ...s, points: [{ ...s.points[0]!, cites: ['s0', 's1'] }] }));
    // Deck marking: every slide's banners (level, controls, colour, overlay).
    const d3 = { ...d2, marking: { ...d2.marking, level: 'secret' as const, controls: 'NOFORN' } };
    const d4 = { ...d3, marking: { ...d3.marking, color: '#123456' }, settings: { ...d3.settings, overlay: 'draft' as const } };
    // Language: labels and lang attributes.
    const d5 = { ...d4, meta: { ...d4.meta, lang: 'ko' } };
    const d6 = { ...d5, meta: { ...d5.meta, lang: 'en' } };
    // Hangul in one section's notes makes the deck Korean (lang="ko" on Hangul slides).
    const d7 = editSection(d6, 'decide', (s) => ({ ...s, notes: '결정을 요청한다.' }));
    // Hangul in the title switches the labels too.
    const d8 = { ...d7, meta: { ...d7.meta, title: '공급망 보안 검토' } };
    const d9 = editSection(d8, 'decide', (s) => ({ ...s, notes: 'Ask for the decision.' }));
    const d10 = { ...d9, meta: { ...d9.meta, title: 'Supply-chain review' } };
    // Section order: source numbers follow slide order.
    const d11 = { ...d10, sections: [d10.sections[1]!, d10.sections[0]!, ...d10.sections.slice(2)] };
    // A content section becomes backup: it moves after the close and is uncounted.
    const d12 = editSection(d11, 'exports', (s) => ({ ...s, kind: 'backup' }));
    const d13 = editSection(d12, 'exports', (s) => ({ ...s, kind: 'content' }));
    // Section marking override set and cleared.
    const d14 = editSection(d13, 'decide', (s) => ({ ...s, marking: { level: 'confidential', controls: '', text: '', color: '', textColor: '' } }));
    const d15 = editSection(d14, 'decide', (s) => ({ ...s, marking: { ...s.marking!, level: 'none' } }));
    // Agenda off and on; a title edit shows in the agenda.
    const d16 = { ...d15, settings: { ...d15.settings, agenda: false } };
    const d17 = { ...d16, settings: { ...d16.settings, agenda: true } };
    const d18 = editSection(d17, 'decide', (s) => ({ ...s, title: 'Decision: the follow-on' }));
    // A source edited: its line on the Sources slide; a portion mark on a point.
    const d19a = { ...d18, sources: d18.sources.map((x) => (x.id === 's1' ? { ...x, date: '2024-01-01' } : x)) };
    const d19 = editSection(d19a, 'exports', (s) => ({ ...s, points: [{ ...s.points[0]!, portion: 'S' as const }, ...s.points.slice(1)] }));
    // Meta shown on the title and close slides; a deleted section.
    const d20 = { ...d19, meta: { ...d19.meta, presenter: 'Lt. Col. Park' } };
    const d21 = { ...d20, sections: d20.sections.filter((s) => s.id !== 'bluf') };
    // Undo: an earlier deck object comes back.
    const renders = replay([d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20, d21, d2, d0]);
    // The steps really changed something (so the comparison above was not of equal decks).
    expect(new Set(renders.map((r) => JSON.stringify(r))).size).toBeGreaterThanOrEqual(18);
  });

  it('re-renders an unchanged section whose source numbers moved', () => {
    const d0 = richDeck();
    const withNew = { ...d0, sources: [...d0.sources, { id: 's9', title: 'Another', publisher: '', date: '', url: '' }] };
    const d1 = editSection(withNew, 'bluf', (s) => ({ ...s, points: [{ ...s.points[0]!, cites: ['s1', 's9'] }] }));
    // The exports section object is the same, but its [2] becomes [3].
    expect(d1.sections[1]).toBe(d0.sections[1]);
    const [r0, r1] = replay([d0, d1]);
    const before = byKey(r0!).get('section-exports')!.html;
    const after = byKey(r1!).get('section-exports')!.html;
    expect(before).toContain('[2]');
    expect(after).toContain('[3]');
    expect(after).not.toContain('[2]');
  });

  it('hands back the same slide object for every slide not edited', () => {
    const d0 = generatedDeck(40);
    const d1 = editSection(d0, 'sec17', (s) => ({ ...s, notes: `${s.notes} More.` }));
    const [r0, r1] = replay([d0, d1]);
    const a = byKey(r0!);
    const b = byKey(r1!);
    const changed = [...b].filter(([k, s]) => a.get(k) !== s).map(([k]) => k);
    expect(changed).toEqual(['section-sec17']);
  });

  it('renders a title edit into the agenda page that lists it and leaves the other pages alone', () => {
    const d0 = generatedDeck(40);
    const d1 = editSection(d0, 'sec25', (s) => ({ ...s, title: 'Renamed section' }));
    const [r0, r1] = replay([d0, d1]);
    const a = byKey(r0!);
    const changed = r1!.filter((s) => a.get(s.key) !== s).map((s) => s.key);
    // sec25 is the 23rd main section (sec10 and sec20 are backup): the third agenda page.
    expect(changed).toEqual(['agenda-2', 'section-sec25']);
    expect(r1!.find((s) => s.key === 'agenda-2')!.html).toContain('Renamed section');
  });

  it('follows a Korean deck and a Korean edit in an English deck', () => {
    const k0 = koreanDeck();
    const k1 = editSection(k0, 'k2', (s) => ({ ...s, title: 'Exports' }));
    replay([k0, k1]);
    const e0 = generatedDeck(12);
    const e1 = editSection(e0, 'sec3', (s) => ({ ...s, points: [{ ...s.points[0]!, text: '한국어 요점' }, ...s.points.slice(1)] }));
    const e2 = editSection(e1, 'sec3', (s) => ({ ...s, points: [{ ...s.points[0]!, text: 'English again' }, ...s.points.slice(1)] }));
    const [, r1, r2] = replay([e0, e1, e2]);
    expect(r1!.find((s) => s.key === 'section-sec3')!.html).toContain('lang="ko"');
    expect(r2!.find((s) => s.key === 'section-sec3')!.html).not.toContain('lang="ko"');
  });

  it('keeps deck-wide passes out of a keystroke: source index reused, Hangul scan remembered', () => {
    const cache = createSlideCache();
    const d0 = generatedDeck(20);
    renderSlides(d0, cache);
    const index = cache.index!.index;
    expect(d0.sections.every((s) => cache.hangul.has(s))).toBe(true);
    // Typing in a point keeps the sources and the citation order: the index is the same object.
    const d1 = editSection(d0, 'sec7', (s) => ({ ...s, points: [{ ...s.points[0]!, text: 'typed' }, ...s.points.slice(1)] }));
    expect(renderSlides(d1, cache)).toEqual(renderSlides(d1));
    expect(cache.index!.index).toBe(index);
    // A new source is a new list: the index is rebuilt.
    const d2 = { ...d1, sources: [...d1.sources, { id: 'new', title: 'New', publisher: '', date: '', url: '' }] };
    expect(renderSlides(d2, cache)).toEqual(renderSlides(d2));
    expect(cache.index!.index).not.toBe(index);
  });
});
