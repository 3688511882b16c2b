/**
 * Reading and writing .briefdeck text. Reading applies every limit BEFORE JSON.parse
 * (size, encoding, depth, syntax), so bad files fail fast with one clear line; then
 * `restoreDeck` validates and migrates.
 */
import { LIMITS } from '../model/defaults.ts';
import type { Deck } from '../model/schema.ts';
import { decodeDeckBytes, tooLarge } from './decode.ts';
import { DeckError } from './errors.ts';
import { FORMAT_VERSION } from './migrations.ts';
import { isEnvelope, restoreDeck } from './restore.ts';
import { scanJson } from './scan-json.ts';

/** Keys in any one object: the schema's objects have at most a dozen (a section has ten). */
const MAX_OBJECT_KEYS = 100;
/**
 * Items in any one list. The longest list a valid deck holds is every point at one level
 * (LIMITS.points); a few times that still parses in a blink and lets the schema refuse it with
 * its path (`sections[0].points: … more than 50000 points`). Millions fail here, at once.
 */
const MAX_LIST_ITEMS = 4 * Math.max(LIMITS.points, LIMITS.sections);

/** A deck from the raw bytes of a .briefdeck file. Throws DeckError. */
export function parseDeckBytes(bytes: Uint8Array): Deck {
  return parseDeckText(decodeDeckBytes(bytes));
}

/** A deck from the text of a .briefdeck file (the envelope is required). Throws DeckError. */
export function parseDeckText(text: string): Deck {
  // A UTF-8 BOM that reached us as text (a decoder that kept it) is not part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new DeckError('empty', 'the file is empty; a Briefdeck file holds a JSON envelope');
  // Characters, not bytes, but a text this long cannot come from a file within the limit anyway.
  if (body.length > LIMITS.fileBytes) throw tooLarge(body.length);
  if (body.includes('\u0000')) throw new DeckError('binary', 'binary data (a NUL character), not a Briefdeck file');
  scanJson(body, LIMITS.jsonDepth, MAX_OBJECT_KEYS, MAX_LIST_ITEMS);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    // scanJson accepts exactly JSON, so this is a safety net rather than a path we expect.
    throw new DeckError('syntax', 'invalid JSON');
  }
  if (!isEnvelope(value)) {
    throw new DeckError('not-briefdeck', `not a Briefdeck file: expected a JSON object {"type": "briefdeck", "version": ${FORMAT_VERSION}, "deck": {…}}`);
  }
  return restoreDeck(value);
}

/** The file text for a deck: the versioned envelope as pretty JSON, ending in a newline. */
export function serializeDeck(deck: Deck): string {
  return `${JSON.stringify({ type: 'briefdeck', version: FORMAT_VERSION, deck }, null, 2)}\n`;
}
