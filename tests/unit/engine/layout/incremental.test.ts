/**
 * The incremental layout (engine/layout/section.ts layoutSectionFrom, with the editor's cache)
 * must give exactly the slides a layout from scratch gives. Random edits of the kinds a person
 * makes (typing and deleting in early, middle and last points of a long section, adding and
 * removing points and sub-points, a point long enough to split, portion marks, citations,
 * figures, a decision, table cells) are replayed with one cache and compared with a fresh
 * layout and a fresh render after every step. A second group counts the work a keystroke costs.
 */
import { describe, expect, it } from 'vitest';
import { createDeck } from '../../../../engine/format/create.ts';
import { createLayoutCache, layoutDeck } from '../../../../engine/layout/index.ts';
import { layoutWork, resetLayoutWork } from '../../../../engine/layout/work.ts';
import { createSlideCache, renderSlides } from '../../../../engine/compile/index.ts';
import type { Deck, Point, Section } from '../../../../engine/model/schema.ts';

/** A small deterministic PRNG (mulberry32), so a failure replays. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCAB = 'alliance readiness exports supply chain cooperation outlook budget timeline industry partners. **bold** *slanted* growth.'.split(' ');
const sentence = (r: () => number, n: number): string => Array.from({ length: n }, () => VOCAB[Math.floor(r() * VOCAB.length)]).join(' ');
let nextId = 0;
const pt = (text: string, children: Point[] = [], cites: string[] = []): Point => ({ id: `p${nextId++}`, text, cites, portion: '', children });

/** Immutable edit helpers, copying along the path like the editor's store. */
function editSection(deck: Deck, id: string, edit: (s: Section) => Section): Deck {
  return { ...deck, sections: deck.sections.map((s) => (s.id === id ? edit(s) : s)) };
}
function mapPoint(points: Point[], i: number, edit: (p: Point) => Point): Point[] {
  const out = [...points];
  out[i] = edit(out[i]!);
  return out;
}

type Edit = (deck: Deck, r: () => number) => Deck;

/** Which top-level point an edit touches: the first, one in the middle, or the last. */
const where = (r: () => number, n: number): number => {
  const k = r();
  return k < 0.3 ? 0 : k < 0.6 ? Math.floor(n / 2) : k < 0.9 ? n - 1 : Math.floor(r() * n);
};

const EDITS: Record<string, Edit> = {
  type: (d, r) =>
    editSection(d, 'long', (s) => {
      const i = where(r, s.points.length);
      return { ...s, points: mapPoint(s.points, i, (p) => ({ ...p, text: p.text + (r() < 0.2 ? ' ' : VOCAB[Math.floor(r() * VOCAB.length)]!.slice(0, 1)) })) };
    }),
  typeWords: (d, r) => editSection(d, 'long', (s) => ({ ...s, points: mapPoint(s.points, where(r, s.points.length), (p) => ({ ...p, text: `${p.text} ${sentence(r, 1 + Math.floor(r() * 30))}` })) })),
  erase: (d, r) =>
    editSection(d, 'long', (s) => {
      const i = where(r, s.points.length);
      return { ...s, points: mapPoint(s.points, i, (p) => ({ ...p, text: p.text.slice(0, Math.max(0, p.text.length - 1 - Math.floor(r() * 40))) })) };
    }),
  insertPoint: (d, r) =>
    editSection(d, 'long', (s) => {
      const at = where(r, s.points.length + 1);
      return { ...s, points: [...s.points.slice(0, at), pt(sentence(r, 3 + Math.floor(r() * 20))), ...s.points.slice(at)] };
    }),
  removePoint: (d, r) => editSection(d, 'long', (s) => (s.points.length < 3 ? s : { ...s, points: s.points.filter((_, i) => i !== where(r, s.points.length)) })),
  child: (d, r) => editSection(d, 'long', (s) => ({ ...s, points: mapPoint(s.points, where(r, s.points.length), (p) => ({ ...p, children: p.children.length ? [] : [pt(sentence(r, 6), r() < 0.5 ? [pt(sentence(r, 4))] : [])] })) })),
  typeInChild: (d, r) =>
    editSection(d, 'long', (s) => {
      const i = s.points.findIndex((p) => p.children.length > 0);
      if (i < 0) return s;
      return { ...s, points: mapPoint(s.points, i, (p) => ({ ...p, children: mapPoint(p.children, 0, (c) => ({ ...c, text: `${c.text} ${sentence(r, 2)}` })) })) };
    }),
  longPoint: (d, r) => editSection(d, 'long', (s) => ({ ...s, points: mapPoint(s.points, where(r, s.points.length), (p) => ({ ...p, text: `${p.text} ${Array.from({ length: 8 }, () => `${sentence(r, 25)}.`).join(' ')}` })) })),
  portion: (d, r) => editSection(d, 'long', (s) => ({ ...s, points: mapPoint(s.points, where(r, s.points.length), (p) => ({ ...p, portion: p.portion ? '' : 'S' })) })),
  cite: (d, r) => editSection(d, 'long', (s) => ({ ...s, points: mapPoint(s.points, where(r, s.points.length), (p) => ({ ...p, cites: p.cites.length ? [] : [r() < 0.5 ? 'src1' : 'src2'] })) })),
  figures: (d, r) => editSection(d, 'long', (s) => ({ ...s, figures: s.figures.length ? [] : [{ id: `f${nextId++}`, label: sentence(r, 4), value: '42', unit: '%', asOf: '', sourceId: '' }] })),
  notes: (d, r) => editSection(d, 'long', (s) => ({ ...s, notes: s.notes ? '' : sentence(r, 10) })),
  title: (d, r) => editSection(d, 'long', (s) => ({ ...s, title: r() < 0.5 ? 'Everything at once' : `Everything at once, with a much longer title ${sentence(r, 12)}` })),
  decision: (d, r) =>
    editSection(d, 'long', (s) =>
      s.kind === 'decision'
        ? { ...s, kind: 'content', decision: null }
        : { ...s, kind: 'decision', decision: { problem: sentence(r, 20), options: [{ id: 'o1', title: 'Option one', summary: sentence(r, 8) }, { id: 'o2', title: 'Option two', summary: '' }], recommendation: 'o1' } },
    ),
  tableCell: (d, r) =>
    editSection(d, 'tabled', (s) => {
      const t = s.table!;
      const ri = Math.floor(r() * t.rows.length);
      const ci = Math.floor(r() * t.header.length);
      const rows = t.rows.map((row, i) => (i === ri ? row.map((c, j) => (j === ci ? { ...c, text: r() < 0.3 ? c.text.slice(0, -1) : `${c.text}${VOCAB[Math.floor(r() * VOCAB.length)]}` } : c)) : row));
      return { ...s, table: { ...t, rows } };
    }),
  tableRow: (d, r) =>
    editSection(d, 'tabled', (s) => {
      const t = s.table!;
      const rows = r() < 0.5 && t.rows.length > 1 ? t.rows.slice(0, -1) : [...t.rows, t.header.map(() => ({ text: sentence(r, 2), cites: [] }))];
      return { ...s, table: { ...t, rows } };
    }),
  tableCite: (d) => editSection(d, 'tabled', (s) => ({ ...s, table: { ...s.table!, sourceId: s.table!.sourceId ? '' : 'src2' } })),
  chart: (d, r) => editSection(d, 'tabled', (s) => ({ ...s, chart: { ...s.chart!, series: s.chart!.series.map((x, i) => (i === 0 ? { ...x, values: x.values.map((v) => (v ?? 0) + Math.round(r() * 10)) } : x)) } })),
  otherSection: (d, r) => editSection(d, 'short', (s) => ({ ...s, points: mapPoint(s.points, 0, (p) => ({ ...p, text: `${p.text}${r() < 0.5 ? 'x' : ' '}`, cites: r() < 0.2 ? (p.cites.length ? [] : ['src2']) : p.cites })) })),
  undo: (d) => d, // replaced in the loop by an earlier deck
};

function startDeck(points: number): Deck {
  const r = rng(7);
  const table = {
    caption: 'Programme',
    header: ['Item', 'Owner', 'Start', 'End', 'Value'].map((text) => ({ text, cites: [] })),
    rows: Array.from({ length: 10 }, (_, i) => [`Item ${i}`, `Office ${i % 3}`, '2024-01-01', '2024-12-31', String(i * 17)].map((text) => ({ text, cites: [] }))),
    align: [],
    asOf: '2024-06-03',
    sourceId: '',
  };
  const chart = { kind: 'column', title: '', caption: '', categories: ['2019', '2020', '2021'], series: [{ name: 'A', values: [1, 2, 3] }], unit: '%', asOf: '', sourceId: '', highlight: '' };
  return createDeck({
    meta: { title: 'Incremental', lang: 'en' },
    sources: [
      { id: 'src1', title: 'First' },
      { id: 'src2', title: 'Second' },
    ],
    sections: [
      { id: 'short', title: 'Short', points: [pt('Before the long one', [], ['src1'])] },
      { id: 'long', title: 'Everything at once', points: Array.from({ length: points }, (_, i) => pt(`Point ${i + 1} ${sentence(r, 2 + Math.floor(r() * 18))}`, i % 7 === 3 ? [pt(sentence(r, 5))] : [])) },
      { id: 'tabled', title: 'Programme', points: [pt('See the table')], table, chart },
      { id: 'after', title: 'After', points: [pt('After the long one', [], ['src2'])] },
    ],
  } as never);
}

describe('incremental layout equals a full layout', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`over 60 random edits (seed ${seed})`, () => {
      const r = rng(seed * 101);
      let deck = startDeck(seed % 2 ? 120 : 260);
      const history: Deck[] = [deck];
      const cache = createLayoutCache();
      const slideCache = createSlideCache();
      const names = Object.keys(EDITS);
      const used = new Set<string>();
      for (let step = 0; step < 60; step++) {
        const name = names[Math.floor(r() * names.length)]!;
        used.add(name);
        deck = name === 'undo' ? history[Math.floor(r() * history.length)]! : EDITS[name]!(deck, r);
        history.push(deck);
        const fresh = layoutDeck(deck);
        expect(layoutDeck(deck, { cache }), `seed ${seed} step ${step} (${name})`).toEqual(fresh);
        expect(renderSlides(deck, slideCache), `seed ${seed} step ${step} (${name}), HTML`).toEqual(renderSlides(deck));
      }
      expect(used.size).toBeGreaterThan(10);
    });
  }

  it('types a whole sentence into the first, a middle and the last point, key by key', () => {
    let deck = startDeck(300);
    const cache = createLayoutCache();
    layoutDeck(deck, { cache });
    for (const at of [0, 150, 299]) {
      for (const ch of 'and then the numbers moved again. ') {
        deck = editSection(deck, 'long', (s) => ({ ...s, points: mapPoint(s.points, at, (p) => ({ ...p, text: p.text + ch })) }));
        expect(layoutDeck(deck, { cache })).toEqual(layoutDeck(deck));
      }
    }
  });
});

describe('work per keystroke', () => {
  it('a keystroke in a 2000-point section flows about one page and draws one part', () => {
    let deck = startDeck(2000);
    const cache = createSlideCache();
    const first = renderSlides(deck, cache);
    const parts = first.filter((s) => s.sectionId === 'long').length;
    expect(parts).toBeGreaterThan(50);
    for (const at of [0, 1000, 1999]) {
      deck = editSection(deck, 'long', (s) => ({ ...s, points: mapPoint(s.points, at, (p) => ({ ...p, text: `${p.text}x` })) }));
      resetLayoutWork();
      const slides = renderSlides(deck, cache);
      const w = { ...layoutWork };
      expect(w.sections, `point ${at}`).toBe(1);
      expect(w.pages, `point ${at}`).toBeLessThanOrEqual(2);
      expect(w.parts, `point ${at}`).toBeLessThanOrEqual(2);
      expect(w.slidesHtml, `point ${at}`).toBeLessThanOrEqual(2);
      expect(slides.length).toBe(first.length);
    }
  });

  it('a keystroke in a table cell at 200 sections lays out one section and draws one table slide', () => {
    const base = startDeck(4);
    const tabled = base.sections.find((s) => s.id === 'tabled')!;
    let deck: Deck = { ...base, sections: Array.from({ length: 200 }, (_, i) => ({ ...structuredClone(tabled), id: `t${i}`, points: tabled.points.map((p) => ({ ...p, id: `${p.id}-${i}` })) })) };
    const cache = createSlideCache();
    renderSlides(deck, cache);
    for (let k = 0; k < 3; k++) {
      deck = editSection(deck, 't100', (s) => ({ ...s, table: { ...s.table!, rows: s.table!.rows.map((row, i) => (i === 0 ? row.map((c, j) => (j === 0 ? { ...c, text: `${c.text}x` } : c)) : row)) } }));
      resetLayoutWork();
      renderSlides(deck, cache);
      const w = { ...layoutWork };
      expect(w.sections).toBe(1);
      // The table's slide, and nothing else: the chart and 199 other sections come from the cache.
      expect(w.extras).toBe(1);
      expect(w.slidesHtml).toBe(1);
    }
  });
});
