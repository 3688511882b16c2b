/** Deck → reveal.js slides and options; shared by the live preview and the export. */
export { renderSlides, isKoreanDeck, hasHangul, type RenderedSlide } from './slides.ts';
export { createSlideCache, type SlideCache } from './slide-cache.ts';
export { toRevealConfig, ASPECT_SIZES, type BriefdeckRevealConfig, type RevealMode } from './config.ts';
export { slideOrder, AGENDA_PER_SLIDE, SOURCES_PER_SLIDE, type SlideCount } from './order.ts';
export { slideCount } from '../layout/count.ts';
export { citeNumbers, indexSources, type SourceEntry, type SourceIndex } from './sources.ts';
export { labelsFor, type Labels } from './labels.ts';
