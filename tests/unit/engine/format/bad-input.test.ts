import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DeckError, parseDeckBytes, parseDeckText, restoreDeck } from '../../../../engine/format/index.ts';
import { BAD_DECKS, BAD_DECKS_DIR } from './_bad-corpus.ts';

/** Runs `read`, expecting a DeckError; returns it with the time taken. */
function refuse(read: () => unknown): { error: DeckError; ms: number } {
  const started = performance.now();
  let thrown: unknown;
  try {
    read();
  } catch (error) {
    thrown = error;
  }
  const ms = performance.now() - started;
  expect(thrown).toBeInstanceOf(DeckError);
  return { error: thrown as DeckError, ms };
}

describe('bad deck files are refused in one clear line', () => {
  it.each(BAD_DECKS.map((c) => [c.name, c] as const))('%s', (_name, bad) => {
    const bytes = bad.bytes();
    const { error, ms } = refuse(() => parseDeckBytes(bytes));
    expect(error.code).toBe(bad.code);
    expect(error.message).toMatch(bad.says);
    expect(error.message).not.toMatch(/[\r\n]/);
    expect(error.message.length).toBeLessThan(300);
    expect(error.exitCode).toBe(1);
    if (bad.path !== undefined) {
      expect(error.path).toBe(bad.path);
      expect(error.message.startsWith(`${bad.path}: `)).toBe(true);
    }
    // The "within 2 seconds" for bad files, as a generous bound (typically a few ms).
    expect(ms).toBeLessThan(2000);
  });

  it('has a corpus entry for every file in tests/fixtures/_bad-decks', () => {
    const files = readdirSync(fileURLToPath(BAD_DECKS_DIR)).sort();
    const listed = new Set(BAD_DECKS.map((c) => c.name));
    expect(files.filter((f) => !listed.has(f))).toEqual([]);
    expect(files.length).toBeGreaterThan(25);
  });

  it('counts how many more problems there were after the first', () => {
    const text = JSON.stringify({ type: 'briefdeck', version: 2, deck: { meta: { title: 1, date: 'x' }, settings: { agenda: 'no' } } });
    const { error } = refuse(() => parseDeckText(text));
    expect(error.message).toBe('meta.title: expected text (and 2 more problems)');
  });

  it('keeps the message one line when keys and values hold line breaks or huge text', () => {
    const key = `bad\nkey\u2028${'k'.repeat(5000)}`;
    const { error } = refuse(() => restoreDeck({ meta: { [key]: 1 } }));
    expect(error.message).not.toMatch(/[\r\n\u2028]/);
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toMatch(/^meta\["bad\\nkey\\u2028k+…"\]: unknown key$/);
  });

  it('refuses hostile objects handed to restoreDeck directly (IPC), not only text', () => {
    const polluted = JSON.parse('{"sections":[{"id":"a","title":"t","points":[{"id":"p","text":"x","__proto__":{"admin":true}}]}]}') as unknown;
    expect(refuse(() => restoreDeck(polluted)).error.path).toBe('sections[0].points[0].__proto__');

    let deep: unknown = { text: 'leaf' };
    for (let i = 0; i < 100_000; i++) deep = { children: [deep] };
    const { error, ms } = refuse(() => restoreDeck({ sections: [{ id: 's', title: 't', points: [deep] }] }));
    expect(error.code).toBe('too-deep');
    expect(ms).toBeLessThan(2000);

    const cyclic: { id: string; text: string; children: unknown[] } = { id: 'p', text: 'loop', children: [] };
    cyclic.children.push(cyclic);
    expect(refuse(() => restoreDeck({ sections: [{ id: 's', title: 't', points: [cyclic] }] })).error.message).toMatch(/points nest at most 3 levels/);

    expect(refuse(() => restoreDeck({ sections: Array.from({ length: 10 }, () => ({ title: 't', sources: new Array(100_000).fill({}) })) })).error.path).toBe('sections[0].sources');
  });

  it('reports a syntax error with its line and column', () => {
    const { error } = refuse(() => parseDeckText('{\n  "type": "briefdeck",\n  "version": 2\n  "deck": {}\n}'));
    expect(error.message).toBe("invalid JSON at line 4, column 3: expected ',' or '}', found '\"'");
  });
});
