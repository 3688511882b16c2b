/**
 * The words an outline line may start with to mean something other than a point. Kept in
 * one place so docs/OUTLINE.md, the parser and the tests name the same list.
 */
import type { SectionKind } from '../model/schema.ts';

// Korean drafts label notes 메모 / 발표자 메모 and sources 출처.
export const NOTE_LABELS = ['note', 'notes', 'speaker notes', 'speaker note', '메모', '발표자 메모'] as const;
export const SOURCE_LABELS = ['source', 'sources', 'references', 'reference', '출처'] as const;
export const FIGURE_LABELS = ['figures', 'key figures', 'figure', 'key figure'] as const;
/** Only in a `decision` section. */
export const PROBLEM_LABELS = ['problem', 'issue'] as const;
export const OPTION_LABELS = ['options', 'courses of action', 'coas'] as const;
export const RECOMMENDATION_LABELS = ['recommendation', 'recommended', 'recommend'] as const;

/** Deck facts accepted between the `#` title and the first `##` section. */
export const META_LABELS = {
  title: ['title'],
  subtitle: ['subtitle'],
  presenter: ['presenter', 'briefer'],
  office: ['office'],
  organisation: ['organisation', 'organization', 'org'],
  date: ['date'],
  asOf: ['as of', 'as-of', 'information as of'],
  lang: ['language', 'lang'],
  marking: ['marking', 'classification'],
} as const;

/** Deck settings accepted in the header: `Theme: dark`, `Aspect: 4:3`. */
export const SETTING_LABELS = { theme: ['theme', '테마'], aspect: ['aspect', 'aspect ratio'] } as const;

/** Theme words an outline may use → the deck's theme ids (engine/export/themes.ts). */
export const THEME_NAMES: Readonly<Record<string, string>> = {
  light: 'briefing-light',
  dark: 'briefing-dark',
  serif: 'serif',
  'briefing-light': 'briefing-light',
  'briefing-dark': 'briefing-dark',
};

/** A line that reads as `Label: value` with a one- or two-word label (an e-mail's `To:`, `Theme:`). */
export const HEADER_LABEL = /^([\p{L}][\p{L}\p{N}_-]{0,23}(?: [\p{L}\p{N}_-]{1,24})?)\s*(?:[:：][ \t]+|：)\S/u;

/**
 * `## BLUF`, `## BLUF: …`, `## Backup: …`, `## Decision: …`, `## Content: …` pick the
 * section kind; any other heading is a content section.
 */
export const KIND_TAGS: Record<string, SectionKind> = {
  bluf: 'bluf',
  'bottom line up front': 'bluf',
  backup: 'backup',
  'back-up': 'backup',
  appendix: 'backup',
  부록: 'backup',
  참고: 'backup',
  결론: 'bluf',
  '핵심 요약': 'bluf',
  decision: 'decision',
  content: 'content',
};
