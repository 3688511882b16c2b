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

/** Every source id a section cites, in reading order (points depth-first, then figures), repeats kept. */
export function sectionCites(section: Section): string[] {
  const out: string[] = [];
  const walk = (points: readonly Point[]): void => {
    for (const p of points) {
      out.push(...p.cites);
      walk(p.children);
    }
  };
  walk(section.points);
  for (const f of section.figures) if (f.sourceId) out.push(f.sourceId);
  return out;
}

/** Source ids in first-citation order across the deck's slides (ids without a source included). */
export function citationOrder(deck: Deck): string[] {
  const seen = new Set<string>();
  for (const section of slideOrder(deck).all) for (const id of sectionCites(section)) seen.add(id);
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
