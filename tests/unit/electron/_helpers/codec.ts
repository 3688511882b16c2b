/**
 * A stand-in for the engine's format functions, built on the real Deck schema, so the shell
 * services are tested on their own. The envelope matches the `.briefdeck` contract.
 */
import { readFile } from 'node:fs/promises';
import { DeckSchema, type Deck } from '../../../../engine/model/schema.ts';
import type { DeckCodec } from '../../../../electron/main/services/ports.ts';

export const testCodec: DeckCodec = {
  restore(input: unknown): Deck {
    const maybe = input as { type?: unknown; deck?: unknown };
    const raw = maybe && maybe.type === 'briefdeck' ? maybe.deck : input;
    const parsed = DeckSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const error = new Error(`${issue.path.join('.')}: ${issue.message}`);
      error.name = 'DeckError';
      throw error;
    }
    return parsed.data;
  },
  serialize: (deck) => `${JSON.stringify({ type: 'briefdeck', version: 2, deck }, null, 2)}\n`,
  async readFile(path) {
    return testCodec.restore(JSON.parse(await readFile(path, 'utf8')));
  },
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
