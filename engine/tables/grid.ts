/**
 * Plain grids of strings ↔ tables, for paste (TSV from Excel/Sheets, HTML tables parsed by the
 * renderer, Markdown pipe tables) and the outline import. Pure: no DOM.
 *
 * A grid larger than LIMITS is refused whole with a reason the caller words for the user
 * (a notice in the editor, an error line in the outline import): nothing is cut silently.
 */
import { LIMITS } from '../model/defaults.ts';
import type { Table, TableAlign } from '../model/table.ts';

export type GridProblem =
  | { kind: 'empty' }
  | { kind: 'too-many-rows'; rows: number; limit: number }
  | { kind: 'too-many-columns'; columns: number; limit: number }
  | { kind: 'cell-too-long'; row: number; column: number; chars: number; limit: number };

export type GridResult = { ok: true; table: Table } | { ok: false; problem: GridProblem };

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The first row is the header, the rest body rows; short rows are padded with empty cells
 * (spreadsheets drop trailing empty cells) and rows that are wholly empty are dropped.
 */
export function gridToTable(grid: readonly (readonly string[])[], align: readonly TableAlign[] = []): GridResult {
  const rows = grid.map((r) => r.map(clean)).filter((r) => r.some((c) => c !== ''));
  if (rows.length === 0) return { ok: false, problem: { kind: 'empty' } };
  const cols = Math.max(...rows.map((r) => r.length));
  if (cols > LIMITS.tableColumns) return { ok: false, problem: { kind: 'too-many-columns', columns: cols, limit: LIMITS.tableColumns } };
  if (rows.length - 1 > LIMITS.tableRows) return { ok: false, problem: { kind: 'too-many-rows', rows: rows.length - 1, limit: LIMITS.tableRows } };
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const chars = (row[c] ?? '').length;
      if (chars > LIMITS.tableCellChars) return { ok: false, problem: { kind: 'cell-too-long', row: r + 1, column: c + 1, chars, limit: LIMITS.tableCellChars } };
    }
  }
  const cells = (r: readonly string[]) => Array.from({ length: cols }, (_, c) => ({ text: r[c] ?? '', cites: [] as string[] }));
  const [head = [], ...body] = rows;
  const a = align.length === cols ? [...align] : [];
  return { ok: true, table: { caption: '', header: cells(head), rows: body.map(cells), align: a, asOf: '', sourceId: '' } };
}

/**
 * Tab-separated text as Excel, Google Sheets and Word copy it: rows on newlines, cells on
 * tabs, a cell with a tab, newline or quote wrapped in double quotes ("" for a quote).
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const s = text.replace(/\r\n?/g, '\n');
  while (i < s.length) {
    const ch = s[i] as string;
    if (cell === '' && ch === '"') {
      // A quoted cell runs to the next lone quote.
      let j = i + 1;
      let body = '';
      for (; j < s.length; j++) {
        if (s[j] === '"') {
          if (s[j + 1] === '"') {
            body += '"';
            j++;
          } else break;
        } else body += s[j];
      }
      if (j < s.length && (s[j + 1] === '\t' || s[j + 1] === '\n' || j + 1 === s.length)) {
        cell = body;
        i = j + 1;
        continue;
      }
    }
    if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** True for text that looks like a table copied from a spreadsheet: two rows or more with tabs. */
export function looksLikeTsv(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.length >= 1 && lines.every((l) => l.includes('\t'));
}

export interface PipeTable {
  header: string[];
  align: TableAlign[];
  rows: string[][];
  /** 0-based index (into the given lines) of each body row whose cell count differs from the header's. */
  ragged: { line: number; cells: number }[];
}

const PIPE_ROW = /^\s*\|.*\|\s*$/;
// GFM: hyphens (at least one) with an optional colon at either end.
const SEPARATOR_CELL = /^\s*:?-+:?\s*$/;

export function isPipeRow(line: string): boolean {
  return PIPE_ROW.test(line);
}

/** The cells of one `| a | b |` line; `\|` is a literal bar. */
export function pipeCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim());
}

/**
 * A Markdown pipe table: header line, separator line (`|---|:--:|--:|` gives alignment),
 * body lines. Returns null when the lines are not one (no separator line second).
 */
export function parsePipeTable(lines: readonly string[]): PipeTable | null {
  if (lines.length < 2 || !lines.every(isPipeRow)) return null;
  const header = pipeCells(lines[0] as string);
  const sep = pipeCells(lines[1] as string);
  if (!sep.every((c) => SEPARATOR_CELL.test(c))) return null;
  const align: TableAlign[] = sep.map((c) => {
    const t = c.trim();
    if (t.startsWith(':') && t.endsWith(':')) return 'center';
    if (t.endsWith(':')) return 'right';
    if (t.startsWith(':')) return 'left';
    return 'auto';
  });
  const rows: string[][] = [];
  const ragged: PipeTable['ragged'] = [];
  lines.slice(2).forEach((l, i) => {
    const cells = pipeCells(l);
    if (cells.length !== header.length) ragged.push({ line: i + 2, cells: cells.length });
    rows.push(cells);
  });
  return { header, align: align.every((a) => a === 'auto') ? [] : align.length === header.length ? align : [], rows, ragged };
}

/**
 * A chart value as people type or paste it: "1,234.5", "−3" (U+2212), "12%" → number; empty
 * or a dash → null (no value); anything else → undefined (not a number: refuse it).
 */
export function parseNumber(raw: string): number | null | undefined {
  const s = raw.trim().replace(/[\s,]/g, '').replace(/^\u2212/, '-').replace(/%$/, '');
  if (s === '' || s === '\u2014' || s === '-') return null;
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}
