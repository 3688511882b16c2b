/**
 * A chart as one static SVG string: no script, no external reference, themed by CSS classes
 * (templates/themes/briefing-base.css: `--bd-chart-1…4`, `--bd-text-2`, `--bd-rule`), so the
 * light and dark themes colour it and the exported file's CSP needs nothing new.
 *
 * Scales, ticks, the line path and the stacking come from d3-scale and d3-shape; this file
 * only places them. Sizes are design px of the slide (1280×720 at 16:9): every label is at
 * least `fontPx` (default 18 px, 2.5 % of the slide height; never below 2 %).
 */
import { scaleBand, scaleLinear, scalePoint, type ScaleLinear } from 'd3-scale';
import { line as d3line, stack, stackOffsetDiverging } from 'd3-shape';
import type { Chart } from '../model/chart.ts';
import { escapeAttr, escapeHtml } from '../markup/index.ts';
import { textWidth, wrapLabel } from './text.ts';
import { chartWords } from './words.ts';

export interface ChartSvgOptions {
  width?: number;
  height?: number;
  fontPx?: number;
  /** The deck's language: Korean descriptions and number formatting for 'ko'. */
  lang?: string;
  /** Prefix for element ids (aria-labelledby needs ids unique in the page), letters/digits/-/_ only. */
  idBase?: string;
}

/** Fewest px a chart label may be drawn at: 2 % of a 720 px slide. */
export const MIN_CHART_FONT_PX = 14.4;

const r = (n: number): string => String(Math.round(n * 10) / 10);
const DASHES = ['', '9 5', '3 4', '12 4 3 4'];

/**
 * A value as the slide shows it: at most two decimals, thousands grouped with commas (the
 * same in English and Korean), U+2212 for minus as d3's tick labels write it. Written out
 * rather than Intl.NumberFormat: formatting is a third of a chart's time with Intl (~15 µs a
 * call), and both locales agree on this shape. `lang` is kept for locales that would differ.
 */
export function formatValue(v: number, _lang = 'en'): string {
  const rounded = Math.round(v * 100) / 100;
  if (!Number.isFinite(rounded) || Math.abs(rounded) >= 1e21) return String(v);
  const [int = '0', frac] = String(Math.abs(rounded)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '\u2212' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** The value domain, with zero in it for bars (a bar's length is its value) and a margin for lines. */
function valueDomain(chart: Chart): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  const n = chart.categories.length;
  if (chart.kind === 'stacked-bar') {
    for (let c = 0; c < n; c++) {
      let pos = 0;
      let neg = 0;
      for (const s of chart.series) {
        const v = s.values[c] ?? 0;
        if (v >= 0) pos += v;
        else neg += v;
      }
      lo = Math.min(lo, neg);
      hi = Math.max(hi, pos);
    }
  } else {
    for (const s of chart.series) {
      for (const v of s.values) {
        if (v === null) continue;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  if (!Number.isFinite(lo)) return [0, 1];
  if (chart.kind !== 'line' || lo > 0 === hi > 0) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === hi) return lo === 0 ? [0, 1] : [Math.min(0, lo), Math.max(0, hi)];
  return [lo, hi];
}

interface Frame {
  /** Elements by their shared attributes (class, text-anchor), in first-use order = paint order. */
  groups: Map<string, string[]>;
  font: number;
  lang: string;
}

/** Classes that mark one element among its group's (a muted bar, a bold label) stay on it. */
const MODIFIERS = /\s*\b(bd-chart-dim|bd-chart-cat-hl)\b/g;
const SHARED = /^<(\w+)(.*?) class="([^"]*)"((?: text-anchor="\w+")?)(.*)$/s;

/**
 * Adds an element, moving its class and text-anchor to a `<g>` shared with its like: a
 * 24-category chart repeats them 100 times otherwise (half the SVG's bytes).
 */
function put(f: Frame, el: string): void {
  const m = SHARED.exec(el);
  let key = '';
  let out = el;
  if (m) {
    const [, tag = '', before = '', cls = '', anchor = '', after = ''] = m;
    const own = [...cls.matchAll(MODIFIERS)].map((x) => x[1]).join(' ');
    key = ` class="${cls.replace(MODIFIERS, '').trim()}"${anchor}`;
    out = `<${tag}${before}${own ? ` class="${own}"` : ''}${after}`;
  }
  let list = f.groups.get(key);
  if (!list) f.groups.set(key, (list = []));
  list.push(out);
}

function drawGroups(f: Frame): string {
  let out = '';
  for (const [key, els] of f.groups) out += key ? `<g${key}>${els.join('')}</g>` : els.join('');
  return out;
}

function text(f: Frame, x: number, y: number, s: string, cls: string, anchor: 'start' | 'middle' | 'end' = 'start', extra = ''): void {
  put(f, `<text x="${r(x)}" y="${r(y)}" class="${cls}"${anchor === 'start' ? '' : ` text-anchor="${anchor}"`}${extra}>${escapeHtml(s)}</text>`);
}

function lines(f: Frame, x: number, y: number, ls: string[], cls: string, anchor: 'start' | 'middle' | 'end', lh: number): void {
  if (ls.length === 1) return text(f, x, y, ls[0] ?? '', cls, anchor);
  const spans = ls.map((l, i) => `<tspan x="${r(x)}"${i === 0 ? '' : ` dy="${r(lh)}"`}>${escapeHtml(l)}</tspan>`).join('');
  put(f, `<text x="${r(x)}" y="${r(y)}" class="${cls}"${anchor === 'start' ? '' : ` text-anchor="${anchor}"`}>${spans}</text>`);
}

/** The SVG element alone (the figure around it, its caption and data table are in index.ts). */
export function chartSvg(chart: Chart, opts: ChartSvgOptions = {}): string {
  const W = opts.width ?? 1120;
  const H = opts.height ?? 440;
  const font = Math.max(MIN_CHART_FONT_PX, opts.fontPx ?? 18);
  const lang = opts.lang ?? 'en';
  const words = chartWords(lang);
  const idBase = (opts.idBase ?? 'chart').replace(/[^A-Za-z0-9_-]/g, '');
  const f: Frame = { groups: new Map(), font, lang };
  const lh = font * 1.2;
  const n = chart.categories.length;
  const multi = chart.series.length > 1;
  const horizontal = chart.kind === 'bar' || chart.kind === 'stacked-bar';

  // Top strip: legend (several series) and the unit.
  let top = 6;
  if (chart.title.trim()) {
    text(f, 0, top + font, chart.title, 'bd-chart-title');
    top += lh + 6;
  }
  if (multi) {
    let x = 0;
    chart.series.forEach((s, i) => {
      const name = s.name.trim() || `${i + 1}`;
      if (chart.kind === 'line') put(f, `<line x1="${r(x)}" x2="${r(x + font * 1.6)}" y1="${r(top + font * 0.6)}" y2="${r(top + font * 0.6)}" class="bd-chart-line bd-chart-s${i}"${DASHES[i] ? ` stroke-dasharray="${DASHES[i]}"` : ''}/>`);
      else put(f, `<rect x="${r(x)}" y="${r(top + font * 0.1)}" width="${r(font)}" height="${r(font)}" class="bd-chart-bar bd-chart-s${i}"/>`);
      const sw = chart.kind === 'line' ? font * 1.6 : font;
      text(f, x + sw + 6, top + font * 0.95, name, 'bd-chart-legend');
      x += sw + 6 + textWidth(name, font) + font * 1.4;
    });
    top += lh + 8;
  }
  if (chart.unit.trim()) {
    text(f, 0, top + font, `${words.unit}: ${chart.unit}`, 'bd-chart-unit');
    top += lh + 6;
  }

  const [lo, hi] = valueDomain(chart);
  const value = scaleLinear().domain([lo, hi]).nice(5);
  const ticks = value.ticks(5);
  const fmt = value.tickFormat(5);
  const tickLabels = ticks.map((t) => fmt(t));
  const tickW = Math.max(...tickLabels.map((t) => textWidth(t, font)));
  const showValues = n * chart.series.length <= 24 && chart.kind !== 'stacked-bar';

  if (horizontal) {
    const labelW = Math.min(W * 0.32, Math.max(...chart.categories.map((c) => textWidth(c, font))) + 8);
    const plot = { x: labelW + 12, y: top + 4, w: W - labelW - 12 - (showValues ? textWidth(formatValue(hi, lang), font) + 12 : 8), h: H - top - 4 - lh - 8 };
    value.range([plot.x, plot.x + plot.w]);
    const band = scaleBand<number>().domain(chart.categories.map((_, i) => i)).range([plot.y, plot.y + plot.h]).paddingInner(0.25).paddingOuter(0.1);
    grid(f, value, ticks, tickLabels, plot, true);
    chart.categories.forEach((c, i) => {
      const y = band(i) ?? 0;
      const bw = band.bandwidth();
      if (chart.highlight === i) put(f, `<rect x="0" y="${r(y - bw * 0.12)}" width="${r(W)}" height="${r(bw * 1.24)}" class="bd-chart-hl"/>`);
      const maxLines = Math.max(1, Math.min(2, Math.floor(bw / lh) || 1));
      const ls = wrapLabel(c, labelW, font, maxLines);
      lines(f, labelW, y + bw / 2 - ((ls.length - 1) * lh) / 2 + font * 0.35, ls, `bd-chart-cat${chart.highlight === i ? ' bd-chart-cat-hl' : ''}`, 'end', lh);
    });
    if (chart.kind === 'stacked-bar') {
      const rows = chart.categories.map((_, c) => Object.fromEntries(chart.series.map((s, i) => [i, s.values[c] ?? 0])) as Record<number, number>);
      const layers = stack<Record<number, number>, number>().keys(chart.series.map((_, i) => i)).offset(stackOffsetDiverging)(rows);
      layers.forEach((layer, i) => {
        layer.forEach(([a, b], c) => {
          if (a === b) return;
          const y = band(c) ?? 0;
          const x0 = value(Math.min(a, b));
          const x1 = value(Math.max(a, b));
          put(f, `<rect x="${r(x0)}" y="${r(y)}" width="${r(Math.max(1, x1 - x0))}" height="${r(band.bandwidth())}" class="bd-chart-bar bd-chart-s${i}${dim(chart, c)}"/>`);
        });
      });
    } else {
      const inner = scaleBand<number>().domain(chart.series.map((_, i) => i)).range([0, band.bandwidth()]).paddingInner(0.08);
      chart.series.forEach((s, i) => {
        s.values.forEach((v, c) => {
          if (v === null) return;
          const y = (band(c) ?? 0) + (inner(i) ?? 0);
          const x0 = value(Math.min(0, v));
          const x1 = value(Math.max(0, v));
          put(f, `<rect x="${r(x0)}" y="${r(y)}" width="${r(Math.max(1, x1 - x0))}" height="${r(inner.bandwidth())}" class="bd-chart-bar bd-chart-s${i}${dim(chart, c)}"/>`);
          if (showValues) {
            const neg = v < 0;
            text(f, neg ? x0 - 6 : x1 + 6, y + inner.bandwidth() / 2 + font * 0.35, formatValue(v, lang), 'bd-chart-val', neg ? 'end' : 'start');
          }
        });
      });
    }
    zeroLine(f, value, plot, true);
  } else {
    const plot = { x: tickW + 12, y: top + 4 + (showValues ? lh : 0), w: W - tickW - 12 - 4, h: 0 };
    // Category labels wrap to the band's width; their height comes off the plot.
    const outer = chart.kind === 'line' ? scalePoint<number>().padding(0.5) : scaleBand<number>().paddingInner(0.25).paddingOuter(0.1);
    outer.domain(chart.categories.map((_, i) => i)).range([plot.x, plot.x + plot.w]);
    const step = plot.w / Math.max(1, n);
    const catLines = chart.categories.map((c) => wrapLabel(c, step * 0.92, font, 3));
    const catH = Math.max(1, ...catLines.map((l) => l.length)) * lh + 8;
    plot.h = H - plot.y - catH - 4;
    // Room under the lowest negative bar for its value label, clear of the category labels.
    const below = showValues && lo < 0 && chart.kind !== 'line' ? lh : 0;
    value.range([plot.y + plot.h - below, plot.y]);
    grid(f, value, ticks, tickLabels, plot, false);
    const center = (i: number): number => (outer(i) ?? 0) + ('bandwidth' in outer ? outer.bandwidth() / 2 : 0);
    chart.categories.forEach((_, i) => {
      if (chart.highlight === i) {
        const w = step * 0.96;
        put(f, `<rect x="${r(center(i) - w / 2)}" y="${r(plot.y - (showValues ? lh : 0))}" width="${r(w)}" height="${r(H - plot.y + (showValues ? lh : 0))}" class="bd-chart-hl"/>`);
      }
    });
    chart.categories.forEach((_, i) => lines(f, center(i), plot.y + plot.h + 8 + font * 0.85, catLines[i] ?? [], `bd-chart-cat${chart.highlight === i ? ' bd-chart-cat-hl' : ''}`, 'middle', lh));
    if (chart.kind === 'line') {
      chart.series.forEach((s, i) => {
        const path = d3line<number | null>()
          .defined((v) => v !== null)
          .x((_, c) => center(c))
          .y((v) => value(v ?? 0))(s.values);
        if (path) put(f, `<path d="${path.replace(/(\d+\.\d)\d+/g, '$1')}" class="bd-chart-line bd-chart-s${i}"${DASHES[i] ? ` stroke-dasharray="${DASHES[i]}"` : ''}/>`);
        s.values.forEach((v, c) => {
          if (v === null) return;
          put(f, `<circle cx="${r(center(c))}" cy="${r(value(v))}" r="${r(font * 0.3)}" class="bd-chart-dot bd-chart-s${i}"/>`);
          if (showValues && !multi) text(f, center(c), value(v) - font * 0.6, formatValue(v, lang), 'bd-chart-val', 'middle');
        });
      });
    } else {
      const band = outer as ReturnType<typeof scaleBand<number>>;
      const inner = scaleBand<number>().domain(chart.series.map((_, i) => i)).range([0, band.bandwidth()]).paddingInner(0.08);
      chart.series.forEach((s, i) => {
        s.values.forEach((v, c) => {
          if (v === null) return;
          const x = (band(c) ?? 0) + (inner(i) ?? 0);
          const y0 = value(Math.max(0, v));
          const y1 = value(Math.min(0, v));
          put(f, `<rect x="${r(x)}" y="${r(y0)}" width="${r(inner.bandwidth())}" height="${r(Math.max(1, y1 - y0))}" class="bd-chart-bar bd-chart-s${i}${dim(chart, c)}"/>`);
          if (showValues && textWidth(formatValue(v, lang), font) <= inner.bandwidth() + step * 0.1) {
            text(f, x + inner.bandwidth() / 2, v < 0 ? y1 + font * 1.1 : y0 - 6, formatValue(v, lang), 'bd-chart-val', 'middle');
          }
        });
      });
    }
    zeroLine(f, value, plot, false);
  }
  const titleId = `${idBase}-title`;
  const descId = `${idBase}-desc`;
  return (
    `<svg class="bd-chart-svg bd-chart-${chart.kind}" role="img" aria-labelledby="${escapeAttr(titleId)} ${escapeAttr(descId)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg" style="font-size:${r(font)}px">` +
    `<title id="${escapeAttr(titleId)}">${escapeHtml(chartTitle(chart, lang))}</title>` +
    `<desc id="${escapeAttr(descId)}">${escapeHtml(describeChart(chart, lang))}</desc>` +
    drawGroups(f) +
    `</svg>`
  );
}

/** With a highlighted category, every other category's marks are drawn muted. */
function dim(chart: Chart, c: number): string {
  return chart.highlight !== '' && chart.highlight !== c ? ' bd-chart-dim' : '';
}

function grid(f: Frame, value: ScaleLinear<number, number>, ticks: number[], labels: string[], plot: { x: number; y: number; w: number; h: number }, horizontal: boolean): void {
  ticks.forEach((t, i) => {
    const p = value(t);
    if (horizontal) {
      put(f, `<line x1="${r(p)}" x2="${r(p)}" y1="${r(plot.y)}" y2="${r(plot.y + plot.h)}" class="bd-chart-grid"/>`);
      text(f, p, plot.y + plot.h + f.font * 1.25, labels[i] ?? '', 'bd-chart-tick', 'middle');
    } else {
      put(f, `<line x1="${r(plot.x)}" x2="${r(plot.x + plot.w)}" y1="${r(p)}" y2="${r(p)}" class="bd-chart-grid"/>`);
      text(f, plot.x - 10, p + f.font * 0.35, labels[i] ?? '', 'bd-chart-tick', 'end');
    }
  });
}

function zeroLine(f: Frame, value: ScaleLinear<number, number>, plot: { x: number; y: number; w: number; h: number }, horizontal: boolean): void {
  const [d0, d1] = value.domain() as [number, number];
  if (!(d0 <= 0 && d1 >= 0)) return;
  const p = value(0);
  if (horizontal) put(f, `<line x1="${r(p)}" x2="${r(p)}" y1="${r(plot.y)}" y2="${r(plot.y + plot.h)}" class="bd-chart-zero"/>`);
  else put(f, `<line x1="${r(plot.x)}" x2="${r(plot.x + plot.w)}" y1="${r(p)}" y2="${r(p)}" class="bd-chart-zero"/>`);
}

/** The chart's accessible name: its title, else its kind. */
export function chartTitle(chart: Chart, lang: string): string {
  return chart.title.trim() || chartWords(lang).kinds[chart.kind];
}

/** One sentence for screen readers: kind, size, unit, and the highlighted category (the numbers are in the data table beside it). */
export function describeChart(chart: Chart, lang: string): string {
  const w = chartWords(lang);
  const parts = [`${w.kinds[chart.kind]}: ${w.categories(chart.categories.length)}, ${w.series(chart.series.length)}`];
  if (chart.unit.trim()) parts.push(`${w.unit}: ${chart.unit}`);
  if (chart.highlight !== '') parts.push(`${w.highlighted}: ${chart.categories[chart.highlight] ?? ''}`);
  // The values themselves are in the figure's hidden data table, read as a table.
  return `${parts.join('. ')}.`;
}
