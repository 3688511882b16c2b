/**
 * The sources a table or chart may cite: the deck's list once sources are deck-wide (format
 * v3, `deck.sources`), else the section's own. Numbers are positions in that list, as shown.
 */
import type { Deck, Section, Source } from '../../../engine/model/schema.ts';

export function citableSources(deck: Deck, section: Section): Source[] {
  const deckWide = (deck as { sources?: Source[] }).sources;
  return Array.isArray(deckWide) ? deckWide : section.sources;
}
