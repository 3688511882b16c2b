/**
 * The layout memo for the editor: a keystroke changes one section, so only that section is
 * laid out again. Keyed by model objects (the store updates the deck immutably); whatever else
 * a section's parts depend on (language, marking, slide width, its source numbers) is stored
 * with the entry and compared before reuse.
 */
import type { Section, Source } from '../model/schema.ts';
import { createCiteMemo, type CiteMemo, type SourceIndex } from '../compile/sources.ts';
import type { SectionMemo, SectionPart } from './section.ts';
import type { LaidOutDeck, LaidOutSlide, LayoutCacheLike } from './types.ts';
import type { Deck, DeckMeta } from '../model/schema.ts';

export interface LayoutCache extends LayoutCacheLike {
  hangul: WeakMap<Section, boolean>;
  sections: WeakMap<Section, { ctxKey: string; numbers: (number | undefined)[]; parts: SectionPart[] }>;
  /**
   * Each section's last layout by section id and scale: the edited section (a new object) is
   * laid out again from it, re-flowing only the pages around the edit (section.ts).
   */
  flows: Map<string, SectionMemo>;
  /** A section's parts with its table and chart slides, by the parts array (deck.ts partsWithExtras). */
  withExtras: WeakMap<SectionPart[], SectionPart[]>;
  /** The last deck laid out and its layout: asked again for the same deck, the same answer. */
  last: { deck: Deck; laid: LaidOutDeck } | null;
  /** Each section's and point's citations (compile/sources.ts), for the numbering looked up per keystroke. */
  cites: CiteMemo;
  /** The last source index, with the deck sources and citation order it was built from. */
  index: { sources: readonly Source[]; order: readonly string[]; index: SourceIndex } | null;
  /**
   * The generated slides and what they were laid out from: a keystroke in a point changes
   * none of it, so the title, agenda, sources and close slides come back as they were.
   */
  generated: {
    ctxKey: string;
    meta: DeckMeta;
    title: LaidOutSlide;
    close: LaidOutSlide;
    agendaTitles: string[];
    agenda: LaidOutSlide[];
    index: SourceIndex;
    sources: LaidOutSlide[];
  } | null;
}

export function createLayoutCache(): LayoutCache {
  return { kind: 'layout-cache', hangul: new WeakMap(), sections: new WeakMap(), flows: new Map(), withExtras: new WeakMap(), last: null, cites: createCiteMemo(), index: null, generated: null };
}
