/**
 * The deck model. Types are inferred from these zod schemas, so the file format, the
 * editor and the compiler cannot drift apart. `restoreDeck` (engine/format) is the only
 * way untrusted data becomes a `Deck`.
 */
import { z } from 'zod';
import { MARKING_LEVELS, PORTION_MARKS, type PortionMark } from '../marking/levels.ts';
import { DECK_DEFAULTS, LIMITS } from './defaults.ts';

const text = (max: number = LIMITS.textChars) => z.string({ error: 'expected text' }).max(max, { error: `text longer than ${max} characters` });
const isoDateOrEmpty = z.string({ error: 'expected text' }).regex(/^$|^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as yyyy-mm-dd' });
/** A banner colour; '' follows the marking level (engine/marking/levels.ts). */
const levelColour = z.string({ error: 'expected text' }).regex(/^$|^#[0-9a-fA-F]{6}$/, { error: 'expected a colour as #rrggbb (or "" to follow the level)' });
const id = z.string({ error: 'expected an id' }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'expected an id of letters, digits, - or _' });

export const SECTION_KINDS = ['bluf', 'content', 'decision', 'backup'] as const;
export const ASPECTS = ['16:9', '4:3'] as const;
export const TRANSITIONS = ['none', 'fade', 'slide', 'convex', 'concave', 'zoom'] as const;
export const FIT_MODES = ['continue', 'one-slide'] as const;
export const OVERLAYS = ['none', 'draft', 'predecisional'] as const;

/**
 * A classification marking (docs/MARKINGS.md). The banner reads `text` if set, else the
 * level's label plus `//controls` (`SECRET//REL TO USA, KOR`); its colours are the level's
 * unless `color`/`textColor` are set (a colour that contradicts the level is a check warning).
 */
export const MarkingSchema = z.strictObject({
  level: z.enum(MARKING_LEVELS, { error: `unknown marking level; expected one of ${MARKING_LEVELS.join(', ')}` }).default(DECK_DEFAULTS.marking.level),
  /** Dissemination controls after the level: `REL TO USA, KOR`, `NOFORN`, free text. */
  controls: text(200).default(DECK_DEFAULTS.marking.controls),
  /** Banner text override (required for level `custom`); '' derives it from level + controls. */
  text: text(200).default(DECK_DEFAULTS.marking.text),
  /** Banner background, #rrggbb; '' follows the level. */
  color: levelColour.default(DECK_DEFAULTS.marking.color),
  /** Banner text colour, #rrggbb; '' follows the level. */
  textColor: levelColour.default(DECK_DEFAULTS.marking.textColor),
});

export const SourceSchema = z.strictObject({
  id,
  title: text(1000),
  publisher: text(500).default(''),
  /** Publication date, yyyy-mm-dd or empty. */
  date: isoDateOrEmpty.default(''),
  /** Only http(s) URLs are kept; the compiler refuses anything else as a link. */
  url: text(2000).default(''),
});

export const KeyFigureSchema = z.strictObject({
  id,
  label: text(200),
  value: text(100),
  unit: text(100).default(''),
  asOf: isoDateOrEmpty.default(''),
  /** id of a deck source (`deck.sources`), or '' for none. */
  sourceId: z.union([id, z.literal('')]).default(''),
});

export const ImageSchema = z.strictObject({
  /** data:image/(png|jpeg|gif|webp);base64,… — never a remote URL: one file is the whole deck. */
  dataUrl: z
    .string({ error: 'expected a data URL' })
    .max(LIMITS.imageChars, { error: 'image is too large' })
    .regex(/^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}$/, { error: 'expected a base64 PNG, JPEG, GIF or WebP data URL' }),
  alt: text(1000).default(''),
});

export interface Point {
  id: string;
  /** Inline markup: **bold**, *italic*, `code`, [text](https://…). */
  text: string;
  /** ids of deck sources (`deck.sources`) this point cites; shown as [n]. */
  cites: string[];
  /**
   * Portion mark shown before the text, `(S) …`; '' for none. Restored decks always have it;
   * it is optional in the type so code that makes a new point need not spell it out.
   */
  portion?: PortionMark;
  children: Point[];
}

/** Points nest to LIMITS.pointDepth levels; deeper input is refused with its path. */
function pointSchema(level: number): z.ZodType<Point, unknown> {
  const children = level < LIMITS.pointDepth ? z.array(z.lazy(() => pointSchema(level + 1))) : z.array(z.never({ error: `points nest at most ${LIMITS.pointDepth} levels` }));
  return z.strictObject({
    id,
    text: text(),
    cites: z.array(id).max(LIMITS.perSectionItems).default([]),
    portion: z.enum(PORTION_MARKS, { error: `unknown portion mark; expected one of ${PORTION_MARKS.filter(Boolean).join(', ')} or ""` }).default(''),
    children: children.default([]),
  }) as unknown as z.ZodType<Point, unknown>;
}
export const PointSchema = pointSchema(1);

export const DecisionSchema = z.strictObject({
  problem: text().default(''),
  options: z
    .array(z.strictObject({ id, title: text(500), summary: text().default('') }))
    .max(20)
    .default([]),
  /** id of the recommended option, or ''. */
  recommendation: z.union([id, z.literal('')]).default(''),
});

export const SectionSchema = z.strictObject({
  id,
  kind: z.enum(SECTION_KINDS, { error: `expected one of ${SECTION_KINDS.join(', ')}` }).default('content'),
  title: text(500),
  points: z.array(PointSchema).default([]),
  /** Speaker notes, plain text with inline markup; paragraphs split on blank lines. */
  notes: text(100_000).default(''),
  figures: z.array(KeyFigureSchema).max(LIMITS.perSectionItems).default([]),
  image: ImageSchema.nullable().default(null),
  /** Overrides the deck marking on this section's slides; null inherits. */
  marking: MarkingSchema.nullable().default(null),
  /** Only meaningful for kind 'decision'. */
  decision: DecisionSchema.nullable().default(null),
});

export const SettingsSchema = z.strictObject({
  theme: text(64).default(DECK_DEFAULTS.settings.theme),
  aspect: z.enum(ASPECTS).default(DECK_DEFAULTS.settings.aspect),
  slideNumber: z.boolean().default(DECK_DEFAULTS.settings.slideNumber),
  transition: z.enum(TRANSITIONS).default(DECK_DEFAULTS.settings.transition),
  agenda: z.boolean().default(DECK_DEFAULTS.settings.agenda),
  targetMinutes: z.number().int().min(1).max(600).default(DECK_DEFAULTS.settings.targetMinutes),
  /** A section too long for one slide continues on "(cont.)" slides, or shrinks onto one. */
  fit: z.enum(FIT_MODES).default(DECK_DEFAULTS.settings.fit),
  /** Show reveal's arrow buttons in exported decks (keyboard and clicker work either way). */
  controls: z.boolean().default(DECK_DEFAULTS.settings.controls),
  /** A DRAFT or PRE-DECISIONAL watermark on every slide. */
  overlay: z.enum(OVERLAYS).default(DECK_DEFAULTS.settings.overlay),
});

export const MetaSchema = z.strictObject({
  title: text(500).default(DECK_DEFAULTS.meta.title),
  subtitle: text(500).default(''),
  presenter: text(200).default(''),
  office: text(200).default(''),
  organisation: text(200).default(''),
  date: isoDateOrEmpty.default(''),
  asOf: isoDateOrEmpty.default(''),
  lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'expected a language tag such as en or ko' }).default(DECK_DEFAULTS.meta.lang),
});

export const DeckSchema = z.strictObject({
  meta: MetaSchema.default(() => MetaSchema.parse({})),
  marking: MarkingSchema.default(() => MarkingSchema.parse({})),
  settings: SettingsSchema.default(() => SettingsSchema.parse({})),
  /** Sources, defined once per deck and cited by id from any point or figure. */
  sources: z.array(SourceSchema).max(LIMITS.sources, { error: `a deck holds at most ${LIMITS.sources} sources` }).default([]),
  sections: z.array(SectionSchema).max(LIMITS.sections, { error: `a deck holds at most ${LIMITS.sections} sections` }).default([]),
});

export type Deck = z.output<typeof DeckSchema>;
export type Section = z.output<typeof SectionSchema>;
export type SectionKind = (typeof SECTION_KINDS)[number];
export type Source = z.output<typeof SourceSchema>;
export type KeyFigure = z.output<typeof KeyFigureSchema>;
export type Marking = z.output<typeof MarkingSchema>;
export type DeckSettings = z.output<typeof SettingsSchema>;
export type DeckMeta = z.output<typeof MetaSchema>;
export type SectionImage = z.output<typeof ImageSchema>;
export type Decision = z.output<typeof DecisionSchema>;
export type FitMode = (typeof FIT_MODES)[number];
export type Overlay = (typeof OVERLAYS)[number];
export type { MarkingLevel, PortionMark } from '../marking/levels.ts';
