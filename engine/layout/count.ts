/** Slide counts, from the layout: the only place that knows how many slides a section takes. */
import type { Deck } from '../model/schema.ts';
import type { SlideCount } from '../compile/order.ts';
import { layoutDeck } from './deck.ts';
import type { LayoutOptions } from './types.ts';

export function slideCount(deck: Deck, opts?: LayoutOptions): SlideCount {
  const laid = layoutDeck(deck, opts);
  return { total: laid.slides.length, counted: laid.counted, backup: laid.backups };
}
