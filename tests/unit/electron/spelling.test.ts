/**
 * Offline spelling: the real Hunspell (WebAssembly) with the bundled English and Korean
 * dictionaries, and the personal dictionary in the user-data folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHunspell } from '../../../electron/main/services/hunspell.ts';
import { createSpelling, langOf, normalizeWord } from '../../../electron/main/services/spelling.ts';
import { useTempDirs } from './_helpers/tmp.ts';

const tempDir = useTempDirs();

describe('which words are checked', () => {
  it('Latin words go to English, Hangul words to Korean, anything else is left alone', () => {
    expect(langOf('readiness')).toBe('en');
    expect(langOf("don't")).toBe('en');
    expect(langOf('well-known')).toBe('en');
    expect(langOf('국방부')).toBe('ko');
    for (const w of ['K9', '2026', 'F-35A', '국방KIDA', '', 'x'.repeat(65)]) expect(langOf(w), w).toBeNull();
    expect(normalizeWord(' don’t ')).toBe("don't");
    expect(normalizeWord('\u1100\u1161')).toBe('가'); // conjoining jamo → one syllable
  });
});

describe('Hunspell with the bundled dictionaries', () => {
  it('English: flags a misspelling and suggests the word', async () => {
    const spelling = createSpelling(await tempDir(), loadHunspell);
    expect(await spelling.check('readiness')).toMatchObject({ lang: 'en', correct: true });
    const wrong = await spelling.check('readyness');
    expect(wrong).toMatchObject({ lang: 'en', correct: false });
    expect(wrong.suggestions[0]).toBe('readiness');
    expect(wrong.suggestions.length).toBeLessThanOrEqual(5);
  });

  it('Korean: knows 됐다 from 됬다 and 며칠 from 몇일, with suggestions', async () => {
    const spelling = createSpelling(await tempDir(), loadHunspell);
    for (const w of ['국방부', '협력을', '며칠', '됐다']) expect(await spelling.check(w), w).toMatchObject({ lang: 'ko', correct: true });
    const wrong = await spelling.check('됬다');
    expect(wrong).toMatchObject({ lang: 'ko', correct: false });
    expect(wrong.suggestions).toContain('됐다');
    expect((await spelling.check('몇일')).suggestions[0]).toBe('며칠');
    expect(await spelling.check('ㅁㄴㅇㄹ')).toMatchObject({ correct: false });
  }, 60_000);
});

describe('the personal dictionary', () => {
  it('"Add to Dictionary" makes a word correct and persists it for the next start', async () => {
    const dir = await tempDir();
    let loads = 0;
    const engine = async () => (loads++, { correct: (w: string) => w === 'known', suggest: () => ['known'] });
    const first = createSpelling(dir, engine);
    expect(await first.check('Hanwha')).toMatchObject({ correct: false, suggestions: ['known'] });
    expect(await first.add('Hanwha')).toBe(true);
    expect(await first.add('방산협력단')).toBe(true);
    expect(await first.check('Hanwha')).toMatchObject({ correct: true });
    expect(readFileSync(join(dir, 'dictionary.txt'), 'utf8')).toBe('Hanwha\n방산협력단\n');
    const next = createSpelling(dir, engine);
    expect(await next.words()).toEqual(['Hanwha', '방산협력단']);
    expect(await next.check('방산협력단')).toMatchObject({ lang: 'ko', correct: true });
    expect(loads).toBe(1); // one engine per language, loaded once
  });

  it('refuses what is not a word and leaves the file alone', async () => {
    const dir = await tempDir();
    const spelling = createSpelling(dir, async () => ({ correct: () => false, suggest: () => [] }));
    expect(await spelling.add('rm -rf /')).toBe(false);
    expect(await spelling.add('a\nb')).toBe(false);
    expect(() => readFileSync(join(dir, 'dictionary.txt'))).toThrow();
  });
});
