/**
 * Tables and charts on PowerPoint slides, native and editable: a TableBlock becomes an <a:tbl>
 * (pptxgenjs addTable) and a ChartBlock a chart part with its embedded workbook (addChart), so
 * the audience's staff can restyle a table or change a number in PowerPoint's data sheet.
 *
 * - The layout engine decided the slides: each TableBlock carries the body-row range [start,
 *   end) that fits its slide, and this file draws exactly those rows under the header row
 *   (repeated on every continuation slide), in equal-share columns at TABLE_FONT_PX with the
 *   row heights the layout measured (engine/compile/table.ts). PowerPoint's own auto-paging is off.
 * - Cells keep their inline bold/italic/code/links and their citations as superscript [n].
 * - Charts: column, bar (first category on top, as the HTML deck draws it), stacked bar and
 *   line, 1–4 series in the theme's chart colours, the unit as the value-axis title, values as
 *   data labels, Korean labels in the East Asian font. A highlighted category is coloured per
 *   point where pptxgenjs can (one series, bar or column: it writes <c:dPt> only there); for
 *   several series or a line chart the caption line names it instead.
 */
import type PptxGenJS from 'pptxgenjs';
import type { ChartBlock, TableBlock, Box } from '../../../engine/layout/index.ts';
import type { Section } from '../../../engine/model/schema.ts';
import type { TableCell } from '../../../engine/model/table.ts';
import { columnAlign } from '../../../engine/model/table.ts';
import { estimateRowHeights } from '../../../engine/compile/table.ts';
import { formatAsOf } from '../../../engine/compile/dates.ts';
import { citeNumbers } from '../../../engine/compile/sources.ts';
import { TABLE_FONT_PX } from '../../../engine/layout/extras.ts';
import { chartWords, describeChart } from '../../../engine/chart/index.ts';
import { hasHangul, inlineRuns, plain, type Run } from './runs.ts';
import { mix } from './theme.ts';
import { IN, PT, at, run, withCites, type Ctx, type Slide, type TextOptions, type TextProps } from './pptx-text.ts';

/** The caption line over a table, and the source / as-of line under a table or chart (px). */
const CAPTION_PX = 30;
const META_PX = 16;
/** What the HTML deck leaves under a chart for its caption line (engine/layout/extras.ts). */
const CHART_CHROME_PX = 50;

function sectionOf(ctx: Ctx, id: string): Section | undefined {
  return ctx.deck.sections.find((s) => s.id === id);
}

/** "Caption · Source [1] · As of 3 June 2024" as runs (the HTML deck's figcaption), or none. */
function metaRuns(ctx: Ctx, section: Section, caption: string, sourceId: string, asOf: string, extra = ''): Run[] {
  const w = chartWords(ctx.slideLang);
  const bits: Run[][] = [];
  if (caption.trim()) bits.push(inlineRuns(caption));
  const n = sourceId ? citeNumbers(ctx.sources, section, [sourceId]) : [];
  if (n.length) bits.push([{ text: `${w.source} ` }, { text: `[${n[0]}]`, superscript: true }]);
  if (asOf) bits.push([{ text: formatAsOf(asOf, ctx.slideLang) }]);
  if (extra) bits.push([{ text: extra }]);
  return bits.flatMap((b, i) => (i ? [{ text: ' · ' }, ...b] : b));
}

function metaLine(ctx: Ctx, slide: Slide, box: Box, runs: Run[]): void {
  if (runs.length === 0) return;
  const base: TextOptions = { fontSize: PT(META_PX), color: ctx.theme.muted };
  slide.addText(
    runs.map((r) => run(ctx, r, base)),
    { ...at(box), margin: 0, valign: 'top', fit: 'none' },
  );
}

export function tableSlide(ctx: Ctx, slide: Slide, b: TableBlock): void {
  const section = sectionOf(ctx, b.sectionId);
  const table = section?.table;
  if (!section || !table) return;
  const { theme } = ctx;
  const [start, end] = b.rows;
  const cols = table.header.length;
  const box = b.box;
  let y = box.y;
  if (table.caption.trim()) {
    const base: TextOptions = { fontSize: PT(TABLE_FONT_PX), color: theme.heading };
    const runs: TextProps[] = inlineRuns(table.caption).map((r) => run(ctx, { ...r, bold: true }, base));
    if (start > 0) runs.push(run(ctx, { text: ` (${chartWords(ctx.slideLang).continued})` }, { ...base, color: theme.muted }));
    slide.addText(runs, { ...at({ x: box.x, y, w: box.w, h: CAPTION_PX }), margin: 0, valign: 'top', fit: 'none' });
    y += CAPTION_PX;
  }
  const heights = estimateRowHeights(table, box.w, TABLE_FONT_PX);
  const aligns = Array.from({ length: cols }, (_, c) => columnAlign(table, c));
  const fontSize = PT(TABLE_FONT_PX);
  const none = { type: 'none' as const };
  const rule = (px: number, color: string) => ({ type: 'solid' as const, pt: PT(px), color });
  const cell = (c: TableCell, col: number, head: boolean, band: boolean): PptxGenJS.TableCell => {
    const align = aligns[col] ?? 'left';
    const base: TextOptions = { fontSize, color: head ? theme.heading : theme.text, align };
    const runs = withCites(c.text, citeNumbers(ctx.sources, section, c.cites)).map((r) => run(ctx, head ? { ...r, bold: true } : r, base));
    return {
      text: runs.length ? runs : '',
      options: {
        align,
        valign: 'top',
        fontSize,
        color: base.color,
        ...(head ? { bold: true } : {}),
        ...(head || band ? { fill: { color: head ? theme.panel : mix(theme.panel, theme.bg, 0.45) } } : {}),
        // [top, right, bottom, left]: rules under rows only, the accent under the header (tables.css).
        border: [none, none, head ? rule(2, theme.accent) : rule(1, theme.rule), none],
        // In inches (pptxgenjs reads values under 1 as inches). 4 px above and below, not the
        // HTML's 6: PowerPoint and LibreOffice set a line of text taller than the browser, and
        // with 6 px every row outgrew the height the layout measured, pushing the table past its box.
        margin: [IN(4), IN(10), IN(4), IN(10)],
      },
    };
  };
  const rows: PptxGenJS.TableRow[] = [table.header.map((c, i) => cell(c, i, true, false))];
  table.rows.slice(start, end).forEach((r, i) => rows.push(r.map((c, j) => cell(c, j, false, i % 2 === 1))));
  const rowPx = [heights.header, ...heights.rows.slice(start, end)];
  const tableH = rowPx.reduce((a, h) => a + h, 0);
  slide.addTable(rows, {
    x: IN(box.x),
    y: IN(y),
    w: IN(box.w),
    colW: Array.from({ length: cols }, () => IN(box.w / cols)),
    rowH: rowPx.map(IN),
    autoPage: false,
    fontSize,
    fontFace: ctx.lang === 'ko-KR' ? theme.eastAsian : theme.font,
    objectName: 'Table',
  });
  // Under the rows, as the HTML deck puts it. The layout leaves TABLE_CHROME_PX for caption and
  // this line together, so on a full slide the line may sit up to ~20 px below the body box:
  // still above the slide number strip, and left of the number.
  const metaY = y + tableH + 6;
  metaLine(ctx, slide, { x: box.x, y: metaY, w: box.w - 160, h: META_PX * 1.4 }, metaRuns(ctx, section, '', table.sourceId, table.asOf));
}

/** Excel number format with as many decimals as the data uses (up to 2, as the HTML labels round). */
function numberFormat(values: readonly (number | null)[]): string {
  let decimals = 0;
  for (const v of values) {
    if (v === null) continue;
    const frac = String(Math.round(Math.abs(v) * 100) / 100).split('.')[1] ?? '';
    decimals = Math.max(decimals, frac.length);
  }
  return decimals ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

export function chartSlide(ctx: Ctx, slide: Slide, b: ChartBlock): void {
  const section = sectionOf(ctx, b.sectionId);
  const chart = section?.chart;
  if (!section || !chart) return;
  const { theme } = ctx;
  const w = chartWords(ctx.slideLang);
  const labels = chart.categories.map((c) => plain(c));
  const ko = ctx.lang === 'ko-KR' || [...labels, chart.unit, chart.title, ...chart.series.map((s) => s.name)].some(hasHangul);
  const font = ko ? theme.eastAsian : theme.font;
  const kind = chart.kind;
  const single = chart.series.length === 1;
  const hl = chart.highlight === '' ? -1 : chart.highlight;
  // One series in bars or columns: the highlighted category in the series colour, the others
  // dimmed as the HTML deck dims them (opacity .55 over the background).
  const perPoint = hl >= 0 && single && kind !== 'line';
  const colors = perPoint ? labels.map((_, i) => (i === hl ? theme.chart[0] : mix(theme.chart[0], theme.bg, 0.55))) : theme.chart.slice(0, chart.series.length);
  const data = chart.series.map((s, i) => ({
    name: plain(s.name).trim() || String(i + 1),
    labels,
    // null is a gap: pptxgenjs writes it as an empty value, which withFixedParts drops from the cache.
    values: s.values as number[],
  }));
  const fmt = numberFormat(chart.series.flatMap((s) => s.values));
  const box = b.box;
  const chartBox: Box = { ...box, h: box.h - CHART_CHROME_PX };
  const title = plain(chart.title).trim();
  const unit = plain(chart.unit).trim();
  const opts: PptxGenJS.IChartOpts = {
    ...at(chartBox),
    objectName: 'Chart',
    altText: plain(describeChart(chart, ctx.slideLang)),
    lang: ko ? 'ko-KR' : 'en-US',
    chartColors: colors,
    chartArea: { fill: { color: theme.bg } },
    plotArea: { fill: { color: theme.bg } },
    displayBlanksAs: 'gap',
    showTitle: title !== '',
    ...(title ? { title, titleFontFace: font, titleFontSize: 16, titleColor: theme.heading, titleBold: true } : {}),
    showLegend: !single,
    legendPos: 'b',
    legendFontFace: font,
    legendFontSize: 12,
    legendColor: theme.text2,
    catAxisLabelFontFace: font,
    catAxisLabelFontSize: 13,
    catAxisLabelColor: theme.text2,
    catAxisLineShow: true,
    catAxisLineColor: theme.rule,
    catGridLine: { style: 'none' },
    valAxisLabelFontFace: font,
    valAxisLabelFontSize: 12,
    valAxisLabelColor: theme.muted,
    valAxisLabelFormatCode: fmt,
    valAxisLineShow: false,
    valGridLine: { color: theme.rule, size: 0.75, style: 'solid' },
    showValAxisTitle: unit !== '',
    ...(unit ? { valAxisTitle: unit, valAxisTitleFontFace: font, valAxisTitleFontSize: 12, valAxisTitleColor: theme.muted } : {}),
    // Values as labels, except on a line chart of several series, where they pile up on each other.
    showValue: kind !== 'line' || single,
    dataLabelFontFace: font,
    dataLabelFontSize: 12,
    dataLabelFormatCode: fmt,
    dataLabelColor: kind === 'stacked-bar' ? theme.onAccent : theme.text,
    dataLabelPosition: kind === 'stacked-bar' ? 'ctr' : kind === 'line' ? 't' : 'outEnd',
  };
  if (kind === 'line') {
    Object.assign(opts, { lineSize: 3, lineDataSymbol: 'circle', lineDataSymbolSize: 8 });
  } else {
    Object.assign(opts, { barDir: kind === 'column' ? 'col' : 'bar', barGrouping: kind === 'stacked-bar' ? 'stacked' : 'clustered', barGapWidthPct: 60 });
    if (kind === 'stacked-bar') opts.barOverlapPct = 100;
    // Horizontal bars list the first category on top, as the HTML deck does, with the value
    // axis kept at the bottom (it crosses the reversed category axis at its maximum).
    if (kind !== 'column') Object.assign(opts, { catAxisOrientation: 'maxMin', catAxisCrossesAt: 'max' });
  }
  slide.addChart(kind === 'line' ? ctx.pptx.ChartType.line : ctx.pptx.ChartType.bar, data, opts);
  const named = hl >= 0 && !perPoint ? `${w.highlighted.charAt(0).toUpperCase()}${w.highlighted.slice(1)}: ${labels[hl] ?? ''}` : '';
  const metaY = chartBox.y + chartBox.h + 8;
  metaLine(ctx, slide, { x: box.x, y: metaY, w: box.w, h: box.y + box.h - metaY }, metaRuns(ctx, section, chart.caption, chart.sourceId, chart.asOf, named));
}
