/**
 * A chart as slide HTML: a `<figure>` holding the SVG (engine/chart/svg.ts), a caption line
 * (caption, source [n], as-of) and the data as a visually hidden `<table>`, so a screen reader
 * or a copy from the exported file reaches every number as text.
 */
import type { Chart } from '../model/chart.ts';
import { escapeHtml, renderInline } from '../markup/index.ts';
import { chartSvg, formatValue, type ChartSvgOptions } from './svg.ts';
import { chartWords } from './words.ts';
import { formatAsOf } from '../compile/dates.ts';

export { chartSvg, describeChart, chartTitle, formatValue, MIN_CHART_FONT_PX } from './svg.ts';
export { textWidth, wrapLabel } from './text.ts';
export { chartWords } from './words.ts';

export interface ChartHtmlOptions extends ChartSvgOptions {
  /** The HTML of "[n]" for the chart's source (the caller numbers sources), or ''. */
  cite?: string;
}

export function renderChart(chart: Chart, opts: ChartHtmlOptions = {}): string {
  const lang = opts.lang ?? 'en';
  return `<figure class="bd-chart">${chartSvg(chart, opts)}${chartDataTable(chart, lang)}${metaLine(chart.caption, opts.cite ?? '', chart.asOf, lang)}</figure>`;
}

/** "Caption · Source [1] · As of 2024-06-03" under a chart or table; '' when there is nothing to say. */
export function metaLine(caption: string, cite: string, asOf: string, lang: string): string {
  const w = chartWords(lang);
  const bits: string[] = [];
  if (caption.trim()) bits.push(`<span class="bd-meta-caption">${renderInline(caption)}</span>`);
  if (cite) bits.push(`<span class="bd-meta-source">${escapeHtml(w.source)} ${cite}</span>`);
  // Written in the deck's language like every other as-of line: "As of 3 June 2024", "2024년 6월 3일 기준".
  if (asOf) bits.push(`<span class="bd-meta-asof">${escapeHtml(formatAsOf(asOf, lang))}</span>`);
  return bits.length ? `<figcaption class="bd-meta">${bits.join('<span class="bd-sep"> · </span>')}</figcaption>` : '';
}

function chartDataTable(chart: Chart, lang: string): string {
  const w = chartWords(lang);
  const head = `<tr><th scope="col">${escapeHtml(w.category)}</th>${chart.series.map((s, i) => `<th scope="col">${escapeHtml(s.name.trim() || String(i + 1))}${chart.unit ? ` (${escapeHtml(chart.unit)})` : ''}</th>`).join('')}</tr>`;
  const body = chart.categories
    .map((c, i) => `<tr><th scope="row">${escapeHtml(c)}</th>${chart.series.map((s) => `<td>${s.values[i] === null || s.values[i] === undefined ? escapeHtml(w.noValue) : escapeHtml(formatValue(s.values[i], lang))}</td>`).join('')}</tr>`)
    .join('');
  return `<table class="bd-sr-only">${head}${body}</table>`;
}
