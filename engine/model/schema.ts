/**
 * The deck model. Types are inferred from these zod schemas, so the file format, the
 * editor and the compiler cannot drift apart. `restoreDeck` (engine/format) is the only
 * way untrusted data becomes a `Deck`.
 */
import { z } from 'zod';
import { DECK_DEFAULTS, LIMITS } from './defaults.ts';
import { TableSchema } from './table.ts';
import { ChartSchema } from './chart.ts';

const text = (max: number = LIMITS.textChars) => z.string({ error: 'expected text' }).max(max, { error: `text longer than ${max} characters` });
const isoDateOrEmpty = z.string({ error: 'expected text' }).regex(/^$|^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as yyyy-mm-dd' });
const hexColour = z.string({ error: 'expected text' }).regex(/^#[0-9a-fA-F]{6}$/, { error: 'expected a colour as #rrggbb' });
const id = z.string({ error: 'expected an id' }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'expected an id of letters, digits, - or _' });

export const SECTION_KINDS = ['bluf', 'content', 'decision', 'backup'] as const;
export const ASPECTS = ['16:9', '4:3'] as const;
export const TRANSITIONS = ['none', 'fade', 'slide', 'convex', 'concave', 'zoom'] as const;

export const MarkingSchema = z.strictObject({
  text: text(200).default(DECK_DEFAULTS.marking.text),
  color: hexColour.default(DECK_DEFAULTS.marking.color),
  textColor: hexColour.default(DECK_DEFAULTS.marking.textColor),
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
  /** id of a source in the same section, or '' for none. */
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
  /** ids of sources in the same section that this point cites; shown as [n]. */
  cites: string[];
  children: Point[];
}

/** Points nest to LIMITS.pointDepth levels; deeper input is refused with its path. */
function pointSchema(level: number): z.ZodType<Point, unknown> {
  const children = level < LIMITS.pointDepth ? z.array(z.lazy(() => pointSchema(level + 1))) : z.array(z.never({ error: `points nest at most ${LIMITS.pointDepth} levels` }));
  return z.strictObject({
    id,
    text: text(),
    cites: z.array(id).max(LIMITS.perSectionItems).default([]),
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
  sources: z.array(SourceSchema).max(LIMITS.perSectionItems).default([]),
  figures: z.array(KeyFigureSchema).max(LIMITS.perSectionItems).default([]),
  image: ImageSchema.nullable().default(null),
  /** Overrides the deck marking on this section's slides; null inherits. */
  marking: MarkingSchema.nullable().default(null),
  /** Only meaningful for kind 'decision'. */
  decision: DecisionSchema.nullable().default(null),
  /** A table and/or a chart beside the points (engine/model/table.ts, chart.ts). */
  table: TableSchema.nullable().default(null),
  chart: ChartSchema.nullable().default(null),
});

export const SettingsSchema = z.strictObject({
  theme: text(64).default(DECK_DEFAULTS.settings.theme),
  aspect: z.enum(ASPECTS).default(DECK_DEFAULTS.settings.aspect),
  slideNumber: z.boolean().default(DECK_DEFAULTS.settings.slideNumber),
  transition: z.enum(TRANSITIONS).default(DECK_DEFAULTS.settings.transition),
  agenda: z.boolean().default(DECK_DEFAULTS.settings.agenda),
  targetMinutes: z.number().int().min(1).max(600).default(DECK_DEFAULTS.settings.targetMinutes),
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
