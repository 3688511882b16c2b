/**
 * The sources a table or chart may cite: the deck's (format v3 keeps them deck-wide); numbers
 * are positions in that list, as the editor shows them.
 */
import type { Deck, Section, Source } from '../../../engine/model/schema.ts';

export function citableSources(deck: Deck, _section?: Section): Source[] {
  return deck.sources;
}
