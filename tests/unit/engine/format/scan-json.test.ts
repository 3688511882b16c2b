import { describe, expect, it } from 'vitest';
import { scanJson } from '../../../../engine/format/scan-json.ts';
import { DeckError } from '../../../../engine/format/index.ts';
import { fixtureText } from './_helpers.ts';

/** Does JSON.parse accept it? scanJson must agree exactly (for input within the depth limit). */
function jsonAccepts(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function scanAccepts(text: string): boolean {
  try {
    scanJson(text, 64);
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(DeckError);
    expect((error as DeckError).message).not.toMatch(/[\r\n]/);
    return false;
  }
}

/** A small seeded PRNG (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CASES = [
  '{}', '[]', '0', '-0', '1.5e+3', '1E-2', '"a"', 'true', 'false', 'null', ' \t\n\r{ "a" : [ 1 , 2 ] } ',
  '"\\u00e9\\n\\"\\\\\\/\\b\\f\\r\\t"', '[[[[]]]]', '{"a":{"b":{"c":[]}}}',
  '', ' ', '{', '}', '[', ']', '{"a"}', '{"a":}', '{"a":1,}', '[1,]', '[,1]', '01', '1.', '.5', '-', '+1', '1e', '1e+',
  '"abc', '"a\\x"', '"\\u12"', '"\\u12G4"', "'a'", 'tru', 'truth', 'nul', 'NaN', 'Infinity', '{"a":1}}', '[1]]', '{a:1}',
  '"tab\there"', '"line\nbreak"', '1 2', '{} {}', '\u00a0{}', '\ufeff{}', '[1,2', '{"a":1', '{"a"', '{"a":', '"\\', '"\\u',
];

describe('scanJson', () => {
  it('accepts and refuses exactly what JSON.parse does', () => {
    for (const text of CASES) expect(scanAccepts(text), JSON.stringify(text)).toBe(jsonAccepts(text));
  });

  it('agrees with JSON.parse on 20 000 random mutations of a real deck file', () => {
    const base = fixtureText('v2.briefdeck');
    const next = random(20261128);
    const alphabet = '{}[]:,"\\ 0123456789-+.eEtrufalsn\n';
    for (let i = 0; i < 20_000; i++) {
      const chars = [...base.slice(0, 80 + Math.floor(next() * 400))];
      const edits = 1 + Math.floor(next() * 3);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(next() * chars.length);
        const op = next();
        const ch = alphabet[Math.floor(next() * alphabet.length)] ?? ' ';
        if (op < 0.33) chars.splice(at, 1);
        else if (op < 0.66) chars.splice(at, 0, ch);
        else chars[at] = ch;
      }
      const text = chars.join('');
      expect(scanAccepts(text), JSON.stringify(text)).toBe(jsonAccepts(text));
    }
  });

  it('refuses nesting past the limit at the first bracket too many, and accepts it at the limit', () => {
    expect(() => scanJson('['.repeat(64) + ']'.repeat(64), 64)).not.toThrow();
    expect(() => scanJson('['.repeat(65) + ']'.repeat(65), 64)).toThrow('deeper than 64 levels (at line 1, column 65)');
  });

  it('refuses an object with too many keys or a list with too many items at the first one too many', () => {
    const keys = (n: number): string => `{${Array.from({ length: n }, (_, i) => `"k${i}":[]`).join(',')}}`;
    expect(() => scanJson(keys(3), 64, 3, 2)).not.toThrow();
    expect(() => scanJson(keys(4), 64, 3, 2)).toThrow('an object with more than 3 keys, more than any deck holds (at line 1, column 26)');
    expect(() => scanJson('[[1,2],[3,{}]]', 64, 3, 2)).not.toThrow();
    expect(() => scanJson('[[1,2],[3,4,5]]', 64, 3, 2)).toThrow('a list with more than 2 items, more than any deck holds (at line 1, column 13)');
    // Empty containers and nesting count per container, not in total.
    expect(() => scanJson('[[],{},[[],[]]]', 64, 1, 3)).not.toThrow();
  });

  it('names the line and column of a problem', () => {
    expect(() => scanJson('{\n  "a": 1,\n  "b": tru\n}', 64)).toThrow('invalid JSON at line 3, column 8: expected "true" or another value');
    expect(() => scanJson('[1, x]', 64)).toThrow("invalid JSON at line 1, column 5: expected a value, found 'x'");
    expect(() => scanJson('{\n  "a": [1, 2', 64)).toThrow('the JSON ends early at line 2, column 13 (is the file truncated?)');
  });
});
