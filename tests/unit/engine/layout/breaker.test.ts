import { describe, expect, it } from 'vitest';
import { createDeck } from '../../../../engine/format/create.ts';
import { layoutDeck, createLayoutCache, MIN_POINT_PX, MIN_TEXT_PX, type LaidOutSlide, type LaidOutPoint } from '../../../../engine/layout/index.ts';
import type { Point } from '../../../../engine/model/schema.ts';

const words = (n: number, w = 'word'): string => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');
const pt = (id: string, text: string, children: Point[] = [], cites: string[] = []): Point => ({ id, text, cites, children });
const pointsOf = (slides: LaidOutSlide[]): LaidOutPoint[] => slides.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'points' ? b.points : [])));
const sectionSlides = (slides: LaidOutSlide[], id: string): LaidOutSlide[] => slides.filter((s) => s.sectionId === id);

function deckWith(points: Point[], extra: Record<string, unknown> = {}) {
  // Sources are deck-wide (format v3): a `sources` extra goes on the deck.
  const { sources = [], ...rest } = extra;
  return createDeck({ meta: { title: 'T', lang: 'en' }, sources, sections: [{ id: 's1', kind: 'content', title: 'Exports', points, ...rest }] } as never);
}

/** Every block lies inside the body area, under the heading and over the bottom margin. */
function expectInside(s: LaidOutSlide): void {
  const body = s.geometry.body;
  for (const b of s.blocks) {
    expect(b.box.y).toBeGreaterThanOrEqual(body.y - 0.5);
    expect(b.box.y + b.box.h).toBeLessThanOrEqual(body.y + body.h + 0.5);
    expect(b.box.x + b.box.w).toBeLessThanOrEqual(body.x + body.w + 0.5);
  }
}

describe('layoutDeck: breaking sections', () => {
  it('keeps a short section on one slide, centred in the body', () => {
    const d = deckWith([pt('a', 'One'), pt('b', 'Two')]);
    const slides = sectionSlides(layoutDeck(d).slides, 's1');
    expect(slides).toHaveLength(1);
    const b = slides[0]!.blocks[0]!;
    const body = slides[0]!.geometry.body;
    expect(Math.abs(b.box.y - body.y - (body.y + body.h - b.box.y - b.box.h))).toBeLessThan(1);
  });

  it('continues 30 points on "(cont.)" slides at full size, every point present once, in order', () => {
    const d = deckWith(Array.from({ length: 30 }, (_, i) => pt(`p${i}`, `Point ${i} ${words(12)}`)));
    const out = layoutDeck(d);
    const slides = sectionSlides(out.slides, 's1');
    expect(slides.length).toBeGreaterThan(2);
    expect(slides.map((s) => s.key)).toEqual(slides.map((_, i) => (i === 0 ? 'section-s1' : `section-s1-${i + 1}`)));
    expect(slides[1]!.title).toBe('Exports (cont.)');
    expect(slides.every((s) => s.parts === slides.length)).toBe(true);
    expect(pointsOf(slides).map((p) => p.id)).toEqual(Array.from({ length: 30 }, (_, i) => `p${i}`));
    for (const p of pointsOf(slides)) expect(p.fontPx).toBeGreaterThanOrEqual(MIN_POINT_PX);
    slides.forEach(expectInside);
    // n / N counts the continuation slides
    expect(out.counted).toBe(out.slides.length);
    expect(out.notices).toEqual([expect.objectContaining({ kind: 'continued', sectionId: 's1', slideKeys: slides.map((s) => s.key) })]);
  });

  it('keeps a sub-point with its parent', () => {
    const many = Array.from({ length: 40 }, (_, i) => pt(`p${i}`, `Point ${i} ${words(5)}`, i % 3 === 0 ? [pt(`c${i}`, `child ${i}`)] : []));
    const slides = sectionSlides(layoutDeck(deckWith(many)).slides, 's1');
    for (const s of slides) {
      const pts = pointsOf([s]);
      // a slide never ends on a parent whose first child is on the next slide
      const last = pts[pts.length - 1]!;
      if (last.depth === 1) expect(many.find((p) => p.id === last.id)!.children).toHaveLength(0);
    }
  });

  it('splits one 400-word point at a sentence end, else between words, with nothing lost', () => {
    const sentence = (i: number): string => `Sentence ${i} says ${words(18, 'w')}.`;
    const text = Array.from({ length: 20 }, (_, i) => sentence(i)).join(' ');
    const slides = sectionSlides(layoutDeck(deckWith([pt('long', text, [], ['src'])], { sources: [{ id: 'src', title: 'Report' }] })).slides, 's1');
    expect(slides.length).toBeGreaterThan(1);
    const frags = pointsOf(slides);
    expect(frags.every((f) => f.id === 'long')).toBe(true);
    expect(frags.map((f) => f.text).join(' ')).toBe(text);
    expect(frags[0]!.text.endsWith('.')).toBe(true);
    expect(frags.slice(1).every((f) => f.continued)).toBe(true);
    // the citation shows once, on the last fragment, with its deck-wide number
    expect(frags.map((f) => f.cites)).toEqual(frags.map((_, i) => (i === frags.length - 1 ? [1] : [])));
  });

  it('reopens bold across a split', () => {
    const text = `**${words(300)}**`;
    const frags = pointsOf(layoutDeck(deckWith([pt('b', text)])).slides);
    expect(frags.length).toBeGreaterThan(1);
    for (const f of frags) expect(f.text.startsWith('**') && f.text.endsWith('**')).toBe(true);
  });

  it('survives a 100 000-character run without spaces and an empty section', () => {
    const d = createDeck({ sections: [{ id: 'e', title: 'Empty' }] });
    d.sections[0]!.points = [pt('x', 'x'.repeat(100_000))];
    d.sections.push({ ...d.sections[0]!, id: 'empty', points: [] });
    const t0 = performance.now();
    const out = layoutDeck(d);
    expect(performance.now() - t0).toBeLessThan(2000);
    const frags = pointsOf(sectionSlides(out.slides, 'e'));
    expect(frags.map((f) => f.text).join('')).toBe('x'.repeat(100_000));
    expect(sectionSlides(out.slides, 'empty')).toHaveLength(1);
    sectionSlides(out.slides, 'e').forEach(expectInside);
  });

  it('puts figures beside the points as callouts, continuing in the right column', () => {
    const figures = Array.from({ length: 6 }, (_, i) => ({ id: `f${i}`, label: `Figure ${i} label`, value: `${i}2.5`, unit: '%' }));
    const slides = sectionSlides(layoutDeck(deckWith([pt('a', 'One point')], { figures })).slides, 's1');
    const figs = slides.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'figures' ? b.figures : [])));
    expect(figs.map((f) => f.id)).toEqual(figures.map((f) => f.id));
    const pts = slides[0]!.blocks.find((b) => b.kind === 'points')!;
    const fb = slides[0]!.blocks.find((b) => b.kind === 'figures')!;
    expect(fb.box.x).toBeGreaterThan(pts.box.x + pts.box.w);
    for (const f of figs) expect(f.labelPx).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    slides.forEach(expectInside);
  });

  it('numbers backups B-1, B-2… over their parts, uncounted', () => {
    const d = createDeck({
      sections: [
        { id: 'm', title: 'Main', points: [pt('a', 'a')] },
        { id: 'b1', kind: 'backup', title: 'More', points: Array.from({ length: 30 }, (_, i) => pt(`b${i}`, words(20))) },
        { id: 'b2', kind: 'backup', title: 'Even more', points: [pt('z', 'z')] },
      ],
    });
    const out = layoutDeck(d);
    const backups = out.slides.filter((s) => !s.number.counted);
    expect(backups.map((s) => (s.number.counted ? '' : s.number.label))).toEqual(backups.map((_, i) => `B-${i + 1}`));
    expect(backups.length).toBeGreaterThan(2);
    expect(out.counted + out.backups).toBe(out.slides.length);
  });

  it('does not repeat the title in the badge', () => {
    const d = createDeck({ sections: [{ id: 'a', kind: 'bluf', title: 'BLUF' }, { id: 'b', kind: 'bluf', title: 'Exports grow' }] });
    const out = layoutDeck(d);
    expect(out.slides.find((s) => s.sectionId === 'a')!.badge).toBeNull();
    expect(out.slides.find((s) => s.sectionId === 'b')!.badge).toBe('Bottom line up front');
  });

  it('re-lays out only the edited section with a cache', () => {
    const d = createDeck({ sections: Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, title: `S${i}`, points: [pt(`p${i}`, 'text')] })) });
    const cache = createLayoutCache();
    const a = layoutDeck(d, { cache });
    const edited = { ...d, sections: d.sections.map((s, i) => (i === 2 ? { ...s, title: 'changed' } : s)) };
    const b = layoutDeck(edited, { cache });
    const blocks = (o: typeof a, id: string) => o.slides.find((s) => s.sectionId === id)!.blocks;
    expect(blocks(b, 's1')).toBe(blocks(a, 's1'));
    expect(blocks(b, 's2')).not.toBe(blocks(a, 's2'));
    expect(b).toEqual(layoutDeck(edited));
  });
});
