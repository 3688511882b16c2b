/**
 * One section → its slides. The rule, in one place:
 *   - The heading is the same on every part; parts after the first say "(cont.)".
 *   - Points (and a decision's problem and options) flow down the main column over as many
 *     parts as they need (see flow.ts for how a point splits).
 *   - A section with key figures or an image gets two columns: the image, then the figures as
 *     big-number callouts, flow down the right column from the first part on; a section with
 *     no points gives them the whole width. The section takes as many parts as its longer
 *     column needs.
 *   - Notes go on the first part; later parts' notes say where they are.
 *   - Citations keep their deck-wide numbers; a split point shows its marks on its last part.
 *   - Each column is centred in the height left under the heading (balanced, not hanging).
 */
import { formatAsOf } from '../compile/dates.ts';
import type { Point, Section } from '../model/schema.ts';
import { emWidth, lineCount, words } from './measure.ts';
import { flow, flowFrom, type BoxItem, type FlowAt, type Item, type Page, type TextItem } from './flow.ts';
import { layoutWork } from './work.ts';
import { DECISION, FIGURE, HEADING, IMAGE, POINT, SIDE, lineH, type Frame } from './frame.ts';
import type { Box, DecisionOption, LaidOutFigure, LaidOutPoint, LayoutBlock, SlideGeometry } from './types.ts';

export interface SectionEnv {
  frame: Frame;
  /** The section's source numbers by source id. */
  cite: (id: string) => number | undefined;
  labels: { continued: string; recommended: string; problem: string; options: string; asOf: string; notesContinued: string; lang: 'en' | 'ko' };
  /** Badge over the title, or null. */
  badge: string | null;
  /** Body text scale, 1 unless the deck asks for one slide per section (then ≥ MIN). */
  scale: number;
  /**
   * Everything else the section's items depend on (the deck's language and labels, the
   * numbers of the sources it cites): an earlier layout is built on only when this is equal.
   */
  key?: string;
}

export interface SectionPart {
  part: number;
  parts: number;
  title: string;
  badge: string | null;
  blocks: LayoutBlock[];
  notes: string;
  geometry: SlideGeometry;
  /** The points' scale: 1, or SHRINK when the section was set smaller to fit one slide. */
  scale: number;
}

/**
 * A point's measured words, by point object: the store keeps the identity of every point a
 * keystroke did not touch, so re-laying out a 2000-point section measures one point again.
 * The text is kept with the entry, so a point changed in place is measured afresh.
 */
const measured = new WeakMap<Point, { text: string; strong: boolean; ws: ReturnType<typeof words> }>();
function wordsOf(p: Point): ReturnType<typeof words> {
  const hit = measured.get(p);
  if (hit && hit.text === p.text) return hit.ws;
  const ws = words(p.text);
  measured.set(p, { text: p.text, strong: false, ws });
  return ws;
}

const isShown = (p: Point): boolean => p.text.trim() !== '' || p.children.length > 0 || p.cites.length > 0;

/** Width of "[1][2]" in em of the point's size: 0.62 em bold digits plus the 0.15 em gap. */
function citeEm(ns: readonly number[]): number {
  if (ns.length === 0) return 0;
  return 0.15 + 0.62 * emWidth(ns.map((n) => `[${n}]`).join(''), true);
}

function citesOf(env: SectionEnv, ids: readonly string[]): number[] {
  const out: number[] = [];
  for (const id of ids) {
    const n = env.cite(id);
    if (n !== undefined && !out.includes(n)) out.push(n);
  }
  return out;
}

/**
 * The points as flow items, depth-first. `reuse` holds the items of the section's last layout
 * by point: a point the edit did not touch (the same object, at the same depth) brings back
 * the very same item, which is how the incremental layout tells what changed.
 */
function pointItems(env: SectionEnv, points: readonly Point[], depth: 1 | 2 | 3, out: TextItem[], reuse: Map<Point, TextItem> | null, keep: Map<Point, TextItem>): void {
  for (const p of points) {
    if (!isShown(p)) continue;
    const old = reuse?.get(p);
    if (old && old.depth === depth) {
      out.push(old);
      keep.set(p, old);
    } else {
      const d = depth - 1;
      const cites = citesOf(env, p.cites);
      const shownChildren = depth < 3 && p.children.some(isShown);
      const item: TextItem = {
        type: 'text',
        role: 'point',
        id: p.id,
        depth,
        px: (POINT.px[d] as number) * env.scale,
        lh: POINT.lh,
        indent: (POINT.indent[d] as number) * env.scale,
        gap: (POINT.gap[d] as number) * env.scale,
        ws: wordsOf(p),
        full: p.text,
        portion: p.portion ?? '',
        headEm: p.portion ? emWidth(`(${p.portion})`, true) + 0.26 : 0,
        cites,
        tailEm: citeEm(cites),
        continued: false,
        hasChildren: shownChildren,
      };
      out.push(item);
      keep.set(p, item);
    }
    if (depth < 3) pointItems(env, p.children, (depth + 1) as 2 | 3, out, reuse, keep);
  }
}

/** The heading: size steps down while a long title wraps, so it never takes the slide. */
export function headingFor(title: string, badge: string | null, width: number): { px: number; lines: number; h: number } {
  let px: number = HEADING.sizes[0];
  let lines = 1;
  for (let i = 0; i < HEADING.sizes.length; i++) {
    px = HEADING.sizes[i] as number;
    lines = lineCount(title, px, width, 0, true);
    if (lines <= (HEADING.maxLines[i] as number)) break;
  }
  const h = (badge ? HEADING.badgeH + HEADING.badgeGap : 0) + lines * lineH(px, HEADING.lh) + HEADING.padBottom + HEADING.rule;
  return { px, lines, h };
}

interface FigureData {
  kind: 'figure';
  fig: Omit<LaidOutFigure, 'box'>;
}
interface ImageData {
  kind: 'image';
  dataUrl: string;
  alt: string;
}
interface OptionData {
  kind: 'option';
  opt: Omit<DecisionOption, 'box'>;
}
interface LabelData {
  kind: 'label';
  text: string;
}
type SideData = FigureData | ImageData;
type MainData = OptionData | LabelData;

function figureItem(env: SectionEnv, f: Section['figures'][number], w: number, section: Section): BoxItem<SideData> {
  const inner = w - FIGURE.border - 2 * FIGURE.padX;
  // The value never wraps: its size steps down until value and unit fit the callout.
  let valuePx: number = FIGURE.valuePx;
  const valueEm = (): number => emWidth(f.value, true) + (f.unit ? 0.2 * (FIGURE.unitPx / valuePx) + emWidth(f.unit, true) * (FIGURE.unitPx / valuePx) : 0);
  while (valuePx > FIGURE.minValuePx && valueEm() * valuePx > inner) valuePx -= 2;
  const cite = f.sourceId ? (env.cite(f.sourceId) ?? null) : null;
  const labelLines = lineCount(f.label, FIGURE.labelPx, inner, cite ? citeEm([cite]) : 0);
  const asOf = formatAsOf(f.asOf, env.labels.lang);
  const valueLines = Math.max(1, Math.ceil((valueEm() * valuePx) / inner));
  const h =
    2 * FIGURE.padY +
    valueLines * lineH(valuePx, FIGURE.valueLh) +
    FIGURE.labelGap +
    labelLines * lineH(FIGURE.labelPx, FIGURE.labelLh) +
    (asOf ? 2 + lineCount(asOf, FIGURE.metaPx, inner) * lineH(FIGURE.metaPx, FIGURE.metaLh) : 0);
  void section;
  return { type: 'box', h, gap: FIGURE.gap, data: { kind: 'figure', fig: { id: f.id, value: f.value, unit: f.unit, label: f.label, asOf, cite, valuePx, labelPx: FIGURE.labelPx } } };
}

function optionItem(o: { id: string; title: string; summary: string }, n: number, recommended: boolean, w: number, env: SectionEnv): Item<MainData> {
  const inner = w - 2 * DECISION.optionPadX - 2 * DECISION.optionBorder - DECISION.optionNo - 14;
  const badgeEm = recommended ? 0.6 + emWidth(env.labels.recommended.toUpperCase(), true) * (15 / DECISION.optionPx) + 0.5 : 0;
  const titleLines = lineCount(o.title, DECISION.optionPx, inner, badgeEm, true);
  const summaryLines = o.summary ? lineCount(o.summary, DECISION.summaryPx, inner) : 0;
  const text = titleLines * lineH(DECISION.optionPx, DECISION.lh) + (summaryLines ? 2 + summaryLines * lineH(DECISION.summaryPx, DECISION.lh) : 0);
  const h = 2 * DECISION.optionPadY + 2 * DECISION.optionBorder + Math.max(DECISION.optionNo, text);
  return { type: 'box', h, gap: DECISION.optionGap, data: { kind: 'option', opt: { id: o.id, n, title: o.title, summary: o.summary, recommended } } };
}

/**
 * What the last layout of a section leaves for the next one (engine/layout/cache.ts keeps it
 * per section id and scale): a keystroke changes one point, so the pages before it are kept,
 * the main column is flowed again from the page that held it, and the flow stops as soon as a
 * page begins where one began last time (the rest is the same pages).
 */
export interface SectionMemo {
  /** The frame, heading, widths, scale and env key the pages were laid out in. */
  shape: string;
  /** Point items by point object (see pointItems). */
  items: Map<Point, TextItem>;
  /** The decision's items, and the decision they were made from. */
  decision: { of: Section['decision']; items: Item<MainData>[] } | null;
  /** The main column's items, pages and page starts. */
  main: Item<MainData>[];
  pages: Page<MainData>[];
  starts: FlowAt[];
  /** The side column's inputs, by identity. */
  side: readonly unknown[];
  /** The blocks drawn for a main page, for sections without a side column. */
  blocks: WeakMap<Page<MainData>, LayoutBlock[]>;
  parts: SectionPart[];
}

/** Lay out one section over as many parts as it needs. */
export function layoutSection(env: SectionEnv, section: Section): SectionPart[] {
  return layoutSectionFrom(env, section, null).parts;
}

/**
 * The same, building on `prev`, the section's last layout in the same env (or null). The
 * result equals a layout from scratch: tests/unit/engine/layout/incremental.test.ts checks it
 * over random edits.
 */
export function layoutSectionFrom(env: SectionEnv, section: Section, prev: SectionMemo | null): { parts: SectionPart[]; memo: SectionMemo } {
  layoutWork.sections++;
  const { frame } = env;
  const bodyW = frame.width - 2 * frame.padX;
  const contTitle = `${section.title} (${env.labels.continued})`;
  // Measured with the "(cont.)" suffix so every part has the same heading height.
  const head = headingFor(contTitle, env.badge, bodyW);
  const bodyTop = frame.top + head.h + HEADING.marginBottom;
  const bodyH = frame.bottom - bodyTop;

  // Main column: decision problem and options, then points.
  const d = section.kind === 'decision' ? section.decision : null;
  const hasImage = section.image !== null;
  const hasSide = hasImage || section.figures.length > 0;
  const points: TextItem[] = [];
  const hasPoints = section.points.some(isShown);
  const hasMain = hasPoints || (d !== null && (d.problem.trim() !== '' || d.options.length > 0));
  const sideW = hasSide ? (hasMain ? Math.round(bodyW * SIDE.share) : bodyW) : 0;
  const mainW = hasSide && hasMain ? bodyW - sideW - SIDE.gap : bodyW;
  const shape = [env.key ?? '', frame.width, frame.height, frame.padX, frame.top, frame.bottom, env.scale, section.kind, section.title, env.badge ?? '', mainW, sideW, bodyH, head.h, JSON.stringify(env.labels)].join('\u0000');
  const base = prev && prev.shape === shape ? prev : null;
  const keep = new Map<Point, TextItem>();
  pointItems(env, section.points, 1, points, base?.items ?? null, keep);
  const title = section.title.trim().toLowerCase();
  let main: Item<MainData>[];
  let decisionMemo: SectionMemo['decision'] = null;
  if (d) {
    const items = base?.decision && base.decision.of === d ? base.decision.items : decisionItems(env, d, title, mainW);
    decisionMemo = { of: d, items };
    main = [...items];
  } else main = [];
  if (points.length > 0 && main.length > 0) {
    // The first point after the options keeps the group gap: a copy, so the cached item stays as made.
    const first = points[0] as TextItem;
    const again = base?.main.find((it) => it.type === 'text' && it.role === 'point' && it.id === first.id && it.ws === first.ws && it.gap === DECISION.groupGap);
    points[0] = again && again.type === 'text' && sameBut(again, first) ? again : { ...first, gap: DECISION.groupGap };
  }
  for (const p of points) main.push(p as Item<MainData>);

  const side: Item<SideData>[] = [];
  if (section.image) {
    const h = Math.min(bodyH * IMAGE.maxShare, sideW * 0.75);
    side.push({ type: 'box', h, gap: FIGURE.gap, data: { kind: 'image', dataUrl: section.image.dataUrl, alt: section.image.alt } });
  }
  // With no points the figures take the whole width, in a grid of callouts.
  // Figures as rows of `cols` callouts (one per row in the side column; a grid at full width).
  const gridCols = (n: number): number => Math.max(1, Math.min(n, Math.floor((bodyW + FIGURE.gap) / (280 + FIGURE.gap))));
  const figureRows = (figs: readonly Section['figures'][number][], width: number, cols: number): BoxItem<SideData>[] => {
    const figW = (width - (cols - 1) * FIGURE.gap) / cols;
    const items = figs.map((f) => figureItem(env, f, figW, section));
    const out: BoxItem<SideData>[] = [];
    for (let i = 0; i < items.length; i += cols) {
      const row = items.slice(i, i + cols);
      // A row of the grid is one box; its figures are laid side by side in it.
      const box: BoxItem<SideData> = { type: 'box', h: Math.max(...row.map((r) => r.h)), gap: FIGURE.gap, data: (row[0] as BoxItem<SideData>).data };
      rows.set(box, { figs: row.map((r) => r.data as FigureData), cols, figW });
      out.push(box);
    }
    return out;
  };
  side.push(...figureRows(section.figures, sideW, hasMain ? 1 : gridCols(section.figures.length)));

  const flowed = main.length > 0 ? flowMain(main, mainW, bodyH, base) : { pages: [] as Page<MainData>[], starts: [] as FlowAt[] };
  const mainPages = flowed.pages;
  let sidePages: Page<SideData>[] = side.length > 0 ? flow(side, sideW, bodyH) : [];
  // Figures left over once the points have ended take the whole width as a grid, rather than
  // a right column beside nothing.
  let fullFrom = Infinity;
  if (hasMain && sidePages.length > mainPages.length) {
    const placed = new Set(sidePages.slice(0, mainPages.length).flatMap((pg) => pg.items.flatMap((it) => rows.get(it.item)?.figs.map((f) => f.fig.id) ?? [])));
    const rest = section.figures.filter((f) => !placed.has(f.id));
    const restImage = sidePages.slice(mainPages.length).some((pg) => pg.items.some((it) => (it.item as BoxItem<SideData>).data.kind === 'image'));
    const items: BoxItem<SideData>[] = [];
    if (restImage && section.image) items.push({ type: 'box', h: bodyH * IMAGE.maxShare, gap: FIGURE.gap, data: { kind: 'image', dataUrl: section.image.dataUrl, alt: section.image.alt } });
    items.push(...figureRows(rest, bodyW, gridCols(rest.length)));
    sidePages = [...sidePages.slice(0, mainPages.length), ...flow(items, bodyW, bodyH)];
    fullFrom = mainPages.length;
  }
  const sideInputs = [section.figures, section.image];
  // Side pages are the same as last time when their inputs are and the main column kept its length.
  const sameSide = base !== null && side.length > 0 && base.side.length === 2 && base.side[0] === sideInputs[0] && base.side[1] === sideInputs[1] && base.pages.length === mainPages.length;
  const blocksMemo = base?.blocks ?? new WeakMap<Page<MainData>, LayoutBlock[]>();
  const parts = Math.max(1, mainPages.length, sidePages.length);
  const out: SectionPart[] = [];
  const x0 = frame.padX;
  const sideX = hasMain ? x0 + mainW + SIDE.gap : x0;
  const geo = geometry(frame, env.badge, head, bodyTop, bodyH);
  for (let k = 0; k < parts; k++) {
    const mp = mainPages[k];
    const sp = sidePages[k];
    const old = base?.parts[k];
    let blocks: LayoutBlock[] | undefined;
    if (!sp && mp) blocks = blocksMemo.get(mp);
    else if (sp && sameSide && old && mp === base.pages[k]) blocks = old.blocks;
    if (!blocks) {
      layoutWork.parts++;
      blocks = [];
      if (mp) blocks.push(...mainBlocks(mp, x0, bodyTop + (bodyH - mp.used) / 2, mainW, section.kind === 'decision'));
      if (sp) blocks.push(...(k >= fullFrom ? sideBlocks(sp, x0, bodyTop + (bodyH - sp.used) / 2, bodyW) : sideBlocks(sp, sideX, bodyTop + (bodyH - sp.used) / 2, sideW)));
      if (!sp && mp) blocksMemo.set(mp, blocks);
    }
    const notes = k === 0 ? section.notes : section.notes.trim() !== '' ? env.labels.notesContinued : '';
    // The very part of last time when nothing on it changed: the HTML cache keys on it.
    if (old && old.blocks === blocks && old.parts === parts && old.notes === notes) out.push(old);
    else out.push({ part: k + 1, parts, title: k === 0 ? section.title : contTitle, badge: env.badge, blocks, notes, geometry: old?.geometry ?? geo, scale: env.scale });
  }
  const memo: SectionMemo = { shape, items: keep, decision: decisionMemo, main, pages: mainPages, starts: flowed.starts, side: sideInputs, blocks: blocksMemo, parts: out };
  return { parts: out, memo };
}

/** Two point items alike in everything but the gap (the decision's first point). */
function sameBut(a: TextItem, b: TextItem): boolean {
  return a.id === b.id && a.ws === b.ws && a.depth === b.depth && a.px === b.px && a.indent === b.indent && a.portion === b.portion && a.headEm === b.headEm && a.tailEm === b.tailEm && a.hasChildren === b.hasChildren && a.full === b.full && a.cites.length === b.cites.length && a.cites.every((n, i) => n === b.cites[i]);
}

function decisionItems(env: SectionEnv, d: NonNullable<Section['decision']>, title: string, mainW: number): Item<MainData>[] {
  const main: Item<MainData>[] = [];
  if (d.problem.trim() !== '') {
    if (title !== env.labels.problem.toLowerCase()) main.push({ type: 'box', h: DECISION.labelH, gap: 0, data: { kind: 'label', text: env.labels.problem }, keepWithNext: true });
    main.push({ type: 'text', role: 'problem', portion: '', headEm: 0, id: 'problem', depth: 1, px: DECISION.problemPx * env.scale, lh: DECISION.lh, indent: 0, gap: 0, ws: words(d.problem), cites: [], tailEm: 0, continued: false, hasChildren: false });
  }
  if (d.options.length > 0) {
    if (title !== env.labels.options.toLowerCase()) main.push({ type: 'box', h: DECISION.labelH, gap: DECISION.groupGap, data: { kind: 'label', text: env.labels.options }, keepWithNext: true });
    d.options.forEach((o, i) => main.push({ ...optionItem(o, i + 1, o.id === d.recommendation, mainW, env), gap: i === 0 && title === env.labels.options.toLowerCase() ? DECISION.groupGap : DECISION.optionGap }));
  }
  return main;
}

/**
 * The main column's pages, from scratch or from `base`: items are compared by identity from
 * both ends; the pages that end before the first changed item (with one item of look-ahead,
 * which keep-with-next needs) are kept, the flow runs again from the next page, and it stops
 * at the first page boundary that falls where a page began last time, past the change: from
 * there the items are the same, so the pages are too.
 */
function flowMain(items: Item<MainData>[], width: number, height: number, base: SectionMemo | null): { pages: Page<MainData>[]; starts: FlowAt[] } {
  if (!base || base.pages.length === 0) {
    const r = flowFrom(items, width, height);
    layoutWork.pages += r.pages.length;
    return r;
  }
  const old = base.main;
  const n = items.length;
  const o = old.length;
  let first = 0;
  while (first < n && first < o && items[first] === old[first]) first++;
  if (first === n && n === o) return { pages: base.pages, starts: base.starts };
  let same = 0;
  while (same < n - first && same < o - first && items[n - 1 - same] === old[o - 1 - same]) same++;
  const delta = n - o;
  // Page k is kept when the next page begins at least two items before the first change.
  let r = 0;
  while (r + 1 < base.pages.length && (base.starts[r + 1] as FlowAt).at + 1 < first) r++;
  const start = base.starts[r] as FlowAt;
  let resumeAt = -1;
  const res = flowFrom(items, width, height, start, (next) => {
    if (next.at < n - same) return false;
    resumeAt = findStart(base.starts, next.at - delta, next.offset);
    return resumeAt >= 0;
  });
  layoutWork.pages += res.pages.length;
  if (res.stopped === null) return { pages: [...base.pages.slice(0, r), ...res.pages], starts: [...base.starts.slice(0, r), ...res.starts] };
  const tail = base.starts.slice(resumeAt).map((s) => (delta === 0 ? s : { at: s.at + delta, offset: s.offset }));
  return { pages: [...base.pages.slice(0, r), ...res.pages, ...base.pages.slice(resumeAt)], starts: [...base.starts.slice(0, r), ...res.starts, ...tail] };
}

/** The page of `starts` (sorted) that begins at item `at`, word `offset`, or -1. */
function findStart(starts: readonly FlowAt[], at: number, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = starts[mid] as FlowAt;
    if (s.at === at && s.offset === offset) return mid;
    if (s.at < at || (s.at === at && s.offset < offset)) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Grid rows: the figures that share one row box, and the grid they sit in. */
const rows = new WeakMap<object, { figs: FigureData[]; cols: number; figW: number }>();

function geometry(frame: Frame, badge: string | null, head: { px: number; lines: number; h: number }, bodyTop: number, bodyH: number): SlideGeometry {
  const w = frame.width - 2 * frame.padX;
  return {
    bannerTop: { x: 0, y: 0, w: frame.width, h: 32 },
    bannerBottom: { x: 0, y: frame.height - 32, w: frame.width, h: 32 },
    bannerPx: 18,
    heading: { x: frame.padX, y: frame.top, w, h: head.h },
    headingPx: head.px,
    headingLines: head.lines,
    body: { x: frame.padX, y: bodyTop, w, h: bodyH },
    number: { x: frame.width - 20 - 120, y: frame.height - 44 - 16, w: 120, h: 16 },
    numberPx: 16,
  };
  void badge;
}

function mainBlocks(page: Page<MainData>, x: number, y0: number, w: number, decision: boolean): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  let pts: LaidOutPoint[] = [];
  let ptsTop = 0;
  let dec: { top: number; problem: string; problemBox?: Box; labels: { text: string; box: Box }[]; options: DecisionOption[]; bottom: number } | null = null;
  const flushPoints = (bottom: number): void => {
    if (pts.length === 0) return;
    blocks.push({ kind: 'points', box: { x, y: ptsTop, w, h: bottom - ptsTop }, points: pts });
    pts = [];
  };
  let lastBottom = y0;
  for (const p of page.items) {
    const y = y0 + p.y;
    const it = p.item;
    if (it.type === 'text' && it.role === 'point') {
      if (pts.length === 0) ptsTop = y;
      const box: Box = { x: x + it.indent, y, w: w - it.indent, h: p.h };
      pts.push({ id: it.id, depth: it.depth, portion: it.continued ? '' : it.portion, text: p.text ?? '', cites: p.continues ? [] : it.cites, continued: it.continued, continues: p.continues ?? false, fontPx: it.px, lineHeightPx: lineH(it.px, it.lh), lines: p.lines ?? 1, box });
    } else {
      flushPoints(lastBottom);
      dec ??= { top: y, problem: '', labels: [], options: [], bottom: y };
      const data = it.type === 'box' ? (it.data as MainData) : null;
      if (it.type === 'text') {
        dec.problem = p.text ?? '';
        dec.problemBox = { x, y, w, h: p.h };
      } else if (data?.kind === 'option') dec.options.push({ ...data.opt, box: { x, y, w, h: p.h } });
      else if (data?.kind === 'label') dec.labels.push({ text: data.text, box: { x, y, w, h: p.h } });
      dec.bottom = y + p.h;
    }
    lastBottom = y + p.h;
  }
  if (dec && decision) blocks.unshift({ kind: 'decision', box: { x, y: dec.top, w, h: dec.bottom - dec.top }, problem: dec.problem, ...(dec.problemBox ? { problemBox: dec.problemBox } : {}), labels: dec.labels, options: dec.options, fontPx: DECISION.optionPx });
  flushPoints(lastBottom);
  return blocks;
}

function sideBlocks(page: Page<SideData>, x: number, y0: number, w: number): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  let figs: LaidOutFigure[] = [];
  let top = 0;
  let bottom = 0;
  for (const p of page.items) {
    const y = y0 + p.y;
    const data = (p.item as { data: SideData }).data;
    if (data.kind === 'image') {
      blocks.push({ kind: 'image', box: { x, y, w, h: p.h }, dataUrl: data.dataUrl, alt: data.alt });
      continue;
    }
    if (figs.length === 0) top = y;
    const row = rows.get(p.item) ?? { figs: [data], cols: 1, figW: w };
    row.figs.forEach((f, i) => figs.push({ ...f.fig, box: { x: x + i * (row.figW + FIGURE.gap), y, w: row.cols === 1 ? w : row.figW, h: p.h } }));
    bottom = y + p.h;
  }
  if (figs.length > 0) blocks.push({ kind: 'figures', box: { x, y: top, w, h: bottom - top }, figures: figs });
  figs = [];
  return blocks;
}
