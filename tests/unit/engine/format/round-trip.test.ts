import { describe, expect, it } from 'vitest';
import { createDeck, FORMAT_VERSION, parseDeckBytes, parseDeckText, serializeDeck } from '../../../../engine/format/index.ts';
import { fixtureText } from './_helpers.ts';

describe('serializeDeck', () => {
  it('writes the pretty versioned envelope with a trailing newline', () => {
    const text = serializeDeck(createDeck({ meta: { title: 'T' } }));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "type": "briefdeck",\n  "version": 3,\n  "deck": {\n')).toBe(true);
    const json = JSON.parse(text) as { type: string; version: number; deck: { meta: { title: string } } };
    expect(Object.keys(json)).toEqual(['type', 'version', 'deck']);
    expect(json.version).toBe(FORMAT_VERSION);
    expect(json.deck.meta.title).toBe('T');
  });

  it('round-trips: parse(serialize(deck)) equals deck, and serialize is stable', () => {
    for (const name of ['v1.briefdeck', 'v2.briefdeck']) {
      const deck = parseDeckText(fixtureText(name));
      const text = serializeDeck(deck);
      expect(parseDeckText(text)).toEqual(deck);
      expect(serializeDeck(parseDeckText(text))).toBe(text);
      expect(parseDeckBytes(new TextEncoder().encode(text))).toEqual(deck);
    }
  });

  it('round-trips text that JSON must escape, and a UTF-8 byte-order mark is accepted', () => {
    const title = 'Quote " backslash \\ tab \t line\u2028sep </script> 한글 😀';
    const deck = createDeck({ meta: { title } });
    const text = serializeDeck(deck);
    expect(parseDeckText(text).meta.title).toBe(title);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(parseDeckBytes(withBom)).toEqual(deck);
  });
});
