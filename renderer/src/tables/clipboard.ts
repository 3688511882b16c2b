/**
 * Clipboard → grid of strings. Excel, Word, Google Sheets and web pages put an HTML <table>
 * on the clipboard (parsed here with DOMParser: inert, no script runs, no image loads) and
 * usually TSV beside it; a Markdown pipe table arrives as plain text.
 */
import { looksLikeTsv, parsePipeTable, parseTsv, type PipeTable } from '../../../engine/tables/index.ts';

export type ClipboardGrid = { kind: 'grid'; grid: string[][]; align?: PipeTable['align'] } | { kind: 'ragged'; lines: number[] } | { kind: 'none' };

/** The rows of the first <table> in `html`; a cell spanning n columns gives n cells (text in the first). */
export function htmlTableGrid(html: string): string[][] | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const table = doc.querySelector('table');
  if (!table) return null;
  const grid: string[][] = [];
  for (const tr of Array.from(table.querySelectorAll('tr'))) {
    // Only this table's own cells, not those of a table nested in a cell.
    if (tr.closest('table') !== table) continue;
    const row: string[] = [];
    for (const cell of Array.from(tr.children)) {
      if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
      row.push((cell.textContent ?? '').replace(/\s+/g, ' ').trim());
      const span = Math.min(8, Math.max(1, Number((cell as HTMLTableCellElement).colSpan) || 1));
      for (let i = 1; i < span; i++) row.push('');
    }
    grid.push(row);
  }
  return grid;
}

/** A table from the clipboard, or why not. A single line without tabs is not a table. */
export function readClipboardGrid(data: DataTransfer): ClipboardGrid {
  const html = data.getData('text/html');
  if (html && /<table[\s>]/i.test(html)) {
    const grid = htmlTableGrid(html);
    if (grid && grid.length > 0) return { kind: 'grid', grid };
  }
  const text = data.getData('text/plain');
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const pipe = parsePipeTable(lines);
  if (pipe) {
    // 1-based line numbers of the pasted text (blank lines are not counted).
    if (pipe.ragged.length > 0) return { kind: 'ragged', lines: pipe.ragged.map((r) => r.line + 1) };
    return { kind: 'grid', grid: [pipe.header, ...pipe.rows], align: pipe.align };
  }
  if (looksLikeTsv(text)) return { kind: 'grid', grid: parseTsv(text.replace(/\r?\n$/, '')) };
  return { kind: 'none' };
}
