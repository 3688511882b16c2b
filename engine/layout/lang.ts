/** Which slides are Korean: by the deck's language tag, or by Hangul in the text. */
import { resolveMarking } from '../marking/resolve.ts';
import type { Deck, Point, Section } from '../model/schema.ts';

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;

export function hasHangul(s: string): boolean {
  return HANGUL.test(s);
}

export const isKoTag = (lang: string): boolean => lang === 'ko' || lang.startsWith('ko-');

export function sectionHasHangul(s: Section): boolean {
  if (HANGUL.test(s.title + s.notes)) return true;
  const walk = (ps: Point[]): boolean => ps.some((p) => HANGUL.test(p.text) || walk(p.children));
  return walk(s.points) || s.figures.some((f) => HANGUL.test(f.label + f.unit)) || (s.decision !== null && HANGUL.test(s.decision.problem + s.decision.options.map((o) => o.title + o.summary).join('')));
}

/** True when the deck is Korean by tag or holds Hangul anywhere (keep-all line breaking). */
export function isKoreanDeck(deck: Deck, memo?: WeakMap<Section, boolean>): boolean {
  if (isKoTag(deck.meta.lang)) return true;
  const m = deck.meta;
  if (HANGUL.test(m.title + m.subtitle + m.presenter + m.office + m.organisation + resolveMarking(deck.marking).text)) return true;
  if (!memo) return deck.sections.some(sectionHasHangul);
  // The scan of every section's text is the one deck-wide pass per keystroke; remember it per section.
  return deck.sections.some((s) => {
    let has = memo.get(s);
    if (has === undefined) memo.set(s, (has = sectionHasHangul(s)));
    return has;
  });
}
