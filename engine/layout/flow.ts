/**
 * The breaker: a column of items flowed into slide-high pages. Points split at their own
 * boundaries; a point keeps its first sub-point with it where it can; a point longer than
 * the room left splits at a sentence end, else between words (never a one-line orphan).
 */
import { wrap, joinWords, type Word } from './measure.ts';
import { lineH } from './frame.ts';

/** A paragraph-like item: a point at some depth, or the decision's problem statement. */
export interface TextItem {
  type: 'text';
  id: string;
  depth: 1 | 2 | 3;
  px: number;
  lh: number;
  /** Horizontal indent of the text inside the column. */
  indent: number;
  gap: number;
  ws: Word[];
  cites: number[];
  /** Width of the citation marks in em of px (glued to the last word). */
  tailEm: number;
  continued: boolean;
  /** The point has sub-points: keep the first with it. */
  hasChildren: boolean;
  role: 'point' | 'problem';
  /** Portion mark before the text ('' for none) and its width in em, on the first fragment. */
  portion: string;
  headEm: number;
  /** The whole text as typed, shown when the item is placed whole (saves re-joining its words). */
  full?: string;
}

/** A block that does not split (an option, a figure, the image, a label). */
export interface BoxItem<T = unknown> {
  type: 'box';
  h: number;
  gap: number;
  data: T;
  /** Keep with the next item on the same page (a label over its list). */
  keepWithNext?: boolean;
}

export type Item<T = unknown> = TextItem | BoxItem<T>;

/** A placed item: its y in the column (from the column top), height and, for text, its fragment. */
export interface Placed<T = unknown> {
  item: Item<T>;
  y: number;
  h: number;
  /** For text: the markup shown, the lines, whether it continues on the next page. */
  text?: string;
  lines?: number;
  continues?: boolean;
  /** The gap actually left above it (none at the top of a page). */
}

export interface Page<T = unknown> {
  items: Placed<T>[];
  used: number;
}

/**
 * A place in the column: item `at`, from its word `offset` (0 unless the page begins with the
 * rest of a point split on the page before). Where each page begins is all a flow needs to
 * start again from that page: a page depends only on the items from its start onwards.
 */
export interface FlowAt {
  at: number;
  offset: number;
}

export interface FlowResult<T> {
  pages: Page<T>[];
  /** Where each page of `pages` begins (same length). */
  starts: FlowAt[];
  /** Where the flow stopped early because `stop` said so, or null when it ran to the end. */
  stopped: FlowAt | null;
}

const SENTENCE_END = /[.!?。？！]["'”’)\]]*$|다\.$/u;

function textHeight(it: TextItem, lines: number): number {
  return lines * lineH(it.px, it.lh);
}

function linesOf(it: TextItem, width: number): [number, number][] {
  return wrap(it.ws, it.px, width - it.indent, it.tailEm, it.continued ? 0 : it.headEm).lines;
}

/** The rest of a text item from word `offset` on: what a split leaves for the next page. */
function restOf(it: TextItem, offset: number): TextItem {
  const { full: _full, ...plain } = it;
  void _full;
  return { ...plain, ws: it.ws.slice(offset), continued: true, gap: 0 };
}

/** Flow `items` into pages `height` px high in a column `width` px wide. */
export function flow<T>(items: readonly Item<T>[], width: number, height: number): Page<T>[] {
  return flowFrom(items, width, height).pages;
}

/**
 * The flow from `start` (the start of a page in an earlier flow of the same items up to
 * there; the top by default). At every page boundary `stop`, when given, may end it: the
 * incremental layout (section.ts) stops once the breaks line up with the previous layout.
 */
export function flowFrom<T>(items: readonly Item<T>[], width: number, height: number, start: FlowAt = { at: 0, offset: 0 }, stop?: (next: FlowAt) => boolean): FlowResult<T> {
  const pages: Page<T>[] = [];
  const starts: FlowAt[] = [start];
  let page: Page<T> = { items: [], used: 0 };
  // Items by index (shift() on a 2000-point section is quadratic); a split leaves its rest in
  // `cur`, `offset` words into the item at `at`.
  let at = start.at;
  let offset = start.offset;
  let cur: Item<T> | undefined = offset > 0 ? restOf(items[at] as TextItem, offset) : items[at];
  let stopped: FlowAt | null = null;
  /** Ends the page; false when `stop` ends the flow here. */
  const newPage = (): boolean => {
    pages.push(page);
    page = { items: [], used: 0 };
    const next = { at, offset };
    if (stop?.(next)) {
      stopped = next;
      return false;
    }
    starts.push(next);
    return true;
  };
  const advance = (): void => {
    at++;
    offset = 0;
    cur = items[at];
  };
  let guard = 0;
  while (cur !== undefined) {
    if (++guard > 1_000_000) break; // a runaway would be a bug; never hang the editor
    const it: Item<T> = cur;
    const gap = page.items.length === 0 ? 0 : it.gap;
    const room = height - page.used - gap;
    if (it.type === 'box') {
      const next = items[at + 1];
      const need = it.h + (it.keepWithNext && next ? next.gap + (next.type === 'box' ? next.h : lineH(next.px, next.lh)) : 0);
      if (need > room && page.items.length > 0) {
        if (!newPage()) break;
        continue;
      }
      page.items.push({ item: it, y: page.used + gap, h: it.h });
      page.used += gap + it.h;
      advance();
      continue;
    }
    const lines = linesOf(it, width);
    const lh = lineH(it.px, it.lh);
    const h = textHeight(it, lines.length);
    // Keep a point with its first sub-point: both must fit, unless they cannot share any page.
    let need = h;
    const next = items[at + 1];
    if (it.hasChildren && next && next.type === 'text' && next.depth > it.depth) need += next.gap + lh;
    if (need <= room + 0.01 || (h <= room + 0.01 && need > height)) {
      page.items.push({ item: it, y: page.used + gap, h, text: it.full ?? joinWords(it.ws, 0, it.ws.length), lines: lines.length, continues: false });
      page.used += gap + h;
      advance();
      continue;
    }
    const fit = Math.floor((room + 0.01) / lh);
    // Split here only when the point cannot fit a page at all, or it would leave a big hole.
    const worthSplitting = h > height - 0.01 || room > height * 0.35;
    if (fit >= 2 && lines.length > fit && worthSplitting) {
      const cut = splitAt(it.ws, lines, fit);
      const { full: _full, ...plain } = it;
      void _full;
      const first: TextItem = { ...plain, ws: it.ws.slice(0, cut), tailEm: 0, cites: [] };
      const firstLines = linesOf(first, width).length;
      const fh = textHeight(first, firstLines);
      page.items.push({ item: first, y: page.used + gap, h: fh, text: joinWords(it.ws, 0, cut), lines: firstLines, continues: true });
      page.used += gap + fh;
      // The rest's words keep their bold state, so its markup reopens `**` where needed.
      cur = restOf(it, cut);
      offset += cut;
      if (!newPage()) break;
      continue;
    }
    if (page.items.length > 0) {
      if (!newPage()) break;
      continue;
    }
    // An empty page and not two lines of room (cannot happen at legible sizes): place it whole.
    page.items.push({ item: it, y: 0, h, text: it.full ?? joinWords(it.ws, 0, it.ws.length), lines: lines.length, continues: false });
    page.used += h;
    advance();
  }
  if (stopped === null && (page.items.length > 0 || pages.length === 0)) pages.push(page);
  // A last empty page never happens (a page ends only with an item still to place), but keep
  // `starts` in step with `pages` whatever the loop did.
  starts.length = pages.length;
  return { pages, starts, stopped };
}

/**
 * The word index to cut at so the first part fills at most `fit` lines: the last sentence end
 * in the second half of those lines, else the end of the last whole line.
 */
function splitAt(ws: readonly Word[], lines: [number, number][], fit: number): number {
  const end = (lines[fit - 1] as [number, number])[1];
  const half = (lines[Math.max(0, Math.floor(fit / 2) - 1)] as [number, number])[1];
  for (let i = end - 1; i >= half && i > 0; i--) {
    if (SENTENCE_END.test((ws[i] as Word).raw)) return i + 1;
  }
  return Math.max(1, end);
}

