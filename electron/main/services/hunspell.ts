/**
 * Hunspell (hunspell-asm: Hunspell compiled to WebAssembly, no native build) with the
 * dictionaries shipped as runtime dependencies (dictionary-en, dictionary-ko), loaded on
 * first use per language. English takes about 0.15 s, Korean about 2.4 s (an 11 MB affix
 * file), so Korean loads only when a Hangul word is first checked.
 */
import type { SpellEngine, SpellLang } from './spelling.ts';

interface HunspellFactory {
  mountBuffer(contents: Uint8Array, fileName?: string): string;
  create(affPath: string, dicPath: string): { spell(word: string): boolean; suggest(word: string): string[] };
}

let factory: Promise<HunspellFactory> | null = null;

export async function loadHunspell(lang: SpellLang): Promise<SpellEngine> {
  factory ??= import('hunspell-asm').then((m) => m.loadModule() as Promise<HunspellFactory>);
  const [f, dict] = await Promise.all([factory, lang === 'en' ? import('dictionary-en') : import('dictionary-ko')]);
  const { aff, dic } = dict.default;
  const hunspell = f.create(f.mountBuffer(aff, `${lang}.aff`), f.mountBuffer(dic, `${lang}.dic`));
  return { correct: (word) => hunspell.spell(word), suggest: (word) => hunspell.suggest(word) };
}
