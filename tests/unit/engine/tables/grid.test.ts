import { describe, expect, it } from 'vitest';
import { gridToTable, parseNumber, parsePipeTable, parseTsv, looksLikeTsv } from '../../../../engine/tables/index.ts';
import { insertColumn, insertRow, moveColumn, moveRow, removeColumn, removeRow, setAlign, setCell } from '../../../../engine/tables/index.ts';
import { emptyTable } from '../../../../engine/model/table.ts';
import { LIMITS } from '../../../../engine/model/defaults.ts';

describe('table grids', () => {
  it('reads TSV as spreadsheets copy it: quoted cells with tabs, newlines and quotes, CRLF', () => {
    expect(parseTsv('a\tb\r\n"x\ty"\t"say ""hi"""\r\n"two\nlines"\tz')).toEqual([
      ['a', 'b'],
      ['x\ty', 'say "hi"'],
      ['two\nlines', 'z'],
    ]);
    expect(looksLikeTsv('a\tb\n1\t2')).toBe(true);
    expect(looksLikeTsv('just a sentence')).toBe(false);
  });

  it('pads short rows, drops empty rows, and refuses a grid over the limits whole', () => {
    const ok = gridToTable([['A', 'B', 'C'], ['1'], ['', ''], ['2', '3', '4']]);
    expect(ok.ok && ok.table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['1', '', ''],
      ['2', '3', '4'],
    ]);
    const rows = gridToTable([['H'], ...Array.from({ length: 1000 }, (_, i) => [String(i)])]);
    expect(rows).toEqual({ ok: false, problem: { kind: 'too-many-rows', rows: 1000, limit: LIMITS.tableRows } });
    const cols = gridToTable([Array.from({ length: 9 }, () => 'x')]);
    expect(cols).toEqual({ ok: false, problem: { kind: 'too-many-columns', columns: 9, limit: LIMITS.tableColumns } });
    const long = gridToTable([['H'], ['x'.repeat(301)]]);
    expect(long).toEqual({ ok: false, problem: { kind: 'cell-too-long', row: 2, column: 1, chars: 301, limit: LIMITS.tableCellChars } });
    expect(gridToTable([['', ''], []])).toEqual({ ok: false, problem: { kind: 'empty' } });
  });

  it('reads pipe tables with alignment and escaped bars, and reports ragged rows', () => {
    const t = parsePipeTable(['| a | b \\| c | n |', '|:--|:-:|--:|', '| 1 | 2 | 3 |', '| 4 | 5 |']);
    expect(t?.header).toEqual(['a', 'b | c', 'n']);
    expect(t?.align).toEqual(['left', 'center', 'right']);
    expect(t?.ragged).toEqual([{ line: 3, cells: 2 }]);
    expect(parsePipeTable(['| a |', '| b |'])).toBeNull();
  });

  it('parses chart values as people write them', () => {
    expect(['1,234.5', '\u22123', '12%', '', '—', '-', '+7', '1e3'].map(parseNumber)).toEqual([1234.5, -3, 12, null, null, null, 7, 1000]);
    expect(['abc', '1.2.3', '12 apples', 'NaN', 'Infinity'].map(parseNumber)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('edits rows and columns immutably, within the limits', () => {
    let t = emptyTable(2, 2);
    t = setCell(t, -1, 0, { text: 'Name' });
    t = setCell(t, 0, 1, { text: '7' });
    const before = t;
    t = insertColumn(t, 1);
    expect(t.header.map((c) => c.text)).toEqual(['Name', '', '']);
    expect(t.rows[0]?.map((c) => c.text)).toEqual(['', '', '7']);
    expect(before.header).toHaveLength(2);
    t = moveColumn(t, 2, 0);
    expect(t.rows[0]?.[0]?.text).toBe('7');
    t = setAlign(t, 0, 'right');
    expect(t.align).toEqual(['right', 'auto', 'auto']);
    t = removeColumn(t, 0);
    expect(t.align).toEqual([]);
    t = insertRow(t, 0);
    expect(t.rows).toHaveLength(3);
    t = setCell(t, 0, 0, { text: 'top' });
    t = moveRow(t, 0, 2);
    expect(t.rows[2]?.[0]?.text).toBe('top');
    t = removeRow(t, 2);
    expect(t.rows).toHaveLength(2);
    // Limits: no ninth column, no row past 60, never zero columns.
    let wide = emptyTable(LIMITS.tableColumns, 1);
    expect(insertColumn(wide, 0)).toBe(wide);
    wide = emptyTable(1, LIMITS.tableRows);
    expect(insertRow(wide, 0)).toBe(wide);
    expect(removeColumn(emptyTable(1, 1), 0).header).toHaveLength(1);
  });
});
