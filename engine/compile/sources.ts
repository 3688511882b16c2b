/**
 * The deck-wide source list behind the Sources slide and the [n] markers. Sources live in
 * their sections (points cite ids in the same section); here they are numbered once across
 * the deck in slide order, and the same publication cited from several sections (same title,
 * publisher, date and URL) gets one number.
 */
import type { Deck, Section, Source } from '../model/schema.ts';
import { slideOrder, sourceKey } from './order.ts';

export interface SourceEntry {
  n: number;
  source: Source;
}

export interface SourceIndex {
  entries: SourceEntry[];
  /** The deck-wide number of a source cited in a section, or undefined for an unknown id. */
  numberOf(section: Section, sourceId: string): number | undefined;
}

/** `keyOf` lets a caller memoise source identities (see slide-cache.ts); it must agree with `sourceKey`. */
export function indexSources(deck: Deck, keyOf: (s: Source) => string = sourceKey): SourceIndex {
  const entries: SourceEntry[] = [];
  const byKey = new Map<string, number>();
  // Keyed by the section's sources list: its numbers follow from that list alone (given the
  // deck-wide numbering), so an edited copy of a section with the same list finds them too,
  // which lets the preview reuse one index while typing (see renderSlides' cache).
  const bySection = new Map<readonly Source[], Map<string, number>>();
  for (const section of slideOrder(deck).all) {
    const local = new Map<string, number>();
    for (const source of section.sources) {
      if (local.has(source.id)) continue;
      const key = keyOf(source);
      let n = byKey.get(key);
      if (n === undefined) {
        n = entries.length + 1;
        byKey.set(key, n);
        entries.push({ n, source });
      }
      local.set(source.id, n);
    }
    bySection.set(section.sources, local);
  }
  return {
    entries,
    numberOf: (section, sourceId) => bySection.get(section.sources)?.get(sourceId),
  };
}
