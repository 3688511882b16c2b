/**
 * The real engine format functions as the services' codec (restoreDeck, serializeDeck,
 * readDeckFile), plus a deck builder tagged so versions on disk can be told apart.
 */
import { restoreDeck, serializeDeck } from '../../../../engine/format/index.ts';
import { DeckSchema, type Deck } from '../../../../engine/model/schema.ts';
import { readDeckFile } from '../../../../electron/main/services/deck-file.ts';
import type { DeckCodec } from '../../../../electron/main/services/ports.ts';

export const testCodec: DeckCodec = {
  restore: (input) => restoreDeck(input),
  serialize: (deck) => serializeDeck(deck),
  readFile: (path) => readDeckFile(path),
};

/** A valid deck of roughly `bytes` size (notes padding), tagged so versions can be told apart. */
export function makeDeck(tag: string, bytes = 2_000): Deck {
  const perSection = 80_000;
  const sections = Math.max(1, Math.ceil(bytes / perSection));
  const noteLength = Math.max(1, Math.min(perSection, Math.floor(bytes / sections)));
  return DeckSchema.parse({
    meta: { title: `Deck ${tag}`, subtitle: tag },
    sections: Array.from({ length: sections }, (_, i) => ({
      id: `s${i}`,
      title: `Section ${i} ${tag}`,
      notes: `${tag} `.repeat(Math.ceil(noteLength / (tag.length + 1))).slice(0, noteLength),
      points: [{ id: `p${i}`, text: `Point ${i} ${tag}` }],
    })),
  });
}

/** Version n of a deck: only the subtitle changes, so every version has the same size class. */
export function deckVersion(base: Deck, n: number): Deck {
  return { ...base, meta: { ...base.meta, subtitle: `v${n}` } };
}
