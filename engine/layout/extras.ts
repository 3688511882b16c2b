/**
 * Tables and charts in the layout: a section's table continues over slides in row ranges that
 * fit the body box (the header row repeated), and its chart gets a slide of its own, each after
 * the section's points. A section with nothing but a table or chart shows it on its first slide.
 * Row heights come from engine/compile/table.ts, which measures cells with this engine's font
 * metrics; the chart is drawn to the body box it is given.
 */
import type { Section } from '../model/schema.ts';
import { renderTable, tableRowPages } from '../compile/table.ts';
import { renderChart } from '../chart/index.ts';
import type { Box, LayoutBlock } from './types.ts';

/** Table cell text in px (templates/themes/tables.css .bd-table); 2.8 % of the slide height. */
export const TABLE_FONT_PX = 20;
/** Room the caption and the source / as-of line take above and below the rows. */
const TABLE_CHROME_PX = 40;
const CHART_CHROME_PX = 50;

export interface ExtrasEnv {
  lang: string;
  continued: string;
  /** "[n]" markup for source ids, numbered deck-wide. */
  cite: (ids: readonly string[]) => string;
}

/** The blocks a section's table and chart need, one entry per slide, in order. */
export function extraBlocks(section: Section, body: Box, env: ExtrasEnv): LayoutBlock[] {
  const out: LayoutBlock[] = [];
  const { table, chart } = section;
  if (table) {
    const pages = tableRowPages(table, body.w, body.h - TABLE_CHROME_PX, TABLE_FONT_PX);
    pages.forEach((rows, i) =>
      out.push({ kind: 'table', box: body, sectionId: section.id, rows: [rows[0], rows[1]], html: renderTable(table, { rows, lang: env.lang, cite: env.cite, continued: i > 0 ? env.continued : undefined }) }),
    );
  }
  if (chart) {
    const cite = chart.sourceId ? env.cite([chart.sourceId]) : '';
    out.push({ kind: 'chart', box: body, sectionId: section.id, html: renderChart(chart, { lang: env.lang, height: body.h - CHART_CHROME_PX, width: body.w, cite, idBase: `c-${section.id}` }) });
  }
  return out;
}
