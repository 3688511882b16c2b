/**
 * The laid-out deck: the one model of "what is on each slide" that every writer draws.
 *
 *   Deck ──▶ layoutDeck(deck, opts) ──▶ LaidOutDeck ──▶ HTML (preview, export, present, PDF)
 *                                                    ──▶ PPTX / other writers
 *
 * layoutDeck is pure (no DOM, no Node): it measures text with the font metrics shipped in
 * engine/layout (the same fonts the exported deck embeds), breaks each section into as many
 * slides as it needs ("Title (cont.)"), numbers the counted slides n / N and the backups B-1,
 * B-2…, and places every block in a box. A writer never re-decides a break: it draws the
 * blocks it is given, at the font sizes it is given, in the boxes it is given.
 *
 * Units. Every box is in design pixels of the slide, whose size is `LaidOutDeck.size`
 * (1280×720 for 16:9, 960×720 for 4:3: always 720 high; see engine/layout/frame.ts). Font
 * sizes are px at that size, so a writer working in points or EMU converts with one factor
 * (a 1280 px wide slide is 13.333 in; px × 0.75 = pt on a 10 in × 5.625 in slide at 96 dpi).
 * Boxes are measured from the slide's top-left corner, banners included.
 *
 * Text. Every text field that comes from the deck (titles, points, labels, notes) is the
 * deck's inline markup (**bold**, *italic*, `code`, [text](url)), never HTML; writers render
 * it with engine/markup (renderInline / inline parser) and escape as they go.
 *
 * Extending. A new kind of block (a table, a chart) is one more member of `LayoutBlock` with
 * its own `kind`, plus a measurer in engine/layout that says how tall it is and how it splits
 * (a table splits between rows and repeats its header row on the continuation slide).
 */
import type { Deck, SectionKind } from '../model/schema.ts';

/** What a slide is. Section slides take their section's kind; the rest are generated. */
export type SlideKind = 'title' | 'agenda' | SectionKind | 'sources' | 'close';

/** A rectangle in design px from the slide's top-left corner. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The marking a slide carries, resolved (section override or deck), colours as #rrggbb. */
export interface ResolvedMarking {
  /** Empty means the slide carries no banner. */
  text: string;
  color: string;
  textColor: string;
}

/** The slide's place in the count: "n / N" for counted slides, "B-k" for backups. */
export type SlideNumber = { counted: true; n: number; total: number } | { counted: false; label: string };

/** One bullet on one slide. Points are flattened in reading order; `depth` says the level. */
export interface LaidOutPoint {
  /** The deck point's id. A point split over two slides appears on both with the same id. */
  id: string;
  /** 1 = point, 2 = sub-point, 3 = sub-sub-point. */
  depth: 1 | 2 | 3;
  /** Inline markup of the part of the point shown here (the whole point unless it was split). */
  text: string;
  /** Portion mark drawn before the text ("S" for "(S) "), '' for none; on the first fragment. */
  portion: string;
  /** Deck-wide source numbers ([n]) of the point's citations; on the last fragment only. */
  cites: number[];
  /** True when this is the rest of a point begun on the previous slide (no bullet is drawn). */
  continued: boolean;
  /** True when the point goes on on the next slide. */
  continues: boolean;
  /** Font size in px, and the line height in px it was measured with. */
  fontPx: number;
  lineHeightPx: number;
  /** Lines the text takes at that size in its box's width (as measured by the engine). */
  lines: number;
  /** The bullet's text box (the bullet glyph sits in the indent left of it). */
  box: Box;
}

/** A key figure as a big-number callout. */
export interface LaidOutFigure {
  id: string;
  value: string;
  unit: string;
  /** Inline markup. */
  label: string;
  /** "As of …" already written in the deck's language, or ''. */
  asOf: string;
  /** Deck-wide source number, or null. */
  cite: number | null;
  box: Box;
  valuePx: number;
  labelPx: number;
}

export interface PointsBlock {
  kind: 'points';
  box: Box;
  points: LaidOutPoint[];
}

export interface FiguresBlock {
  kind: 'figures';
  box: Box;
  figures: LaidOutFigure[];
}

export interface ImageBlock {
  kind: 'image';
  box: Box;
  /** data:image/…;base64 (validated by the model). */
  dataUrl: string;
  alt: string;
}

export interface DecisionOption {
  id: string;
  /** 1-based number shown beside the option. */
  n: number;
  title: string;
  summary: string;
  recommended: boolean;
  box: Box;
}

export interface DecisionBlock {
  kind: 'decision';
  box: Box;
  /** The problem statement (inline markup), '' when absent or shown on an earlier part. */
  problem: string;
  /** Where the problem text sits, when there is one on this slide. */
  problemBox?: Box;
  /** Group labels ("Problem", "Options") and their boxes; left out when they would repeat the title. */
  labels?: { text: string; box: Box }[];
  options: DecisionOption[];
  fontPx: number;
}

/** The title slide's lines, already formatted (dates in the deck's language). */
export interface TitleBlock {
  kind: 'title';
  box: Box;
  title: string;
  subtitle: string;
  presenter: string;
  office: string;
  organisation: string;
  /** The briefing date written out ("10 June 2024", "2024년 6월 10일"), or ''. */
  date: string;
  /** The as-of line written out ("As of 3 June 2024", "2024년 6월 3일 기준"), or ''. */
  asOf: string;
}

export interface AgendaBlock {
  kind: 'agenda';
  box: Box;
  /** 1-based number of the first item on this slide. */
  start: number;
  /** Section titles, inline markup, with the id of the section's first slide. */
  items: { sectionId: string; title: string; slideKey: string }[];
  fontPx: number;
}

export interface SourcesBlock {
  kind: 'sources';
  box: Box;
  entries: { n: number; title: string; publisher: string; date: string; url: string }[];
  fontPx: number;
}

export interface CloseBlock {
  kind: 'close';
  box: Box;
  heading: string;
  title: string;
  who: string[];
}

/** Everything a slide's body can hold. Tables and charts join this union as they land. */
/**
 * A section's table (one row range per slide, header repeated) or chart, placed on slides of
 * its own after the section's points (on the first slide when the section has no points).
 * `html` is the engine's own markup (engine/compile/table.ts, engine/chart): a real <table>,
 * or a static SVG with its data as a hidden table. Writers that draw natively (PowerPoint) read
 * `sectionId` and `rows` to find the data in the deck.
 */
export interface TableBlock {
  kind: 'table';
  box: Box;
  sectionId: string;
  /** Body rows on this slide, [start, end). */
  rows: [number, number];
  html: string;
}

export interface ChartBlock {
  kind: 'chart';
  box: Box;
  sectionId: string;
  html: string;
}

export type LayoutBlock = PointsBlock | FiguresBlock | ImageBlock | DecisionBlock | TitleBlock | AgendaBlock | SourcesBlock | CloseBlock | TableBlock | ChartBlock;

/** The fixed frame of a slide: banners, heading, body area, number strip. */
export interface SlideGeometry {
  /** Banner boxes, null when the slide has no marking text. */
  bannerTop: Box | null;
  bannerBottom: Box | null;
  bannerPx: number;
  /** The heading (badge + title) box, null on title/close slides. */
  heading: Box | null;
  headingPx: number;
  /** Lines the heading takes (a 40-word title wraps; its height is reserved, never overlapped). */
  headingLines: number;
  /** The area left for blocks under the heading. */
  body: Box;
  /** Where "n / N" or "B-k" is drawn. */
  number: Box;
  numberPx: number;
}

export interface LaidOutSlide {
  /** Stable across edits: `title`, `agenda-0`, `section-<id>`, `section-<id>-2` (part 2)…, `sources-0`, `close`. */
  key: string;
  kind: SlideKind;
  /** The section shown, or null for generated slides. */
  sectionId: string | null;
  /** Continuation k of n (1-based). Every slide that is not continued is part 1 of 1. */
  part: number;
  parts: number;
  /** The heading as shown (inline markup), "(cont.)" / "(계속)" already added on parts after the first. */
  title: string;
  /** Badge over the title ("Bottom line up front", "Backup"), null when none or when it would repeat the title. */
  badge: string | null;
  number: SlideNumber;
  marking: ResolvedMarking;
  /** BCP 47 language of the slide's text (the deck's, or 'ko' for Hangul in an untagged deck). */
  lang: string;
  blocks: LayoutBlock[];
  /** Speaker notes (inline markup, blank-line paragraphs). Rule: on part 1; later parts say it continues. */
  notes: string;
  geometry: SlideGeometry;
  /**
   * 1 unless the slide had to shrink (a last resort, never below the minimum sizes); the
   * font sizes above already include it.
   */
  scale: number;
  /** True when, even at the minimum sizes, not everything fits (settings.fit 'one-slide'): checks flag it. */
  overflow: boolean;
}

/** A note for the checks panel and the status bar about how the deck was laid out. */
export interface LayoutNotice {
  kind: 'continued' | 'overflow' | 'shrunk';
  sectionId: string;
  /** The keys and the counted numbers (or B-k labels) of the slides the section now takes. */
  slideKeys: string[];
  labels: string[];
}

export interface LaidOutDeck {
  size: { width: number; height: number };
  slides: LaidOutSlide[];
  /** Slides counted in n / N (backups are not). */
  counted: number;
  backups: number;
  notices: LayoutNotice[];
}

/** Per-section memo across edits (see engine/layout/cache.ts); keyed by model object identity. */
export interface LayoutCacheLike {
  readonly kind: 'layout-cache';
}

export interface LayoutOptions {
  /** Reuse the layout of sections that did not change (the editor passes one per open deck). */
  cache?: LayoutCacheLike;
  /**
   * Lay out only the first `mainSections` main (non-backup) sections: the slides up to and
   * including theirs, exactly as the whole deck draws them (the title, the agenda of every
   * section, cite numbers from the whole deck), and nothing after them (no sources, close or
   * backups). The editor opens a long deck this way and lays out the rest in idle time.
   * At or above the number of main sections it is the whole deck.
   */
  mainSections?: number;
}

/** Lay out a deck. Pure and deterministic: the same deck gives the same slides everywhere. */
export type LayoutDeck = (deck: Deck, opts?: LayoutOptions) => LaidOutDeck;
