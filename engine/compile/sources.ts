/**
 * The deck's source numbering behind the Sources slide and the [n] markers. Sources are
 * deck-wide (`deck.sources`); they are numbered by first citation in slide order (points
 * depth-first, then key figures, section by section), and sources nobody cites follow in the
 * deck's order, so the Sources slide still lists them.
 */
import type { Deck, Point, Section, Source } from '../model/schema.ts';
import { slideOrder } from './order.ts';

export interface SourceEntry {
  n: number;
  source: Source;
}

export interface SourceIndex {
  entries: SourceEntry[];
  /**
   * The deck-wide number of a source, or undefined for an unknown id. `section` is not
   * needed since sources became deck-wide (format v3); it stays for the callers' sake.
   */
  numberOf(section: Section | null, sourceId: string): number | undefined;
}

/** The deck-wide numbers of the sources `ids` cites, in citing order, each once; unknown ids dropped. */
export function citeNumbers(index: SourceIndex, section: Section | null, ids: readonly string[]): number[] {
  const out: number[] = [];
  for (const id of ids) {
    const n = index.numberOf(section, id);
    if (n !== undefined && !out.includes(n)) out.push(n);
  }
  return out;
}

/**
 * Per-object memo of the citation walks, for callers whose decks are immutable (the editor:
 * its store copies what it changes). The deck's numbering is looked up on every keystroke,
 * and a keystroke changes one point, so the walk then costs that point's path, not the deck.
 * Without one (a deck that may be changed in place) every call walks afresh.
 */
export interface CiteMemo {
  sections: WeakMap<Section, readonly string[]>;
  points: WeakMap<Point, readonly string[]>;
  distinct: WeakMap<Section, readonly string[]>;
}

export function createCiteMemo(): CiteMemo {
  return { sections: new WeakMap(), points: new WeakMap(), distinct: new WeakMap() };
}

/** Every source id a section cites, in reading order (points depth-first, then figures), repeats kept. */
export function sectionCites(section: Section, memo?: CiteMemo): readonly string[] {
  const hit = memo?.sections.get(section);
  if (hit) return hit;
  const ids: string[] = [];
  for (const p of section.points) ids.push(...pointCites(p, memo));
  for (const f of section.figures) if (f.sourceId) ids.push(f.sourceId);
  // Tables and charts come after the points on the slides, so they cite after them.
  const t = section.table;
  if (t) {
    for (const c of t.header) ids.push(...c.cites);
    for (const row of t.rows) for (const c of row) ids.push(...c.cites);
    if (t.sourceId) ids.push(t.sourceId);
  }
  if (section.chart?.sourceId) ids.push(section.chart.sourceId);
  memo?.sections.set(section, ids);
  return ids;
}

const NONE: readonly string[] = [];

/** A point's citations and its sub-points', depth-first. */
function pointCites(p: Point, memo?: CiteMemo): readonly string[] {
  if (p.cites.length === 0 && p.children.length === 0) return NONE;
  const hit = memo?.points.get(p);
  if (hit) return hit;
  const ids = [...p.cites];
  for (const c of p.children) ids.push(...pointCites(c, memo));
  memo?.points.set(p, ids);
  return ids;
}

/** The distinct source ids of a section, in first-citation order. */
function distinctCites(section: Section, memo?: CiteMemo): readonly string[] {
  const hit = memo?.distinct.get(section);
  if (hit) return hit;
  const out = [...new Set(sectionCites(section, memo))];
  memo?.distinct.set(section, out);
  return out;
}

/** Source ids in first-citation order across the deck's slides (ids without a source included). */
export function citationOrder(deck: Deck, memo?: CiteMemo): string[] {
  const seen = new Set<string>();
  for (const section of slideOrder(deck).all) for (const id of distinctCites(section, memo)) seen.add(id);
  return [...seen];
}

/** Numbers deck sources: those in `order` first (ids without a source skipped), then the rest in deck order. */
export function numberSources(sources: readonly Source[], order: readonly string[]): SourceEntry[] {
  const byId = new Map<string, Source>();
  for (const s of sources) if (!byId.has(s.id)) byId.set(s.id, s);
  const entries: SourceEntry[] = [];
  const seen = new Set<string>();
  const add = (source: Source): void => {
    if (seen.has(source.id)) return;
    seen.add(source.id);
    entries.push({ n: entries.length + 1, source });
  };
  for (const id of order) {
    const source = byId.get(id);
    if (source) add(source);
  }
  for (const source of sources) add(source);
  return entries;
}

export function indexSources(deck: Deck, order: readonly string[] = citationOrder(deck)): SourceIndex {
  const entries = numberSources(deck.sources, order);
  const numbers = new Map(entries.map((e) => [e.source.id, e.n]));
  return { entries, numberOf: (_section, sourceId) => numbers.get(sourceId) };
}
