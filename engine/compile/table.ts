/**
 * A section's table as slide HTML: a real `<table>` with `<th scope="col">` headers, cells in
 * inline markup with their [n] citations, columns aligned (numbers right), and a caption line
 * (caption, source, as-of) under it. A long table is drawn in row ranges, one per slide, each
 * repeating the header row; `tableRowPages` picks the ranges until the layout engine measures
 * them itself; the row heights here already use its font metrics (engine/layout/measure.ts).
 */
import type { Table, TableCell } from '../model/table.ts';
import { columnAlign } from '../model/table.ts';
import { escapeHtml, renderInline } from '../markup/index.ts';
import { metaLine } from '../chart/index.ts';
import { lineCount } from '../layout/measure.ts';

export interface TableHtmlOptions {
  /** "[n]" HTML for a list of source ids (the caller numbers sources). */
  cite: (ids: readonly string[]) => string;
  lang: string;
  /** Body rows to draw, [start, end); all by default. */
  rows?: readonly [number, number];
  /** Suffix for the caption on continuation slides, e.g. "(cont.)". */
  continued?: string;
}

function cellHtml(tag: 'th' | 'td', c: TableCell, align: string, cite: TableHtmlOptions['cite'], scope = ''): string {
  const cls = align === 'left' ? '' : ` class="bd-al-${align}"`;
  return `<${tag}${scope}${cls}>${renderInline(c.text)}${c.cites.length ? cite(c.cites) : ''}</${tag}>`;
}

export function renderTable(table: Table, opts: TableHtmlOptions): string {
  const cols = table.header.length;
  const aligns = Array.from({ length: cols }, (_, c) => columnAlign(table, c));
  const [start, end] = opts.rows ?? [0, table.rows.length];
  const head = `<thead><tr>${table.header.map((c, i) => cellHtml('th', c, aligns[i] ?? 'left', opts.cite, ' scope="col"')).join('')}</tr></thead>`;
  const body = table.rows
    .slice(start, end)
    .map((row) => `<tr>${row.map((c, i) => cellHtml('td', c, aligns[i] ?? 'left', opts.cite)).join('')}</tr>`)
    .join('');
  const caption = table.caption.trim() ? `<caption>${renderInline(table.caption)}${opts.continued ? ` <span class="bd-cont">(${escapeHtml(opts.continued)})</span>` : ''}</caption>` : '';
  const meta = metaLine('', table.sourceId ? opts.cite([table.sourceId]) : '', table.asOf, opts.lang);
  return `<figure class="bd-table-wrap"><table class="bd-table bd-cols-${cols}">${caption}${head}<tbody>${body}</tbody></table>${meta}</figure>`;
}

/**
 * Estimated height in px of each body row (and the header as row -1 at index 0 of `header`)
 * when the table fills `width` px at `fontPx`: cells wrap in equal-share columns.
 */
export function estimateRowHeights(table: Table, width: number, fontPx: number): { header: number; rows: number[] } {
  const cols = table.header.length;
  const colW = width / cols - fontPx; // cell padding
  const lineH = fontPx * 1.3;
  const pad = fontPx * 0.6;
  // Cites add "[n]" after the text; lineCount measures with the layout engine's font metrics.
  // A cell whose every character fits at 1 em (wider than any Latin glyph, as wide as Hangul)
  // is one line without measuring: most cells of most tables.
  const lines = (c: TableCell): number => ((c.text.length + c.cites.length * 4) * fontPx <= colW ? 1 : lineCount(c.text, fontPx, Math.max(fontPx, colW), c.cites.length * 1.6));
  const rowH = (cells: readonly TableCell[]): number => pad + lineH * Math.max(1, ...cells.map(lines));
  return { header: rowH(table.header), rows: table.rows.map(rowH) };
}

/**
 * Body-row ranges, one per slide: as many rows as fit in `height` px under the repeated header
 * (at least one row per slide, so a very tall row still appears); the first slide may have
 * less room (`firstHeight`) because the section's points come first.
 */
export function tableRowPages(table: Table, width: number, height: number, fontPx: number, firstHeight = height): [number, number][] {
  const { header, rows } = estimateRowHeights(table, width, fontPx);
  const pages: [number, number][] = [];
  let start = 0;
  let used = header;
  rows.forEach((h, i) => {
    if (i > start && used + h > (pages.length === 0 ? firstHeight : height)) {
      pages.push([start, i]);
      start = i;
      used = header;
    }
    used += h;
  });
  pages.push([start, rows.length]);
  return pages;
}
