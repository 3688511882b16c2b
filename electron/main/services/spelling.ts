/**
 * Offline spelling for the editor's context menu, in English and Korean, with a personal
 * dictionary ("Add to Dictionary") kept in the user-data folder.
 *
 * Real Hunspell (hunspell-asm, WebAssembly) with the bundled dictionary-en and
 * dictionary-ko: the Korean dictionary needs Hunspell's ICONV and compounding, which nspell
 * lacks (with nspell every Hangul string, even "ㅁㄴㅇㄹ", checked as correct). Electron's
 * own spellchecker stays off: on Windows and Linux it downloads Hunspell files from a
 * Google CDN, which the app must never reach (setup/security.ts).
 *
 * Electron-free: the engine loader is injected (services/hunspell.ts in the app).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';

export type SpellLang = 'en' | 'ko';

export interface SpellEngine {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

export interface SpellResult {
  word: string;
  /** null: not a word we check (numbers, mixed scripts, too long). */
  lang: SpellLang | null;
  correct: boolean;
  suggestions: string[];
}

export const MAX_WORD = 64;
export const MAX_SUGGESTIONS = 5;
const HANGUL = /^[\p{Script=Hangul}]+$/u;
// Latin letters with inner apostrophes or hyphens (don't, well-known); no digits.
const LATIN = /^\p{Script=Latin}+(?:['’-]\p{Script=Latin}+)*$/u;

/** Which dictionary checks `word`; null for anything else (it is then never flagged). */
export function langOf(word: string): SpellLang | null {
  if (word.length === 0 || word.length > MAX_WORD) return null;
  if (HANGUL.test(word)) return 'ko';
  if (LATIN.test(word)) return 'en';
  return null;
}

/** One form for the personal dictionary: NFC, straight apostrophes, trimmed. */
export function normalizeWord(word: string): string {
  return word.normalize('NFC').replace(/’/g, "'").trim();
}

export interface Spelling {
  check(word: string): Promise<SpellResult>;
  /** Add to the personal dictionary (persisted); false when it is not a checkable word. */
  add(word: string): Promise<boolean>;
  words(): Promise<string[]>;
}

export function createSpelling(userDataDir: string, load: (lang: SpellLang) => Promise<SpellEngine>): Spelling {
  const file = join(userDataDir, 'dictionary.txt');
  const engines = new Map<SpellLang, Promise<SpellEngine>>();
  let personal: Promise<Set<string>> | null = null;
  const engine = (lang: SpellLang) => {
    let e = engines.get(lang);
    if (!e) {
      e = load(lang);
      // A failed load is retried next time rather than cached.
      e.catch(() => engines.delete(lang));
      engines.set(lang, e);
    }
    return e;
  };
  const own = () =>
    (personal ??= readFile(file, 'utf8').then(
      (text) => new Set(text.split('\n').map(normalizeWord).filter((w) => langOf(w) !== null)),
      () => new Set<string>(),
    ));

  return {
    async check(raw) {
      const word = normalizeWord(raw);
      const lang = langOf(word);
      if (!lang || (await own()).has(word) || (await own()).has(word.toLowerCase())) return { word, lang, correct: true, suggestions: [] };
      const e = await engine(lang);
      if (e.correct(word)) return { word, lang, correct: true, suggestions: [] };
      return { word, lang, correct: false, suggestions: e.suggest(word).slice(0, MAX_SUGGESTIONS) };
    },
    async add(raw) {
      const word = normalizeWord(raw);
      if (!langOf(word)) return false;
      const set = await own();
      if (set.has(word)) return true;
      set.add(word);
      await writeFileAtomic(file, `${[...set].sort().join('\n')}\n`);
      return true;
    },
    async words() {
      return [...(await own())].sort();
    },
  };
}
