/**
 * What a section shows besides points: its table (in row ranges, one per slide, header
 * repeated) and its chart, as HTML parts. Part 1 goes on the section's own slide under its
 * points; each further part is a continuation slide "Title (cont.)". A chart after a table
 * gets a slide of its own.
 *
 * The room per slide is an estimate in design px (1280×720); the layout engine replaces it
 * with measured boxes when it lands (engine/layout), calling renderTable / renderChart itself.
 */
import type { Point, Section } from '../model/schema.ts';
import { renderChart } from '../chart/index.ts';
import { renderTable, tableRowPages } from './table.ts';

export interface ExtraPart {
  html: string;
}

export interface ExtrasOptions {
  lang: string;
  /** "(cont.)" word of the deck's language. */
  continued: string;
  cite: (ids: readonly string[]) => string;
  idBase: string;
}

/** Table cell text size in px (CSS .bd-table), and the body area it fills. */
export const TABLE_FONT_PX = 20;
const BODY_W = 1160;
const BODY_H = 470;
const POINT_H = 44;

/**
 * Chart HTML by chart object and everything else it depends on: typing in a section's table
 * or points leaves its chart object as it was (the store edits immutably), so the SVG is not
 * drawn again on every keystroke.
 */
const chartMemo = new WeakMap<object, { key: string; html: string }>();

function chartHtml(chart: NonNullable<Section['chart']>, opts: ExtrasOptions, height: number): string {
  const cite = chart.sourceId ? opts.cite([chart.sourceId]) : '';
  const key = `${opts.lang}\u0000${height}\u0000${opts.idBase}\u0000${cite}`;
  const hit = chartMemo.get(chart);
  if (hit && hit.key === key) return hit.html;
  const html = renderChart(chart, { lang: opts.lang, height, width: BODY_W - 40, cite, idBase: opts.idBase });
  chartMemo.set(chart, { key, html });
  return html;
}

function shownPoints(points: readonly Point[]): number {
  let n = 0;
  for (const p of points) if (p.text.trim() !== '' || p.children.length > 0) n += 1 + shownPoints(p.children);
  return n;
}

export function sectionExtras(section: Section, opts: ExtrasOptions): ExtraPart[] {
  const { table, chart } = section;
  if (!table && !chart) return [];
  const parts: ExtraPart[] = [];
  const above = shownPoints(section.points) * POINT_H + (section.figures.length > 0 ? 150 : 0);
  if (table) {
    let pages = tableRowPages(table, BODY_W, BODY_H - 40, TABLE_FONT_PX, Math.max(120, BODY_H - 40 - above));
    // A stub of a row or two under the points reads badly: start the table on its own slide.
    const first = pages[0];
    if (pages.length > 1 && first && first[1] - first[0] < Math.min(4, table.rows.length)) {
      pages = tableRowPages(table, BODY_W, BODY_H - 40, TABLE_FONT_PX);
      parts.push({ html: '' });
    }
    pages.forEach((rows, i) => parts.push({ html: renderTable(table, { rows, lang: opts.lang, cite: opts.cite, continued: i > 0 ? opts.continued : undefined }) }));
  }
  if (chart) {
    const alone = parts.length > 0 || above === 0;
    const height = alone ? BODY_H - 50 : Math.max(260, BODY_H - 50 - above);
    parts.push({ html: chartHtml(chart, opts, height) });
  }
  return parts;
}
