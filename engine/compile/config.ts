/**
 * toRevealConfig(deck, mode): the reveal.js options for a deck. Preview and export share it;
 * only the embedding differs. Security-relevant options are fixed here and the export's boot
 * script re-applies them (see engine/export/boot.ts), because reveal.js would otherwise let
 * the query string override them.
 */
import type { Deck } from '../model/schema.ts';

export type RevealMode = 'preview' | 'export';

/** The subset of reveal.js options Briefdeck sets; plain JSON so it can travel in a data block. */
export interface BriefdeckRevealConfig {
  width: number;
  height: number;
  margin: number;
  minScale: number;
  maxScale: number;
  center: boolean;
  embedded: boolean;
  keyboardCondition: 'focused' | null;
  slideNumber: 'c/t' | false;
  showSlideNumber: 'all';
  transition: string;
  backgroundTransition: 'none';
  controls: boolean;
  progress: boolean;
  hash: false;
  history: false;
  respondToHashChanges: false;
  fragmentInURL: false;
  postMessage: false;
  postMessageEvents: false;
  previewLinks: false;
  autoSlide: 0;
  mouseWheel: false;
  showNotes: false;
  pdfMaxPagesPerSlide: 1;
  pdfSeparateFragments: false;
  scrollActivationWidth: null;
  /** Seconds, for the speaker view's pacing timer. */
  totalTime: number;
}

export const ASPECT_SIZES = {
  '16:9': { width: 1280, height: 720 },
  '4:3': { width: 1024, height: 768 },
} as const;

export function toRevealConfig(deck: Deck, mode: RevealMode = 'export'): BriefdeckRevealConfig {
  const size = ASPECT_SIZES[deck.settings.aspect] ?? ASPECT_SIZES['16:9'];
  return {
    width: size.width,
    height: size.height,
    // Banners sit on the slide's edges, so the slide fills its box without reveal's margin.
    margin: 0,
    minScale: 0.1,
    maxScale: 3,
    center: false,
    embedded: mode === 'preview',
    keyboardCondition: mode === 'preview' ? 'focused' : null,
    slideNumber: deck.settings.slideNumber ? 'c/t' : false,
    showSlideNumber: 'all',
    transition: deck.settings.transition,
    backgroundTransition: 'none',
    // Arrow buttons only on request (settings.controls): briefers use keys or a clicker, and
    // the buttons sit over the bottom banner. The preview never shows them.
    controls: mode === 'export' && deck.settings.controls,
    progress: true,
    hash: false,
    history: false,
    respondToHashChanges: false,
    fragmentInURL: false,
    postMessage: false,
    postMessageEvents: false,
    previewLinks: false,
    autoSlide: 0,
    mouseWheel: false,
    showNotes: false,
    // One printed page per slide, whatever the content height.
    pdfMaxPagesPerSlide: 1,
    pdfSeparateFragments: false,
    // Never switch to reveal's scroll view (it would in a narrow preview pane).
    scrollActivationWidth: null,
    totalTime: deck.settings.targetMinutes * 60,
  };
}
