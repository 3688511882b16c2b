/**
 * Edits of a table's grid, each returning a new table (the store keeps edits immutable and
 * the preview relies on identity). Out-of-range indices leave the table as it was; the limits
 * (LIMITS.tableRows/tableColumns) are kept: an add beyond them returns the same table.
 */
import { LIMITS } from '../model/defaults.ts';
import type { Table, TableAlign, TableCell } from '../model/table.ts';

const blank = (): TableCell => ({ text: '', cites: [] });
/** All-'auto' alignments are stored as none. */
const norm = (align: TableAlign[]): TableAlign[] => (align.every((a) => a === 'auto') ? [] : align);
const move = <T>(list: readonly T[], from: number, to: number): T[] => {
  const out = [...list];
  const [x] = out.splice(from, 1);
  out.splice(to, 0, x as T);
  return out;
};

/** row -1 is the header. */
export function setCell(t: Table, row: number, col: number, patch: Partial<TableCell>): Table {
  if (row === -1) return { ...t, header: t.header.map((c, i) => (i === col ? { ...c, ...patch } : c)) };
  return { ...t, rows: t.rows.map((r, i) => (i === row ? r.map((c, j) => (j === col ? { ...c, ...patch } : c)) : r)) };
}

export function insertRow(t: Table, at: number): Table {
  if (t.rows.length >= LIMITS.tableRows) return t;
  const rows = [...t.rows];
  rows.splice(Math.max(0, Math.min(at, rows.length)), 0, t.header.map(blank));
  return { ...t, rows };
}

export function removeRow(t: Table, at: number): Table {
  if (at < 0 || at >= t.rows.length) return t;
  return { ...t, rows: t.rows.filter((_, i) => i !== at) };
}

export function moveRow(t: Table, from: number, to: number): Table {
  if (from < 0 || from >= t.rows.length || to < 0 || to >= t.rows.length || from === to) return t;
  return { ...t, rows: move(t.rows, from, to) };
}

export function insertColumn(t: Table, at: number): Table {
  if (t.header.length >= LIMITS.tableColumns) return t;
  const i = Math.max(0, Math.min(at, t.header.length));
  const add = <T>(list: readonly T[], x: T): T[] => [...list.slice(0, i), x, ...list.slice(i)];
  return { ...t, header: add(t.header, blank()), rows: t.rows.map((r) => add(r, blank())), align: t.align.length ? add<TableAlign>(t.align, 'auto') : [] };
}

export function removeColumn(t: Table, at: number): Table {
  if (t.header.length <= 1 || at < 0 || at >= t.header.length) return t;
  const drop = <T>(list: readonly T[]): T[] => list.filter((_, j) => j !== at);
  return { ...t, header: drop(t.header), rows: t.rows.map(drop), align: norm(t.align.length ? drop(t.align) : []) };
}

export function moveColumn(t: Table, from: number, to: number): Table {
  const n = t.header.length;
  if (from < 0 || from >= n || to < 0 || to >= n || from === to) return t;
  return { ...t, header: move(t.header, from, to), rows: t.rows.map((r) => move(r, from, to)), align: t.align.length ? move(t.align, from, to) : [] };
}

export function setAlign(t: Table, col: number, align: TableAlign): Table {
  const base: TableAlign[] = t.align.length === t.header.length ? [...t.align] : t.header.map(() => 'auto');
  base[col] = align;
  return { ...t, align: norm(base) };
}
