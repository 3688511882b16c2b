/**
 * The layout memo for the editor: a keystroke changes one section, so only that section is
 * laid out again. Keyed by model objects (the store updates the deck immutably); whatever else
 * a section's parts depend on (language, marking, slide width, its source numbers) is stored
 * with the entry and compared before reuse.
 */
import type { Section, Source } from '../model/schema.ts';
import type { SourceIndex } from '../compile/sources.ts';
import type { SectionPart } from './section.ts';
import type { LayoutCacheLike } from './types.ts';

export interface LayoutCache extends LayoutCacheLike {
  hangul: WeakMap<Section, boolean>;
  sections: WeakMap<Section, { ctxKey: string; numbers: (number | undefined)[]; parts: SectionPart[] }>;
  /** The last source index, with the deck sources and citation order it was built from. */
  index: { sources: readonly Source[]; order: readonly string[]; index: SourceIndex } | null;
}

export function createLayoutCache(): LayoutCache {
  return { kind: 'layout-cache', hangul: new WeakMap(), sections: new WeakMap(), index: null };
}
