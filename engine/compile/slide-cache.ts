/**
 * A memo for `renderSlides` across edits of one deck, for the editor preview: a keystroke
 * changes one section, and every other slide should cost a lookup, not a re-layout and a
 * re-render.
 *
 * It relies on the deck being updated immutably (the editor's store copies what it changes
 * and keeps the identity of everything else). The layout memo (engine/layout/cache.ts) keeps
 * each section's parts by section object; the HTML of a part is kept by its blocks' identity
 * plus a signature of everything else on the slide (title, marking, B-k label, notes).
 * Callers that mutate a deck in place must not pass a cache.
 */
import { createLayoutCache, type LayoutCache } from '../layout/cache.ts';
import type { LayoutBlock } from '../layout/types.ts';

/** The slide shape of slides.ts (repeated here so the two files do not import each other). */
export interface CachedSlide {
  key: string;
  sectionId: string | null;
  html: string;
}

export interface SlideCache {
  layout: LayoutCache;
  html: WeakMap<readonly LayoutBlock[], { sig: readonly unknown[]; slide: CachedSlide }>;
  /** Title, agenda, sources and close slides by key, last drawn. */
  generated: Map<string, CachedSlide>;
  /** The same by laid-out slide: the layout cache hands back the very object when nothing changed. */
  generatedByLayout: WeakMap<object, CachedSlide>;
}

export function createSlideCache(): SlideCache {
  return { layout: createLayoutCache(), html: new WeakMap(), generated: new Map(), generatedByLayout: new WeakMap() };
}

export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
