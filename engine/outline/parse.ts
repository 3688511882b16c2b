/**
 * The outline parser: plain text in the Markdown subset of docs/OUTLINE.md → a Deck.
 * One pass over the lines with a small mode machine (points, notes, sources, figures,
 * decision parts); citations and recommendations are resolved per section at the end,
 * because a section's Sources list usually comes after the points that cite it.
 */
import type { Deck, Decision, KeyFigure, Marking, Point, Section, SectionKind, Source } from '../model/schema.ts';
import { parseMarking } from '../marking/parse.ts';
import { LIMITS } from '../model/defaults.ts';
import { FORMAT_VERSION, createDeck, newId, restoreDeck } from '../format/index.ts';
import { extractComments } from './comments.ts';
import { parseDate } from './dates.ts';
import { MARKER_CHILDREN, heading, isRule, labelled, listItem, splitLines, type OutlineLine } from './lines.ts';
import { FIGURE_LABELS, HEADER_LABEL, KIND_TAGS, META_LABELS, NOTE_LABELS, SETTING_LABELS, THEME_NAMES, OPTION_LABELS, PROBLEM_LABELS, RECOMMENDATION_LABELS, SOURCE_LABELS } from './labels.ts';
import { parseSourceLine } from './sources.ts';
import { sourceKey } from '../compile/order.ts';
import { extractCites } from './cites.ts';
import { OutlineError, type OutlineWarning } from './errors.ts';
import type { UiMessage } from '../i18n/ui-message.ts';
import { isPipeRow } from '../tables/grid.ts';
import { CHART_LABELS, TABLE_LABELS, chartLabel, finishGrid, type GridDraft } from './tables.ts';

/** Section title used for points that come before the first `##`. */
export const IMPLICIT_SECTION_TITLE = 'Overview';

interface PointDraft {
  point: Point;
  line: number;
  /** Column of the bullet (or of the text, for a line without one). */
  indent: number;
  /** Column where the item's text starts: indented lines past it continue the point. */
  contentIndent: number;
  fromBullet: boolean;
  /** The list marker's kind (lines.ts ListItem.marker), or null for a plain line. */
  marker: string | null;
}

interface ItemDraft {
  raw: string;
  line: number;
}

interface SectionDraft {
  id: string;
  kind: SectionKind;
  title: string;
  line: number;
  points: Point[];
  /** Every point at any level with its line, for citation warnings. */
  all: PointDraft[];
  notes: string[];
  sources: ItemDraft[];
  figures: ItemDraft[];
  problem: string[];
  options: ItemDraft[];
  recommendation: ItemDraft | null;
  /** Pipe tables (see tables.ts): at most one table and one chart. */
  grids: GridDraft[];
}

type Mode = 'points' | 'notes' | 'sources' | 'figures' | 'options' | 'problem';

export interface ParseOptions {
  /** Paste mode: headings and labels are plain text; only points come out. */
  pointsOnly?: boolean;
}

export interface OutlineResult {
  deck: Deck;
  warnings: OutlineWarning[];
}

class OutlineParser {
  readonly warnings: OutlineWarning[] = [];
  readonly meta: Record<string, string> = {};
  /** Deck settings from `Theme:` / `Aspect:` header lines. */
  readonly settings: { theme?: string; aspect?: '16:9' | '4:3' } = {};
  /** A `##` (or second `#`) heading was read: the outline has sections of its own. */
  sectionHeadingSeen = false;
  marking: Marking | null = null;
  /** Deck-wide sources: the same source listed in several sections is one deck source. */
  sources: Source[] = [];
  private sourceIds = new Map<string, string>();
  readonly sections: SectionDraft[] = [];
  /** Points outside any section (paste mode). */
  readonly loosePoints: Point[] = [];
  current: SectionDraft | null = null;
  titleSeen = false;
  mode: Mode = 'points';
  stack: PointDraft[] = [];
  last: PointDraft | null = null;
  lastItem: ItemDraft | null = null;
  notesPara: string[] | null = null;
  /** Index in the section's notes that the open paragraph fills. */
  notesSlot = -1;
  prevBlank = true;
  pointCount = 0;
  /** The last line was a pipe-table row: the next one continues that table. */
  pipeOpen = false;
  /** A `Chart:` / `Table:` label waiting for its pipe table on the next line. */
  pendingGrid: { grid: Omit<GridDraft, 'lines' | 'nos'>; line: OutlineLine } | null = null;

  private readonly pointsOnly: boolean;

  constructor(pointsOnly: boolean) {
    this.pointsOnly = pointsOnly;
  }

  warn(line: number, message: string, ui: UiMessage): void {
    // A pathological outline could produce a warning per line; a hundred say enough.
    if (this.warnings.length < 100) this.warnings.push({ line, message, ui });
  }

  line(l: OutlineLine): void {
    const text = l.text;
    if (text.length > LIMITS.textChars) throw new OutlineError(l.no, `line longer than ${LIMITS.textChars} characters`, { key: 'outlineText:error.tooLong', params: { max: LIMITS.textChars } });
    if (text === '' || isRule(text)) {
      this.pipeOpen = false;
      this.closeNotesParagraph();
      this.prevBlank = true;
      return;
    }
    this.dispatch(l);
    this.prevBlank = false;
  }

  private dispatch(l: OutlineLine): void {
    const text = l.text;
    const h = heading(text);
    if (h && h.level <= 2 && !this.pointsOnly) return this.headingLine(h.level, h.text, l.no);
    if (h) {
      // A sub-heading closes any notes paragraph or list, like a ## heading does.
      if (!this.pointsOnly) this.endBlock();
      return this.textPoint({ ...l, text: h.text }, true);
    }
    const item = listItem(text, l.indent);

    if (this.mode === 'notes') {
      if (!this.prevBlank && this.notesPara && !this.isLabelLine(text, item)) {
        this.notesPara.push(text);
        return;
      }
      if (this.prevBlank && l.indent >= 2 && !this.isLabelLine(text, item)) {
        this.openNotes(text);
        return;
      }
      this.mode = 'points';
    }

    if (!this.pointsOnly && isPipeRow(text)) return this.pipeLine(l);
    this.pipeOpen = false;
    if (this.pendingGrid) {
      // A `Chart:` line with no table under it was a point after all.
      const { line } = this.pendingGrid;
      this.pendingGrid = null;
      this.warn(line.no, 'no pipe table follows this label; kept as a point', { key: 'outlineText:warn.noTable' });
      this.textPoint(line, false);
    }
    if (!item && !this.pointsOnly && this.gridLabel(l)) return;
    if (!item && !this.pointsOnly && this.labelLine(l)) return;

    if (this.mode === 'sources' || this.mode === 'figures' || this.mode === 'options') {
      if (item) {
        if (item.text) this.addItem(item.text, l.no);
        return;
      }
      if (!this.prevBlank) {
        // Indented: the previous item wrapped. Flush left: an item written without a bullet.
        if (l.indent > 0 && this.lastItem) this.lastItem.raw += ` ${text}`;
        else this.addItem(text, l.no);
        return;
      }
      this.mode = 'points';
    }
    if (this.mode === 'problem') {
      const section = this.currentSection(l.no);
      if (!this.prevBlank && !item) {
        section.problem.push(text);
        return;
      }
      this.mode = 'points';
    }

    if (item) this.bulletPoint(l, item.text, item.markerWidth, item.marker);
    else this.textPoint(l, false);
  }

  // ---- tables and charts (tables.ts) ------------------------------------------------

  private pipeLine(l: OutlineLine): void {
    const section = this.currentSection(l.no);
    const open = this.pipeOpen ? section.grids[section.grids.length - 1] : undefined;
    this.pipeOpen = true;
    if (open) {
      open.lines.push(l.text);
      open.nos.push(l.no);
      return;
    }
    this.endBlock();
    this.pipeOpen = true;
    const grid: GridDraft = { lines: [l.text], nos: [l.no], chart: this.pendingGrid?.grid.chart ?? null, caption: this.pendingGrid?.grid.caption ?? '' };
    this.pendingGrid = null;
    const same = section.grids.filter((g) => (g.chart === null) === (grid.chart === null));
    if (same.length > 0) throw new OutlineError(l.no, `a section holds one ${grid.chart ? 'chart' : 'table'}; start a new "##" section for another`, { key: grid.chart ? 'outlineText:error.secondChart' : 'outlineText:error.secondTable' });
    section.grids.push(grid);
  }

  /** `Chart: bar[, title]` or `Table: caption` over a pipe table. */
  private gridLabel(l: OutlineLine): boolean {
    const chart = labelled(l.text, CHART_LABELS);
    const caption = chart === null ? labelled(l.text, TABLE_LABELS) : null;
    if (chart === null && caption === null) return false;
    this.endBlock();
    this.currentSection(l.no);
    this.pendingGrid = { grid: { chart: chart === null ? null : chartLabel(chart, l.no, (n, m, u) => this.warn(n, m, u)), caption: caption ?? '' }, line: l };
    return true;
  }

  // ---- headings -------------------------------------------------------------------

  private headingLine(level: number, text: string, no: number): void {
    this.endBlock();
    if (level === 1 && !this.titleSeen && this.sections.length === 0) {
      this.titleSeen = true;
      if (text) this.meta.title = limit(text, 500, 'deck title', no);
      return;
    }
    if (level === 1) this.warn(no, 'a second "#" heading is read as a "##" section', { key: 'outlineText:warn.secondTitle' });
    this.sectionHeadingSeen = true;
    this.startSection(text, no);
  }

  private startSection(heading: string, no: number): void {
    if (this.sections.length >= LIMITS.sections) throw new OutlineError(no, `a deck holds at most ${LIMITS.sections} sections`, { key: 'outlineText:error.tooManySections', params: { max: LIMITS.sections } });
    let kind: SectionKind = 'content';
    let title = heading;
    if (heading.startsWith('\\')) {
      // `## \Backup: …` escapes the kind tag: a content section with that literal title.
      title = heading.slice(1).trim();
    } else {
      const colon = heading.search(/[:：]/);
      const tag = (colon > 0 ? heading.slice(0, colon) : heading).trim().toLowerCase();
      // Own keys only: "## Constructor" or "## __proto__" are titles, not inherited members.
      const tagged = Object.hasOwn(KIND_TAGS, tag) ? KIND_TAGS[tag] : undefined;
      if (tagged) {
        kind = tagged;
        title = colon > 0 ? heading.slice(colon + 1).trim() : heading.trim();
        if (!title) title = heading.slice(0, colon).trim();
      }
    }
    if (!title) {
      this.warn(no, 'a section heading without a title is called "Untitled section"', { key: 'outlineText:warn.untitledSection' });
      title = 'Untitled section';
    }
    const section: SectionDraft = {
      id: newId('s'),
      kind,
      title: limit(title, 500, 'section title', no),
      line: no,
      points: [],
      all: [],
      notes: [],
      sources: [],
      figures: [],
      problem: [],
      options: [],
      recommendation: null,
      grids: [],
    };
    this.sections.push(section);
    this.current = section;
  }

  /** The section new content goes to, opening the implicit one when text precedes `##`. */
  private currentSection(no: number): SectionDraft {
    if (!this.current) this.startSection(IMPLICIT_SECTION_TITLE, no);
    return this.current as SectionDraft;
  }

  /** Ends a list, a notes paragraph or a point's nesting: a new block starts. */
  private endBlock(): void {
    this.closeNotesParagraph();
    this.mode = 'points';
    this.stack = [];
    this.last = null;
    this.lastItem = null;
  }

  private openNotes(first: string): void {
    const notes = this.currentSection(0).notes;
    this.notesPara = first ? [first] : [];
    this.notesSlot = notes.length;
    notes.push('');
  }

  private closeNotesParagraph(): void {
    if (this.notesPara && this.current) this.current.notes[this.notesSlot] = this.notesPara.join('\n');
    this.notesPara = null;
  }

  // ---- labels ----------------------------------------------------------------------

  private isLabelLine(text: string, item: unknown): boolean {
    if (item || this.pointsOnly) return false;
    if (heading(text)) return true;
    const all = [...NOTE_LABELS, ...SOURCE_LABELS, ...FIGURE_LABELS];
    if (labelled(text, all) !== null) return true;
    if (this.current?.kind === 'decision') return labelled(text, [...PROBLEM_LABELS, ...OPTION_LABELS, ...RECOMMENDATION_LABELS]) !== null;
    return false;
  }

  /** Handles `Notes:`, `Sources:`, `Figures:`, decision parts and deck facts. */
  private labelLine(l: OutlineLine): boolean {
    const text = l.text;
    if (!this.current && this.metaLine(text, l.no)) return true;

    let value = labelled(text, NOTE_LABELS);
    if (value !== null) {
      this.endBlock();
      this.currentSection(l.no);
      this.mode = 'notes';
      this.openNotes(value);
      return true;
    }
    for (const [labels, mode] of [
      [SOURCE_LABELS, 'sources'],
      [FIGURE_LABELS, 'figures'],
    ] as const) {
      value = labelled(text, labels);
      if (value !== null) {
        this.endBlock();
        this.currentSection(l.no);
        this.mode = mode;
        if (value) this.addItem(value, l.no);
        return true;
      }
    }
    if (this.current?.kind !== 'decision') return false;
    const section = this.current;
    value = labelled(text, PROBLEM_LABELS);
    if (value !== null) {
      this.endBlock();
      this.mode = 'problem';
      if (value) section.problem.push(value);
      return true;
    }
    value = labelled(text, OPTION_LABELS);
    if (value !== null) {
      this.endBlock();
      this.mode = 'options';
      if (value) this.addItem(value, l.no);
      return true;
    }
    value = labelled(text, RECOMMENDATION_LABELS);
    if (value !== null) {
      this.endBlock();
      if (section.recommendation) this.warn(l.no, 'a second recommendation replaces the first', { key: 'outlineText:warn.secondRecommendation' });
      section.recommendation = { raw: value, line: l.no };
      return true;
    }
    return false;
  }

  private metaLine(text: string, no: number): boolean {
    const theme = labelled(text, SETTING_LABELS.theme);
    if (theme !== null) {
      const id = THEME_NAMES[theme.trim().toLowerCase()];
      if (id) this.settings.theme = id;
      else {
        const names = Object.keys(THEME_NAMES).filter((k) => !k.includes('-')).join(', ');
        this.warn(no, `"${theme.slice(0, 40)}" is not a theme (use ${names}); ignored`, { key: 'outlineText:warn.badTheme', params: { value: theme.slice(0, 40), names } });
      }
      return true;
    }
    const aspect = labelled(text, SETTING_LABELS.aspect);
    if (aspect !== null) {
      const a = aspect.replace(/\s+/g, '');
      if (a === '16:9' || a === '4:3') this.settings.aspect = a;
      else this.warn(no, `"${aspect.slice(0, 40)}" is not an aspect (use 16:9 or 4:3); ignored`, { key: 'outlineText:warn.badAspect', params: { value: aspect.slice(0, 40) } });
      return true;
    }
    for (const [key, names] of Object.entries(META_LABELS)) {
      const value = labelled(text, names);
      if (value === null) continue;
      if (!value) return true;
      if (key === 'marking') {
        this.marking = outlineMarking(limit(value, 200, 'marking', no));
      } else if (key === 'date' || key === 'asOf') {
        const date = parseDate(value);
        if (date) this.meta[key] = date;
        else this.warn(no, `"${value.slice(0, 40)}" is not a date this format reads (use yyyy-mm-dd); ignored`, { key: 'outlineText:warn.badDateIgnored', params: { value: value.slice(0, 40) } });
      } else if (key === 'lang') {
        if (/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value)) this.meta.lang = value;
        else this.warn(no, `"${value.slice(0, 40)}" is not a language tag such as en or ko; ignored`, { key: 'outlineText:warn.badLang', params: { value: value.slice(0, 40) } });
      } else {
        this.meta[key] = limit(value, key === 'presenter' || key === 'office' || key === 'organisation' ? 200 : 500, key, no);
      }
      return true;
    }
    // Before the first section and the first point, an unknown `Word: value` line is a header
    // the format does not know (an e-mail's `To:`, a `Theme2:` typo): say so, never make a slide.
    const unknown = HEADER_LABEL.exec(text);
    if (unknown && this.pointCount === 0 && !this.isKnownLabel(text)) {
      this.warn(no, `unknown label "${unknown[1]}:" before the first section; the line is ignored: ${text.slice(0, 80)}`, {
        key: 'outlineText:warn.unknownLabel',
        params: { label: unknown[1] ?? '', text: text.slice(0, 80) },
      });
      return true;
    }
    return false;
  }

  private isKnownLabel(text: string): boolean {
    return labelled(text, [...NOTE_LABELS, ...SOURCE_LABELS, ...FIGURE_LABELS]) !== null;
  }

  private addItem(raw: string, no: number): void {
    const section = this.currentSection(no);
    const list = this.mode === 'sources' ? section.sources : this.mode === 'figures' ? section.figures : section.options;
    const max = this.mode === 'options' ? 20 : LIMITS.perSectionItems;
    if (list.length >= max) throw new OutlineError(no, `a section holds at most ${max} ${this.mode}`, { key: 'outlineText:error.tooManyItems', params: { max } });
    this.lastItem = { raw, line: no };
    list.push(this.lastItem);
  }

  // ---- points ----------------------------------------------------------------------

  private newPoint(text: string, no: number): Point {
    if (++this.pointCount > LIMITS.points) throw new OutlineError(no, `a deck holds at most ${LIMITS.points} points`, { key: 'outlineText:error.tooManyPoints', params: { max: LIMITS.points } });
    return { id: newId('p'), text, cites: [], portion: '', children: [] };
  }

  private bulletPoint(l: OutlineLine, text: string, markerWidth: number, marker: string): void {
    if (!text) return; // an empty bullet is a stray marker, not a point
    const section = this.pointsOnly ? null : this.currentSection(l.no);
    this.nestAt(l, marker);
    const draft: PointDraft = { point: this.newPoint(text, l.no), line: l.no, indent: l.indent, contentIndent: l.indent + markerWidth, fromBullet: true, marker };
    this.attach(draft, section);
  }

  /**
   * A line without a marker. Under a bullet it continues that bullet when it is indented to
   * the bullet's text (even after a blank line), or follows it directly and is indented past
   * the marker, or both sit at the margin (Markdown's "lazy" line: hard-wrapped e-mail).
   * Otherwise it is a point of its own, nested by its indentation like a bullet: e-mail and
   * Word drafts indent sub-points with tabs or spaces and no marker, and write siblings of an
   * indented bullet at its column. Plain lines never wrap: they are one point each.
   */
  private textPoint(l: OutlineLine, fromHeading: boolean): void {
    const last = this.last;
    if (!fromHeading && last?.fromBullet) {
      const lazy = !this.prevBlank && (l.indent > last.indent || (l.indent === 0 && last.indent === 0));
      const continues = l.indent >= last.contentIndent || lazy;
      if (continues) {
        last.point.text = limit(`${last.point.text} ${l.text}`, LIMITS.textChars, 'point', last.line);
        return;
      }
    }
    const section = this.pointsOnly ? null : this.currentSection(l.no);
    // A sub-heading inside a section is a top-level point whatever its indentation.
    if (fromHeading) this.stack = [];
    else this.nestAt(l);
    const draft: PointDraft = { point: this.newPoint(l.text, l.no), line: l.no, indent: l.indent, contentIndent: l.indent, fromBullet: false, marker: null };
    this.attach(draft, section);
  }

  /**
   * Closes the points this line is not indented past; caps the depth with a warning. At the
   * same column, a list marker of the next level down (MARKER_CHILDREN: `1.` → `a.` → `(1)`,
   * `•` → `o` → `§`…) nests under the item above, and a marker kind already open at that
   * column closes back to it: staff papers and Word's flush-left lists show levels that way.
   */
  private nestAt(l: OutlineLine, marker: string | null = null): void {
    while (this.stack.length > 0) {
      const top = this.stack[this.stack.length - 1] as PointDraft;
      if (top.indent < l.indent) break;
      if (top.indent > l.indent || !marker || !top.marker || top.marker === marker) {
        this.stack.pop();
        if (top.indent === l.indent && top.marker === marker && marker) break;
        continue;
      }
      // Same column, another marker kind: back to an open item of this kind, or one level down.
      if (this.stack.some((d) => d.indent === l.indent && d.marker === marker)) {
        this.stack.pop();
        continue;
      }
      if (MARKER_CHILDREN[top.marker]?.includes(marker)) break;
      this.stack.pop();
    }
    if (this.stack.length >= LIMITS.pointDepth) {
      this.warn(l.no, `points nest at most ${LIMITS.pointDepth} levels; this one is kept at level ${LIMITS.pointDepth}`, { key: 'outlineText:warn.tooDeep', params: { max: LIMITS.pointDepth } });
      this.stack.length = LIMITS.pointDepth - 1;
    }
  }

  private attach(draft: PointDraft, section: SectionDraft | null): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.point.children.push(draft.point);
    else if (section) section.points.push(draft.point);
    else this.loosePoints.push(draft.point);
    section?.all.push(draft);
    this.stack.push(draft);
    this.last = draft;
    this.lastItem = null;
  }

  // ---- the end ---------------------------------------------------------------------

  comment(line: number, text: string): void {
    if (this.pointsOnly) return;
    this.currentSection(line).notes.push(text);
  }

  finish(): Section[] {
    this.closeNotesParagraph();
    if (this.pendingGrid) {
      this.warn(this.pendingGrid.line.no, 'no pipe table follows this label; kept as a point', { key: 'outlineText:warn.noTable' });
      const { line } = this.pendingGrid;
      this.pendingGrid = null;
      this.textPoint(line, false);
    }
    return this.sections.map((draft) => this.finishSection(draft));
  }

  private finishSection(d: SectionDraft): Section {
    const byNumber = new Map<number, string>();
    d.sources.forEach((item, index) => {
      const f = parseSourceLine(item.raw);
      const source: Source = {
        id: newId('src'),
        title: limit(f.title, 1000, 'source title', item.line),
        publisher: limit(f.publisher, 500, 'source publisher', item.line),
        date: f.date,
        url: limit(f.url, 2000, 'source URL', item.line),
      };
      const id = this.deckSource(source, item.line);
      const number = f.number ?? index + 1;
      if (byNumber.has(number)) this.warn(item.line, `source [${number}] is numbered twice; citations go to the first`, { key: 'outlineText:warn.sourceTwice', params: { n: number } });
      else byNumber.set(number, id);
    });

    for (const p of d.all) {
      const { text, cites, unknown } = extractCites(p.point.text, byNumber);
      p.point.text = text;
      p.point.cites = cites;
      for (const n of unknown) {
        if (d.sources.length === 0) this.warn(p.line, `[${n}] cites a source but the section has no "Sources:" list; kept as text`, { key: 'outlineText:warn.noSources', params: { n } });
        else this.warn(p.line, `[${n}] matches no source in this section's list; kept as text`, { key: 'outlineText:warn.unknownCite', params: { n } });
      }
    }

    const figures: KeyFigure[] = d.figures.map((item) => this.figure(item, byNumber));
    let table: Section['table'] = null;
    let chart: Section['chart'] = null;
    for (const g of d.grids) {
      const got = finishGrid(g, byNumber, (n, m, u) => this.warn(n, m, u));
      table = got.table ?? table;
      chart = got.chart ?? chart;
    }
    const notes = d.notes.filter((n) => n.trim() !== '').join('\n\n');
    if (notes.length > 100_000) throw new OutlineError(d.line, 'speaker notes longer than 100000 characters', { key: 'outlineText:error.tooLong', params: { max: 100_000 } });

    const section: Section = {
      id: d.id,
      kind: d.kind,
      title: d.title,
      points: d.points,
      notes,
      figures,
      image: null,
      table,
      chart,
      marking: null,
      decision: this.decision(d),
    };
    return section;
  }

  /** The deck source id for a source line: an earlier identical source's, or a new one. */
  private deckSource(source: Source, line: number): string {
    const key = sourceKey(source);
    const known = this.sourceIds.get(key);
    if (known !== undefined) return known;
    if (this.sources.length >= LIMITS.sources) throw new OutlineError(line, `a deck holds at most ${LIMITS.sources} sources`, { key: 'outlineText:error.tooManySources', params: { max: LIMITS.sources } });
    this.sourceIds.set(key, source.id);
    this.sources.push(source);
    return source.id;
  }

  private figure(item: ItemDraft, byNumber: Map<number, string>): KeyFigure {
    let raw = item.raw;
    let sourceId = '';
    const cite = /\[(\d{1,4})\]\s*$/.exec(raw);
    if (cite) {
      const id = byNumber.get(Number(cite[1]));
      if (id) {
        sourceId = id;
        raw = raw.slice(0, cite.index).trimEnd();
      } else this.warn(item.line, `[${cite[1]}] matches no source in this section's list`, { key: 'outlineText:warn.figureCite', params: { n: cite[1] ?? '' } });
    }
    let asOf = '';
    const asOfMatch = /\((?:as of|as-of)\s+([^)]{1,40})\)/i.exec(raw);
    if (asOfMatch) {
      const date = parseDate(asOfMatch[1] ?? '');
      if (date) {
        asOf = date;
        raw = (raw.slice(0, asOfMatch.index) + raw.slice(asOfMatch.index + asOfMatch[0].length)).trim();
      } else this.warn(item.line, `"${asOfMatch[1]}" is not a date this format reads (use yyyy-mm-dd)`, { key: 'outlineText:warn.badDate', params: { value: asOfMatch[1] ?? '' } });
    }
    const colon = raw.search(/[:：]/);
    let label = raw;
    let value = '';
    let unit = '';
    if (colon > 0) {
      label = raw.slice(0, colon).trim();
      ({ value, unit } = splitFigureValue(raw.slice(colon + 1).trim()));
    } else {
      this.warn(item.line, 'a key figure reads "Label: value unit"; this one has no value', { key: 'outlineText:warn.figureNoValue' });
    }
    return {
      id: newId('fig'),
      label: limit(label, 200, 'figure label', item.line),
      value: limit(value, 100, 'figure value', item.line),
      unit: limit(unit, 100, 'figure unit', item.line),
      asOf,
      sourceId,
    };
  }

  private decision(d: SectionDraft): Decision | null {
    if (d.kind !== 'decision') return null;
    if (d.problem.length === 0 && d.options.length === 0 && !d.recommendation) return null;
    const options = d.options.map((item) => {
      const colon = item.raw.search(/[:：]| [—–-] /);
      const title = colon > 0 ? item.raw.slice(0, colon).trim() : item.raw.trim();
      const summary = colon > 0 ? item.raw.slice(colon + 1).replace(/^[—–-]?\s*/, '').trim() : '';
      return { id: newId('opt'), title: limit(title, 500, 'option title', item.line), summary: limit(summary, LIMITS.textChars, 'option summary', item.line) };
    });
    let recommendation = '';
    const rec = d.recommendation;
    if (rec) {
      const match = matchOption(rec.raw, options);
      if (match) recommendation = match;
      else {
        this.warn(rec.line, 'the recommendation names no option of this section; kept as a point', { key: 'outlineText:warn.recommendationNoOption' });
        d.points.push(this.newPoint(`Recommendation: ${rec.raw}`, rec.line));
      }
    }
    return { problem: limit(d.problem.join('\n'), LIMITS.textChars, 'problem', d.line), options, recommendation };
  }
}

/**
 * `17.3 billion USD` → value `17.3 billion`, unit `USD`: a number (with its scale word or %)
 * followed by a unit without digits. Anything else is one value, so `Nov 2023`,
 * `2023년 11월` and `Signed` stay whole (docs/OUTLINE.md, "Key figures").
 */
export function splitFigureValue(rest: string): { value: string; unit: string } {
  const m = FIGURE_NUMBER.exec(rest);
  // A bare percent sign belongs to its number (`40 %`), as a scale word does (`17.3 billion`).
  if (m && m[2] && !/\d/.test(m[2]) && !/^(?:%|percent)$/.test(m[2].trim())) return { value: (m[1] ?? '').trim(), unit: m[2].trim() };
  return { value: rest, unit: '' };
}

const FIGURE_NUMBER = /^([-+−]?[$€£₩¥]?\d[\d,.]*\s*(?:%|percent|thousand|million|billion|trillion|bn|mn|[kKmMbB](?![a-z])|천|만|억|조)?)\s+(\S.*)$/u;

/** "Option 2", "COA 2", "2" or the option's title (or the start of it). */
function matchOption(raw: string, options: { id: string; title: string }[]): string | null {
  const text = raw.trim().toLowerCase();
  const numbered = /^(?:option|coa|course of action)?\s*#?(\d{1,2})\b/i.exec(text);
  if (numbered) {
    const option = options[Number(numbered[1]) - 1];
    if (option) return option.id;
  }
  const byTitle = options.find((o) => o.title.toLowerCase() === text) ?? options.find((o) => o.title && text.startsWith(o.title.toLowerCase()));
  return byTitle?.id ?? null;
}

/**
 * No literal tab stays in the deck: a tab inside text (Word's `Label:\tvalue`, a pasted table
 * row) becomes one space. Indentation tabs were already read as nesting by then.
 */
function detab<T>(value: T): T {
  if (typeof value === 'string') return (value.includes('\t') ? value.replace(/[ \t]*\t[ \t]*/g, ' ') : value) as T;
  if (Array.isArray(value)) return value.map(detab) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, detab(v)])) as T;
  return value;
}

function limit(text: string, max: number, what: string, line: number): string {
  if (text.length > max) throw new OutlineError(line, `${what} longer than ${max} characters`, { key: 'outlineText:error.tooLong', params: { max } });
  return text;
}

/** Content language when none is given: Korean when Hangul outnumbers Latin letters. */
function detectLang(text: string): string {
  let hangul = 0;
  let latin = 0;
  const end = Math.min(text.length, 200_000); // a sample is plenty and keeps this cheap
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7a3) hangul++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return hangul > latin ? 'ko' : 'en';
}

function run(input: string, pointsOnly: boolean): { parser: OutlineParser; sections: Section[]; text: string } {
  if (typeof input !== 'string') throw new OutlineError(0, 'expected outline text', { key: 'outlineText:error.notText' });
  const normalised = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).replace(/\r\n?/g, '\n');
  const parser = new OutlineParser(pointsOnly);
  let text = normalised;
  let comments: { line: number; text: string }[] = [];
  if (!pointsOnly) {
    const split = extractComments(normalised);
    text = split.text;
    comments = split.notes;
    if (split.unterminatedLine !== null) parser.warn(split.unterminatedLine, '"<!--" has no closing "-->"; kept as text', { key: 'outlineText:warn.openComment' });
  }
  let next = 0;
  for (const line of splitLines(text)) {
    // Comments that start before this line belong to whatever section was open then;
    // one on this very line (e.g. after a heading) belongs to what this line opens.
    while (next < comments.length && (comments[next]?.line ?? 0) < line.no) parser.comment(comments[next]?.line ?? 0, comments[next++]?.text ?? '');
    parser.line(line);
    while (next < comments.length && comments[next]?.line === line.no) parser.comment(line.no, comments[next++]?.text ?? '');
  }
  while (next < comments.length) parser.comment(comments[next]?.line ?? 0, comments[next++]?.text ?? '');
  return { parser, sections: parser.finish(), text: normalised };
}


/**
 * `Marking: SECRET//NOFORN` → level secret + controls NOFORN, colours from the level. A
 * marking that is no known level becomes a custom banner with the text as written.
 */
function outlineMarking(value: string): Marking {
  const { level, controls } = parseMarking(value);
  return { level, controls, text: level === 'custom' ? value : '', color: '', textColor: '' };
}

/** Parses an outline into a deck, with warnings about anything it had to bend. */
export function parseOutlineDetailed(input: string): OutlineResult {
  const { parser, sections, text } = run(input, false);
  if (!parser.sectionHeadingSeen && sections.length === 1) {
    parser.warn(sections[0] ? 1 : 0, `no "##" headings: everything is one section, "${IMPLICIT_SECTION_TITLE}" (start each slide with a "## Title" line)`, {
      key: 'outlineText:warn.noHeadings',
      params: { title: IMPLICIT_SECTION_TITLE },
    });
  }
  const m = parser.meta;
  const base = createDeck();
  const deck: Deck = {
    ...base,
    meta: {
      ...base.meta,
      ...(m.title ? { title: m.title } : {}),
      ...(m.subtitle ? { subtitle: m.subtitle } : {}),
      ...(m.presenter ? { presenter: m.presenter } : {}),
      ...(m.office ? { office: m.office } : {}),
      ...(m.organisation ? { organisation: m.organisation } : {}),
      ...(m.date ? { date: m.date } : {}),
      ...(m.asOf ? { asOf: m.asOf } : {}),
      lang: m.lang ?? detectLang(text),
    },
    marking: parser.marking ?? base.marking,
    settings: { ...base.settings, ...parser.settings },
    sources: parser.sources,
    sections,
  };
  // The schema is the last word: whatever this parser builds must restore like a file.
  return { deck: restoreDeck({ type: 'briefdeck', version: FORMAT_VERSION, deck: detab(deck) }), warnings: parser.warnings };
}

export function parseOutline(input: string): Deck {
  return parseOutlineDetailed(input).deck;
}

/**
 * Paste: the same line rules, but headings, labels and comments are ordinary text and
 * no sections are made. `[1]` markers stay as text (there is no Sources list to match).
 */
export function parseOutlinePoints(input: string): Point[] {
  return detab(run(input, true).parser.loosePoints);
}
