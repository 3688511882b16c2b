import { describe, expect, it } from 'vitest';
import { DeckError, restoreDeck } from '../../../../engine/format/index.ts';
import { LIMITS } from '../../../../engine/model/defaults.ts';
import { columnAlign, emptyTable, isNumericCell, TableSchema } from '../../../../engine/model/table.ts';
import { ChartSchema, emptyChart } from '../../../../engine/model/chart.ts';

const cell = (text: string, cites: string[] = []) => ({ text, cites });
const src = { id: 'src1', title: 'Op-ed', publisher: 'The Washington Times', date: '2024-06-03', url: '' };

function deckWith(section: Record<string, unknown>) {
  return { sources: [src], sections: [{ id: 's1', title: 'T', ...section }] };
}

function errorOf(fn: () => unknown): DeckError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DeckError) return e;
    throw e;
  }
  throw new Error('expected a DeckError');
}

describe('table model', () => {
  it('restores a table with defaults filled and cites kept', () => {
    const deck = restoreDeck(deckWith({ table: { header: [cell('Framework'), cell('Status')], rows: [[{ text: 'SOSA', cites: ['src1'] }, { text: 'Signed' }]], sourceId: 'src1' } }));
    const t = deck.sections[0]?.table;
    expect(t?.rows[0]?.[0]).toEqual({ text: 'SOSA', cites: ['src1'] });
    expect(t?.rows[0]?.[1]).toEqual({ text: 'Signed', cites: [] });
    expect(t?.align).toEqual([]);
    expect(t?.caption).toBe('');
    expect(deck.sections[0]?.chart).toBeNull();
  });

  it('refuses a ragged row by path and says how many cells', () => {
    const e = errorOf(() => restoreDeck(deckWith({ table: { header: [cell('A'), cell('B')], rows: [[cell('1'), cell('2')], [cell('3')]] } })));
    expect(e.path).toBe('sections[0].table.rows[1]');
    expect(e.detail).toBe('row 2 has 1 cell; the header has 2');
  });

  it('refuses more columns and rows than LIMITS, and an over-long cell', () => {
    const wide = Array.from({ length: LIMITS.tableColumns + 1 }, () => cell('x'));
    expect(errorOf(() => restoreDeck(deckWith({ table: { header: wide } }))).detail).toMatch(`at most ${LIMITS.tableColumns} columns`);
    const rows = Array.from({ length: LIMITS.tableRows + 1 }, () => [cell('x')]);
    expect(errorOf(() => restoreDeck(deckWith({ table: { header: [cell('A')], rows } }))).detail).toMatch(`at most ${LIMITS.tableRows} rows`);
    const long = 'x'.repeat(LIMITS.tableCellChars + 1);
    expect(errorOf(() => restoreDeck(deckWith({ table: { header: [cell(long)] } }))).path).toBe('sections[0].table.header[0].text');
  });

  it('refuses a citation to a missing source, naming the citation', () => {
    const e = errorOf(() => restoreDeck(deckWith({ table: { header: [cell('A')], rows: [[cell('1', ['nope'])]] } })));
    expect(e.path).toBe('sections[0].table.rows[0][0].cites[0]');
    expect(e.detail).toBe('cites "nope", which is not one of the deck\'s sources');
    expect(errorOf(() => restoreDeck(deckWith({ chart: { categories: ['a'], series: [{ values: [1] }], sourceId: 'gone' } }))).path).toBe('sections[0].chart.sourceId');
  });

  it('keeps table and chart citations on the first of two sources that share an id', () => {
    const deck = restoreDeck({
      sources: [src, { ...src, title: 'Another' }],
      sections: [{ id: 's2', title: 'B', table: { header: [cell('A', ['src1'])], sourceId: 'src1' }, chart: { categories: ['a'], series: [{ values: [1] }], sourceId: 'src1' } }],
    });
    expect(deck.sources.map((s) => s.id)).toEqual(['src1', 'src1-2']);
    const s2 = deck.sections[0];
    expect(s2?.table?.sourceId).toBe('src1');
    expect(s2?.table?.header[0]?.cites).toEqual(['src1']);
    expect(s2?.chart?.sourceId).toBe('src1');
  });

  it('aligns numeric columns right and text columns left unless told', () => {
    const t = TableSchema.parse({ header: [cell('Name'), cell('Value'), cell('Note')], rows: [[cell('A'), cell('1,200'), cell('x')], [cell('B'), cell('(3.5%)'), cell('')]], align: ['auto', 'auto', 'center'] });
    expect([0, 1, 2].map((c) => columnAlign(t, c))).toEqual(['left', 'right', 'center']);
    expect(['₩1,200억', '−5.2', '$3.1B', '45%', '12조'].every(isNumericCell)).toBe(true);
    expect(['2023년 11월', 'SOSA', '1.2.3 draft'].some(isNumericCell)).toBe(false);
    expect(TableSchema.parse(emptyTable(3, 2)).rows).toHaveLength(2);
  });
});

describe('chart model', () => {
  const base = { categories: ['2022', '2023'], series: [{ name: 'Exports', values: [1, null] }] };

  it('fills defaults and accepts null gaps', () => {
    const c = ChartSchema.parse(base);
    expect(c.kind).toBe('column');
    expect(c.highlight).toBe('');
    expect(c.series[0]?.values).toEqual([1, null]);
    expect(ChartSchema.parse(emptyChart()).categories).toHaveLength(3);
  });

  it('refuses a value that is not a number, by path', () => {
    const e = errorOf(() => restoreDeck(deckWith({ chart: { ...base, series: [{ name: 'x', values: [1, '12'] }] } })));
    expect(e.path).toBe('sections[0].chart.series[0].values[1]');
    expect(e.detail).toBe('expected a number (or null for no value)');
  });

  it('refuses a series whose length differs from the categories, a bad highlight, too many series and categories', () => {
    expect(errorOf(() => restoreDeck(deckWith({ chart: { ...base, series: [{ values: [1] }] } }))).detail).toBe('series 1 has 1 value; the chart has 2 categories');
    expect(errorOf(() => restoreDeck(deckWith({ chart: { ...base, highlight: 2 } }))).path).toBe('sections[0].chart.highlight');
    const five = Array.from({ length: 5 }, () => ({ values: [1, 2] }));
    expect(errorOf(() => restoreDeck(deckWith({ chart: { ...base, series: five } }))).detail).toMatch('at most 4 series');
    const cats = Array.from({ length: LIMITS.chartCategories + 1 }, (_, i) => String(i));
    expect(errorOf(() => restoreDeck(deckWith({ chart: { categories: cats, series: [{ values: cats.map(() => 1) }] } }))).detail).toMatch(`at most ${LIMITS.chartCategories} categories`);
    expect(errorOf(() => restoreDeck(deckWith({ chart: { ...base, kind: 'pie' } }))).detail).toMatch('expected one of column, bar, line, stacked-bar');
  });
});
