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
import { flow, type BoxItem, type Item, type Page, type TextItem } from './flow.ts';
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
}

export interface SectionPart {
  part: number;
  parts: number;
  title: string;
  badge: string | null;
  blocks: LayoutBlock[];
  notes: string;
  geometry: SlideGeometry;
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

function pointItems(env: SectionEnv, points: readonly Point[], depth: 1 | 2 | 3, out: TextItem[]): void {
  for (const p of points) {
    if (!isShown(p)) continue;
    const d = depth - 1;
    const cites = citesOf(env, p.cites);
    const shownChildren = depth < 3 && p.children.some(isShown);
    out.push({
      type: 'text',
      role: 'point',
      id: p.id,
      depth,
      px: (POINT.px[d] as number) * env.scale,
      lh: POINT.lh,
      indent: (POINT.indent[d] as number) * env.scale,
      gap: (POINT.gap[d] as number) * env.scale,
      // A portion mark "(S) " is drawn before the text (compile/marking.ts), so it is measured with it.
      ws: words(p.portion ? `(${p.portion}) ${p.text}` : p.text),
      cites,
      tailEm: citeEm(cites),
      continued: false,
      hasChildren: shownChildren,
    });
    if (depth < 3) pointItems(env, p.children, (depth + 1) as 2 | 3, out);
  }
}

/** The heading: size steps down while a long title wraps, so it never takes the slide. */
export function headingFor(title: string, badge: string | null, width: number): { px: number; lines: number; h: number } {
  let px: number = HEADING.sizes[0];
  let lines = 1;
  for (let i = 0; i < HEADING.sizes.length; i++) {
    px = HEADING.sizes[i] as number;
    lines = lineCount(title, px, width);
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
  const titleLines = lineCount(o.title, DECISION.optionPx, inner, badgeEm);
  const summaryLines = o.summary ? lineCount(o.summary, DECISION.summaryPx, inner) : 0;
  const text = titleLines * lineH(DECISION.optionPx, DECISION.lh) + (summaryLines ? 2 + summaryLines * lineH(DECISION.summaryPx, DECISION.lh) : 0);
  const h = 2 * DECISION.optionPadY + 2 * DECISION.optionBorder + Math.max(DECISION.optionNo, text);
  return { type: 'box', h, gap: DECISION.optionGap, data: { kind: 'option', opt: { id: o.id, n, title: o.title, summary: o.summary, recommended } } };
}

/** Lay out one section over as many parts as it needs. */
export function layoutSection(env: SectionEnv, section: Section): SectionPart[] {
  const { frame } = env;
  const bodyW = frame.width - 2 * frame.padX;
  const contTitle = `${section.title} (${env.labels.continued})`;
  // Measured with the "(cont.)" suffix so every part has the same heading height.
  const head = headingFor(contTitle, env.badge, bodyW);
  const bodyTop = frame.top + head.h + HEADING.marginBottom;
  const bodyH = frame.bottom - bodyTop;

  // Main column: decision problem and options, then points.
  const main: Item<MainData>[] = [];
  const d = section.kind === 'decision' ? section.decision : null;
  const points: TextItem[] = [];
  pointItems(env, section.points, 1, points);
  const side: Item<SideData>[] = [];
  const hasImage = section.image !== null;
  const hasSide = hasImage || section.figures.length > 0;
  const hasMain = points.length > 0 || (d !== null && (d.problem.trim() !== '' || d.options.length > 0));
  const sideW = hasSide ? (hasMain ? Math.round(bodyW * SIDE.share) : bodyW) : 0;
  const mainW = hasSide && hasMain ? bodyW - sideW - SIDE.gap : bodyW;
  const title = section.title.trim().toLowerCase();
  if (d && d.problem.trim() !== '') {
    if (title !== env.labels.problem.toLowerCase()) main.push({ type: 'box', h: DECISION.labelH, gap: 0, data: { kind: 'label', text: env.labels.problem }, keepWithNext: true });
    main.push({ type: 'text', role: 'problem', id: 'problem', depth: 1, px: DECISION.problemPx * env.scale, lh: DECISION.lh, indent: 0, gap: 0, ws: words(d.problem), cites: [], tailEm: 0, continued: false, hasChildren: false });
  }
  if (d && d.options.length > 0) {
    if (title !== env.labels.options.toLowerCase()) main.push({ type: 'box', h: DECISION.labelH, gap: DECISION.groupGap, data: { kind: 'label', text: env.labels.options }, keepWithNext: true });
    d.options.forEach((o, i) => main.push({ ...optionItem(o, i + 1, o.id === d.recommendation, mainW, env), gap: i === 0 && title === env.labels.options.toLowerCase() ? DECISION.groupGap : DECISION.optionGap }));
  }
  if (points.length > 0 && main.length > 0) (points[0] as TextItem).gap = DECISION.groupGap;
  main.push(...(points as Item<MainData>[]));

  if (section.image) {
    const h = Math.min(bodyH * IMAGE.maxShare, sideW * 0.75);
    side.push({ type: 'box', h, gap: FIGURE.gap, data: { kind: 'image', dataUrl: section.image.dataUrl, alt: section.image.alt } });
  }
  // With no points the figures take the whole width, in a grid of callouts.
  const cols = hasMain ? 1 : Math.max(1, Math.min(section.figures.length, Math.floor((bodyW + FIGURE.gap) / (280 + FIGURE.gap))));
  const figW = (sideW - (cols - 1) * FIGURE.gap) / cols;
  const figItems = section.figures.map((f) => figureItem(env, f, figW, section));
  for (let i = 0; i < figItems.length; i += cols) {
    const row = figItems.slice(i, i + cols);
    const h = Math.max(...row.map((r) => r.h));
    // A row of the grid is one box; its figures are laid side by side below.
    const box: BoxItem<SideData> = { type: 'box', h, gap: FIGURE.gap, data: (row[0] as BoxItem<SideData>).data };
    rows.set(box, row.map((r) => r.data as FigureData));
    side.push(box);
  }

  const mainPages: Page<MainData>[] = main.length > 0 ? flow(main, mainW, bodyH) : [];
  const sidePages: Page<SideData>[] = side.length > 0 ? flow(side, sideW, bodyH) : [];
  const parts = Math.max(1, mainPages.length, sidePages.length);
  const out: SectionPart[] = [];
  const x0 = frame.padX;
  const sideX = hasMain ? x0 + mainW + SIDE.gap : x0;
  for (let k = 0; k < parts; k++) {
    const blocks: LayoutBlock[] = [];
    const mp = mainPages[k];
    if (mp) blocks.push(...mainBlocks(mp, x0, bodyTop + (bodyH - mp.used) / 2, mainW, section.kind === 'decision'));
    const sp = sidePages[k];
    if (sp) blocks.push(...sideBlocks(sp, sideX, bodyTop + (bodyH - sp.used) / 2, sideW, cols, figW));
    out.push({
      part: k + 1,
      parts,
      title: k === 0 ? section.title : contTitle,
      badge: env.badge,
      blocks,
      notes: k === 0 ? section.notes : section.notes.trim() !== '' ? env.labels.notesContinued : '',
      geometry: geometry(frame, env.badge, head, bodyTop, bodyH),
    });
  }
  return out;
}

/** Grid rows: the figures that share one row box (one per row in the side column). */
const rows = new WeakMap<object, FigureData[]>();

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
  let dec: { top: number; problem: string; options: DecisionOption[]; bottom: number } | null = null;
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
      pts.push({ id: it.id, depth: it.depth, text: p.text ?? '', cites: p.continues ? [] : it.cites, continued: it.continued, continues: p.continues ?? false, fontPx: it.px, lineHeightPx: lineH(it.px, it.lh), lines: p.lines ?? 1, box });
    } else {
      flushPoints(lastBottom);
      dec ??= { top: y, problem: '', options: [], bottom: y };
      if (it.type === 'text') dec.problem += (dec.problem ? ' ' : '') + (p.text ?? '');
      else if ((it.data as MainData).kind === 'option') dec.options.push({ ...(it.data as OptionData).opt, box: { x, y, w, h: p.h } });
      dec.bottom = y + p.h;
    }
    lastBottom = y + p.h;
  }
  if (dec && decision) blocks.unshift({ kind: 'decision', box: { x, y: dec.top, w, h: dec.bottom - dec.top }, problem: dec.problem, options: dec.options, fontPx: DECISION.optionPx });
  flushPoints(lastBottom);
  return blocks;
}

function sideBlocks(page: Page<SideData>, x: number, y0: number, w: number, cols: number, figW: number): LayoutBlock[] {
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
    const row = rows.get(p.item) ?? [data];
    row.forEach((f, i) => figs.push({ ...f.fig, box: { x: x + i * (figW + FIGURE.gap), y, w: cols === 1 ? w : figW, h: p.h } }));
    bottom = y + p.h;
  }
  if (figs.length > 0) blocks.push({ kind: 'figures', box: { x, y: top, w, h: bottom - top }, figures: figs });
  figs = [];
  return blocks;
}
