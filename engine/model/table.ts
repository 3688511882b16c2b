/**
 * A section's table: a header row, body rows of cells, per-column alignment, a caption, and
 * the as-of date and source that most briefing tables owe their audience. Limits (columns,
 * rows, cell length) are LIMITS.table* in defaults.ts; every row has exactly as many cells as
 * the header, so a ragged row is refused by path instead of being padded silently.
 */
import { z } from 'zod';
import { LIMITS } from './defaults.ts';
import { id, isoDateOrEmpty, sourceRef, text } from './fields.ts';

export const TABLE_ALIGNS = ['auto', 'left', 'center', 'right'] as const;
export type TableAlign = (typeof TABLE_ALIGNS)[number];

export const TableCellSchema = z.strictObject({
  /** Inline markup, like a point. */
  text: text(LIMITS.tableCellChars).default(''),
  /** ids of sources this cell cites; shown as [n] after the text. */
  cites: z.array(id).max(LIMITS.perSectionItems).default([]),
});

const columns = `a table has at most ${LIMITS.tableColumns} columns`;

export const TableSchema = z
  .strictObject({
    caption: text(500).default(''),
    header: z.array(TableCellSchema).min(1, { error: 'a table needs a header row of at least one cell' }).max(LIMITS.tableColumns, { error: columns }),
    rows: z
      .array(z.array(TableCellSchema).max(LIMITS.tableColumns, { error: columns }))
      .max(LIMITS.tableRows, { error: `a table has at most ${LIMITS.tableRows} rows; split it into two sections` })
      .default([]),
    /** One entry per column, or empty for all 'auto' ('auto': numbers right, text left). */
    align: z.array(z.enum(TABLE_ALIGNS, { error: `expected one of ${TABLE_ALIGNS.join(', ')}` })).max(LIMITS.tableColumns, { error: columns }).default([]),
    asOf: isoDateOrEmpty.default(''),
    sourceId: sourceRef,
  })
  .superRefine((t, ctx) => {
    const n = t.header.length;
    t.rows.forEach((row, r) => {
      if (row.length !== n) ctx.addIssue({ code: 'custom', input: row, path: ['rows', r], message: `row ${r + 1} has ${row.length} ${row.length === 1 ? 'cell' : 'cells'}; the header has ${n}` });
    });
    if (t.align.length !== 0 && t.align.length !== n) ctx.addIssue({ code: 'custom', input: t.align, path: ['align'], message: `expected ${n} alignments (one per column) or none` });
  });

export type Table = z.output<typeof TableSchema>;
export type TableCell = z.output<typeof TableCellSchema>;

/** A number as people write them in tables: 1,234 · −5.2 · (12) · 45% · $3.1B · ₩1,200억. */
const NUMERIC = /^[(\-−+]?\s*[$€£¥₩]?\s*[\d.,]*\d[\d.,]*\s*(?:%|[kKmMbB]n?|조|억|만|원|달러)?\)?$/;

export function isNumericCell(s: string): boolean {
  return NUMERIC.test(s.trim());
}

/** The alignment a column is drawn with: its own, or for 'auto' right when every filled body cell is a number. */
export function columnAlign(table: Table, col: number): Exclude<TableAlign, 'auto'> {
  const a = table.align[col] ?? 'auto';
  if (a !== 'auto') return a;
  let any = false;
  for (const row of table.rows) {
    const t = row[col]?.text.trim() ?? '';
    if (t === '') continue;
    if (!isNumericCell(t)) return 'left';
    any = true;
  }
  return any ? 'right' : 'left';
}

/** An empty table of `cols` columns and `rows` body rows, as the editor inserts it. */
export function emptyTable(cols = 3, rows = 2): Table {
  const cell = (): TableCell => ({ text: '', cites: [] });
  return { caption: '', header: Array.from({ length: cols }, cell), rows: Array.from({ length: rows }, () => Array.from({ length: cols }, cell)), align: [], asOf: '', sourceId: '' };
}
