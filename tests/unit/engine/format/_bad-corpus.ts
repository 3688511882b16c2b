/**
 * The corpus of bad deck files from issue 2 ("Bad input → Bad deck files"), shared by the
 * engine tests (parseDeckBytes on the bytes) and the file tests (readDeckFile on disk).
 * Small cases live as files in tests/fixtures/_bad-decks/; big ones are generated here.
 */
import { readFileSync } from 'node:fs';
import type { DeckErrorCode } from '../../../../engine/format/index.ts';
import { LIMITS } from '../../../../engine/model/defaults.ts';

export const BAD_DECKS_DIR = new URL('../../../fixtures/_bad-decks/', import.meta.url);

export interface BadDeck {
  /** File name; fixtures are read from BAD_DECKS_DIR under this name. */
  name: string;
  bytes: () => Uint8Array;
  code: DeckErrorCode;
  /** What the one-line message must say. */
  says: RegExp;
  /** DeckError.path, where the problem has one. */
  path?: string;
}

const fixture = (name: string) => (): Uint8Array => new Uint8Array(readFileSync(new URL(name, BAD_DECKS_DIR)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const envelope = (deckJson: string): string => `{"type":"briefdeck","version":3,"deck":${deckJson}}`;

/** `count` points in one section's flat list. */
export function manyPointsText(count: number): string {
  const points = Array.from({ length: count }, (_, i) => `{"id":"p${i}","text":"point ${i}"}`).join(',');
  return envelope(`{"sections":[{"id":"s","title":"Many points","points":[${points}]}]}`);
}

/** `count` points spread over sections of 10 points with 9 sub-points each (100 per section). */
function manyNestedPointsText(count: number): string {
  const sections: string[] = [];
  for (let s = 0; s * 100 < count; s++) {
    const points = Array.from({ length: 10 }, () => `{"text":"p","children":[${Array.from({ length: 9 }, () => '{"text":"c"}').join(',')}]}`).join(',');
    sections.push(`{"title":"S${s}","points":[${points}]}`);
  }
  return envelope(`{"sections":[${sections.join(',')}]}`);
}

export const FIFTY_MB = 50 * 1024 * 1024;

/** 50 MB that starts like a real deck: a huge title, so only the size limit can stop it. */
export function fiftyMegabytes(): Uint8Array {
  const head = utf8('{"type":"briefdeck","version":2,"deck":{"meta":{"title":"');
  const tail = utf8('"}}}\n');
  const bytes = new Uint8Array(FIFTY_MB).fill(0x78 /* x */);
  bytes.set(head, 0);
  bytes.set(tail, FIFTY_MB - tail.length);
  return bytes;
}

export const BAD_DECKS: readonly BadDeck[] = [
  // Not JSON text at all.
  { name: 'empty.briefdeck', bytes: fixture('empty.briefdeck'), code: 'empty', says: /empty/ },
  { name: 'whitespace.briefdeck', bytes: fixture('whitespace.briefdeck'), code: 'empty', says: /empty/ },
  { name: 'truncated.briefdeck', bytes: fixture('truncated.briefdeck'), code: 'syntax', says: /ends early at line \d+, column \d+ \(is the file truncated\?\)/ },
  { name: 'latin1.briefdeck', bytes: fixture('latin1.briefdeck'), code: 'not-utf8', says: /not UTF-8 .*0xE9 at offset 67.*save it as UTF-8/ },
  { name: 'utf16le-bom.briefdeck', bytes: fixture('utf16le-bom.briefdeck'), code: 'utf16', says: /UTF-16; save it as UTF-8/ },
  { name: 'utf16be-nobom.briefdeck', bytes: fixture('utf16be-nobom.briefdeck'), code: 'utf16', says: /UTF-16; save it as UTF-8/ },
  { name: 'binary.briefdeck', bytes: fixture('binary.briefdeck'), code: 'binary', says: /binary data \(a NUL byte at offset 1\)/ },
  { name: 'png.briefdeck', bytes: fixture('png.briefdeck'), code: 'binary', says: /a PNG image, not a Briefdeck file/ },
  { name: 'zip.briefdeck', bytes: fixture('zip.briefdeck'), code: 'zip', says: /a zip archive, not a Briefdeck file/ },
  { name: 'trailing-comma.briefdeck', bytes: fixture('trailing-comma.briefdeck'), code: 'syntax', says: /invalid JSON at line 5, column 1: expected a key/ },
  { name: 'trailing-garbage.briefdeck', bytes: fixture('trailing-garbage.briefdeck'), code: 'syntax', says: /line 2, column 1: unexpected 'a' after the end of the JSON/ },
  { name: 'raw-newline-in-string.briefdeck', bytes: fixture('raw-newline-in-string.briefdeck'), code: 'syntax', says: /line 1, column 68: a line break/ },
  // Too big or too deep: generated, never committed.
  { name: 'fifty-megabytes.briefdeck', bytes: fiftyMegabytes, code: 'too-large', says: /the file is 50 MB; Briefdeck reads deck files up to 48 MB/ },
  { name: 'deep-arrays.briefdeck', bytes: () => utf8('['.repeat(100_000) + ']'.repeat(100_000)), code: 'too-deep', says: new RegExp(`deeper than ${LIMITS.jsonDepth} levels \\(at line 1, column 65\\)`) },
  { name: 'deep-objects.briefdeck', bytes: () => utf8('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)), code: 'too-deep', says: /deeper than 64 levels/ },
  { name: 'deep-unclosed.briefdeck', bytes: () => utf8('['.repeat(100_000)), code: 'too-deep', says: /deeper than 64 levels/ },
  { name: 'points-100000.briefdeck', bytes: () => utf8(manyPointsText(100_000)), code: 'too-many', says: new RegExp(`more than ${LIMITS.points} points`), path: 'sections[0].points' },
  { name: 'points-100000-nested.briefdeck', bytes: () => utf8(manyNestedPointsText(100_000)), code: 'too-many', says: /more than 50000 points/ },
  // Millions of members: JSON.parse alone would take seconds (3 million keys: 3 s and 1 GB), so these fail in the scan.
  { name: 'keys-3000000.briefdeck', bytes: () => utf8(envelope(`{"meta":{${Array.from({ length: 3_000_000 }, (_, i) => `"k${i}":1`).join(',')}}}`)), code: 'too-many', says: /an object with more than 100 keys, more than any deck holds \(at line 1, column \d+\)/ },
  { name: 'points-1000000.briefdeck', bytes: () => utf8(manyPointsText(1_000_000)), code: 'too-many', says: /a list with more than 200000 items, more than any deck holds/ },
  { name: 'sections-2001.briefdeck', bytes: () => utf8(envelope(`{"sections":[${Array.from({ length: 2001 }, (_, i) => `{"title":"${i}"}`).join(',')}]}`)), code: 'too-many', says: /2001 sections; the limit is 2000/, path: 'sections' },
  { name: 'long-title.briefdeck', bytes: () => utf8(envelope(`{"meta":{"title":"${'x'.repeat(30_000)}"}}`)), code: 'invalid', says: /text longer than 500 characters/, path: 'meta.title' },
  // Valid JSON, wrong shape.
  { name: 'wrong-types.briefdeck', bytes: fixture('wrong-types.briefdeck'), code: 'invalid', says: /^sections\[3\]\.points\[2\]\.text: expected text$/, path: 'sections[3].points[2].text' },
  {
    // 400 000 wrong values (4.7 MB): zod would collect every issue; restore stops after ~100.
    name: 'wrong-types-everywhere.briefdeck',
    bytes: () => utf8(envelope(`{"sections":[${Array.from({ length: 2000 }, (_, i) => `{"title":"S${i}","figures":[${new Array(200).fill('{"label":5,"value":"1"}').join(',')}]}`).join(',')}]}`)),
    code: 'invalid',
    says: /^sections\[0\]\.figures\[0\]\.label: expected text \(and at least \d+ more problems\)$/,
    path: 'sections[0].figures[0].label',
  },
  { name: 'wrong-type-setting.briefdeck', bytes: fixture('wrong-type-setting.briefdeck'), code: 'invalid', says: /expected boolean, received string/, path: 'settings.slideNumber' },
  { name: 'sections-not-list.briefdeck', bytes: fixture('sections-not-list.briefdeck'), code: 'invalid', says: /expected array, received object/, path: 'sections' },
  { name: 'deck-not-object.briefdeck', bytes: fixture('deck-not-object.briefdeck'), code: 'invalid', says: /expected object, received string/, path: 'deck' },
  { name: 'bad-date.briefdeck', bytes: fixture('bad-date.briefdeck'), code: 'invalid', says: /expected a date as yyyy-mm-dd/, path: 'meta.date' },
  { name: 'bad-colour.briefdeck', bytes: fixture('bad-colour.briefdeck'), code: 'invalid', says: /expected a colour as #rrggbb/, path: 'marking.color' },
  { name: 'points-too-deep.briefdeck', bytes: fixture('points-too-deep.briefdeck'), code: 'invalid', says: /points nest at most 3 levels/, path: 'sections[0].points[0].children[0].children[0].children[0]' },
  { name: 'remote-image.briefdeck', bytes: fixture('remote-image.briefdeck'), code: 'invalid', says: /data URL/, path: 'sections[0].image.dataUrl' },
  { name: 'unknown-key.briefdeck', bytes: fixture('unknown-key.briefdeck'), code: 'invalid', says: /unknown key/, path: 'sections[0].colour' },
  { name: 'no-deck.briefdeck', bytes: fixture('no-deck.briefdeck'), code: 'invalid', says: /missing/, path: 'deck' },
  { name: 'proto-key.briefdeck', bytes: fixture('proto-key.briefdeck'), code: 'unsafe-key', says: /"__proto__" is not allowed/, path: 'sections[0].__proto__' },
  { name: 'proto-key-escaped.briefdeck', bytes: fixture('proto-key-escaped.briefdeck'), code: 'unsafe-key', says: /"__proto__" is not allowed/, path: 'meta.__proto__' },
  { name: 'constructor-key.briefdeck', bytes: fixture('constructor-key.briefdeck'), code: 'unsafe-key', says: /"constructor" is not allowed/, path: 'settings.constructor' },
  { name: 'prototype-key.briefdeck', bytes: fixture('prototype-key.briefdeck'), code: 'unsafe-key', says: /"prototype" is not allowed/, path: 'prototype' },
  // Not a Briefdeck envelope, or not one this build can read.
  { name: 'future-version.briefdeck', bytes: fixture('future-version.briefdeck'), code: 'future-version', says: /made by a newer Briefdeck \(format version 4\).*up to 3/ },
  // Format v3: markings by level, deck-wide sources cited by id.
  { name: 'bad-marking-level.briefdeck', bytes: fixture('bad-marking-level.briefdeck'), code: 'invalid', says: /unknown marking level; expected one of none, unclassified, cui/, path: 'marking.level' },
  { name: 'bad-colour-v3.briefdeck', bytes: fixture('bad-colour-v3.briefdeck'), code: 'invalid', says: /expected a colour as #rrggbb/, path: 'sections[0].marking.color' },
  { name: 'missing-source.briefdeck', bytes: fixture('missing-source.briefdeck'), code: 'invalid', says: /cites "gone", which is not one of the deck's sources/, path: 'sections[0].points[0].cites[1]' },
  { name: 'bad-portion.briefdeck', bytes: fixture('bad-portion.briefdeck'), code: 'invalid', says: /unknown portion mark; expected one of U, CUI, C, S, TS or ""/, path: 'sections[0].points[0].portion' },
  { name: 'version-string.briefdeck', bytes: fixture('version-string.briefdeck'), code: 'bad-version', says: /expected a whole number \(found a string\)/, path: 'version' },
  { name: 'version-fraction.briefdeck', bytes: fixture('version-fraction.briefdeck'), code: 'bad-version', says: /found 1\.5/, path: 'version' },
  { name: 'version-zero.briefdeck', bytes: fixture('version-zero.briefdeck'), code: 'bad-version', says: /versions start at 1/, path: 'version' },
  { name: 'wrong-envelope-type.briefdeck', bytes: fixture('wrong-envelope-type.briefdeck'), code: 'not-briefdeck', says: /expected "briefdeck" \(found "keynote"\)/, path: 'type' },
  { name: 'bare-deck.briefdeck', bytes: fixture('bare-deck.briefdeck'), code: 'not-briefdeck', says: /not a Briefdeck file/ },
  { name: 'json-array.briefdeck', bytes: fixture('json-array.briefdeck'), code: 'not-briefdeck', says: /not a Briefdeck file/ },
];
