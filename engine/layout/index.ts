/** The layout engine: deck → laid-out slides (see types.ts). Pure; measured with font metrics. */
export { layoutDeck, resolveMarking, badgeFor } from './deck.ts';
export { createLayoutCache, type LayoutCache } from './cache.ts';
export { hasHangul, isKoreanDeck } from './lang.ts';
export { emWidth, lineCount, words, wrap } from './measure.ts';
export * from './frame.ts';
export type * from './types.ts';
