/**
 * A memo for `renderSlides` across edits of one deck, for the editor preview: a keystroke
 * changes one section, and every other slide should cost a lookup, not a re-render.
 *
 * It relies on the deck being updated immutably (the editor's store copies what it changes
 * and keeps the identity of everything else), so entries are keyed by the model objects
 * themselves (WeakMaps: a deleted section's entry goes with it). Whatever else a slide
 * depends on (deck marking, language, labels, the section's source numbers) is stored with
 * the entry and compared before it is reused. Callers that mutate a deck in place must not
 * pass a cache; `renderSlides(deck)` without one renders everything afresh.
 */
import type { DeckMeta, Section, Source } from '../model/schema.ts';
import type { SourceIndex } from './sources.ts';

/** A section's rendered slide plus everything besides the section it was rendered from. */
/** The slide shape of slides.ts (repeated here so the two files do not import each other). */
export interface CachedSlide {
  key: string;
  sectionId: string | null;
  html: string;
}

export interface SectionEntry {
  ctxKey: string;
  /** The source index the numbers were checked against: the same index means the same numbers. */
  index: SourceIndex;
  uncounted: boolean;
  /** The deck-wide number of each source the section cites, in sectionCites order. */
  numbers: (number | undefined)[];
  slide: CachedSlide;
}

/** A generated page (agenda or sources): its items and context, and the slide they gave. */
export interface PageEntry {
  ctxKey: string;
  items: string[];
  slide: CachedSlide;
}

export interface SlideCache {
  hangul: WeakMap<Section, boolean>;
  sections: WeakMap<Section, SectionEntry>;
  /** A section's agenda line (`<li>` with its title). */
  agendaItems: WeakMap<Section, string>;
  /** A source's line on the Sources slide, with the number and date language it was rendered with. */
  sourceItems: WeakMap<Source, { n: number; lang: string; html: string }>;
  /** Agenda and Sources pages by slide key. */
  pages: Map<string, PageEntry>;
  /**
   * The last source index, the deck sources list and the citation order it was built from:
   * typing leaves both as they were, so the index is reused instead of rebuilt.
   */
  index: { sources: readonly Source[]; order: readonly string[]; index: SourceIndex } | null;
  /** Title and close slides by key. */
  ends: Map<string, { meta: DeckMeta; ctxKey: string; slide: CachedSlide }>;
}

export function createSlideCache(): SlideCache {
  return {
    hangul: new WeakMap(),
    sections: new WeakMap(),
    agendaItems: new WeakMap(),
    sourceItems: new WeakMap(),
    pages: new Map(),
    index: null,
    ends: new Map(),
  };
}

export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
