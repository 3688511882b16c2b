/**
 * Classification marking levels: the one table of labels, banner colours and ranks that the
 * schema, the compiler, the checks, the outline importer and the editor share. Pure data.
 *
 * Colours (docs/MARKINGS.md cites the sources):
 *   - U.S. levels: the banner colours of the Astro UX design system's classification
 *     component, which follow the ISOO / CUI Registry colour conventions.
 *   - ROK levels (대외비, Ⅲ급/Ⅱ급/Ⅰ급 비밀): Korean practice marks every page in red, with no
 *     colour per level, so every ROK level uses the same red banner. Never the unclassified green.
 *
 * Rank orders levels for "is the banner at least as high as the portions": U.S. and ROK levels
 * share one scale by their usual equivalence (대외비 ≈ CUI, Ⅲ급 ≈ CONFIDENTIAL, Ⅱ급 ≈ SECRET,
 * Ⅰ급 ≈ TOP SECRET). `custom` and `none` have no rank.
 */

export const MARKING_LEVELS = ['none', 'unclassified', 'cui', 'confidential', 'secret', 'top-secret', 'ts-sci', 'kr-restricted', 'kr-3', 'kr-2', 'kr-1', 'custom'] as const;
export type MarkingLevel = (typeof MARKING_LEVELS)[number];

export interface LevelInfo {
  /** The banner text of the level alone, before any `//` controls. */
  label: string;
  /** Banner background, #rrggbb. */
  color: string;
  /** Banner text colour, #rrggbb. */
  textColor: string;
  /** Higher is more restricted; null for levels that cannot be compared. */
  rank: number | null;
  /** 'us', 'kr' or null (none, custom): the editor groups the presets by it. */
  family: 'us' | 'kr' | null;
}

const WHITE = '#ffffff';
const BLACK = '#000000';
/** The red of ROK classification marks (the same red as the U.S. SECRET banner). */
export const KR_RED = '#c8102e';

export const LEVELS: Readonly<Record<MarkingLevel, LevelInfo>> = {
  none: { label: '', color: '#444444', textColor: WHITE, rank: null, family: null },
  unclassified: { label: 'UNCLASSIFIED', color: '#007a33', textColor: WHITE, rank: 1, family: 'us' },
  cui: { label: 'CUI', color: '#502b85', textColor: WHITE, rank: 2, family: 'us' },
  confidential: { label: 'CONFIDENTIAL', color: '#0033a0', textColor: WHITE, rank: 3, family: 'us' },
  secret: { label: 'SECRET', color: '#c8102e', textColor: WHITE, rank: 4, family: 'us' },
  'top-secret': { label: 'TOP SECRET', color: '#ff8c00', textColor: BLACK, rank: 5, family: 'us' },
  'ts-sci': { label: 'TOP SECRET//SCI', color: '#fce83a', textColor: BLACK, rank: 6, family: 'us' },
  'kr-restricted': { label: '대외비', color: KR_RED, textColor: WHITE, rank: 2, family: 'kr' },
  'kr-3': { label: 'Ⅲ급 비밀', color: KR_RED, textColor: WHITE, rank: 3, family: 'kr' },
  'kr-2': { label: 'Ⅱ급 비밀', color: KR_RED, textColor: WHITE, rank: 4, family: 'kr' },
  'kr-1': { label: 'Ⅰ급 비밀', color: KR_RED, textColor: WHITE, rank: 5, family: 'kr' },
  custom: { label: '', color: '#444444', textColor: WHITE, rank: null, family: null },
};

export const isMarkingLevel = (value: unknown): value is MarkingLevel => typeof value === 'string' && (MARKING_LEVELS as readonly string[]).includes(value);

/** Dissemination controls the editor offers as presets; any other text is allowed too. */
export const CONTROL_PRESETS = ['REL TO USA, KOR', 'NOFORN', 'FOUO'] as const;

/** Portion marks a point may carry, shown as "(S) …" before its text. */
export const PORTION_MARKS = ['', 'U', 'CUI', 'C', 'S', 'TS'] as const;
export type PortionMark = (typeof PORTION_MARKS)[number];

/** A portion mark's rank on the same scale as LEVELS[…].rank; '' has none. */
export const PORTION_RANK: Readonly<Record<PortionMark, number | null>> = { '': null, U: 1, CUI: 2, C: 3, S: 4, TS: 5 };

/** The level a portion mark stands for, for messages ("(S) needs at least SECRET"). */
export const PORTION_LEVEL: Readonly<Record<Exclude<PortionMark, ''>, MarkingLevel>> = {
  U: 'unclassified',
  CUI: 'cui',
  C: 'confidential',
  S: 'secret',
  TS: 'top-secret',
};
