import type { z } from 'zod';
import type { Deck, DeckSchema } from '../model/schema.ts';
import { restoreDeck } from './restore.ts';

/** What createDeck accepts: any part of a deck; everything left out takes its default. */
export type DeckInit = z.input<typeof DeckSchema>;

/**
 * A new, valid deck: the defaults from DECK_DEFAULTS plus whatever `partial` sets. It goes
 * through restoreDeck, so missing ids are filled and a bad `partial` throws DeckError.
 */
export function createDeck(partial: DeckInit = {}): Deck {
  return restoreDeck(partial);
}
