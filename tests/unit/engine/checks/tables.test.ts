import { describe, expect, it } from 'vitest';
import { runChecks, isEmptySection } from '../../../../engine/checks/index.ts';
import { DeckSchema } from '../../../../engine/model/schema.ts';
import { checkText } from '../../../../engine/checks/message.ts';
import { createI18n } from '../../../../engine/i18n/index.ts';

const enI18n = createI18n('en');
const koI18n = createI18n('ko');
const en = (key: string, options?: Record<string, unknown>) => enI18n.t(key, options ?? {});
const ko = (key: string, options?: Record<string, unknown>) => koI18n.t(key, options ?? {});

const cell = (text: string, cites: string[] = []) => ({ text, cites });
const src = { id: 'src', title: 'Op-ed' };

function kinds(sections: unknown[]): string[] {
  return runChecks(DeckSchema.parse({ sources: [src], sections })).map((i) => `${i.kind}:${i.target.field}:${i.target.itemId ?? ''}`).filter((k) => /^(table|chart)/.test(k));
}

describe('table and chart checks', () => {
  it('flags a chart without a source (error) or as-of (warning)', () => {
    const items = runChecks(DeckSchema.parse({ sections: [{ id: 's', title: 'Exports', chart: { categories: ['a'], series: [{ values: [1] }] } }] }));
    const chart = items.filter((i) => i.kind.startsWith('chart'));
    expect(chart.map((i) => [i.kind, i.severity, i.target.itemId])).toEqual([
      ['chart-no-source', 'error', 'source'],
      ['chart-no-as-of', 'warning', 'asOf'],
    ]);
    expect(checkText(chart[0]!, en)).toBe('The chart in “Exports” has no source.');
    expect(checkText(chart[0]!, ko)).not.toBe(checkText(chart[0]!, en));
    expect(kinds([{ id: 's', title: 'x', chart: { categories: ['a'], series: [{ values: [1] }], sourceId: 'src', asOf: '2024-06-03' } }])).toEqual([]);
  });

  it('flags a table of figures without source or as-of, but not a table of words', () => {
    expect(kinds([{ id: 's', title: 'x', table: { header: [cell('Year'), cell('Value')], rows: [[cell('2023'), cell('1,200')]] } }])).toEqual(['table-no-source:table:source', 'table-no-as-of:table:asOf']);
    expect(kinds([{ id: 's', title: 'x', table: { header: [cell('COA'), cell('Risk')], rows: [[cell('Buy abroad'), cell('Low')]] } }])).toEqual([]);
    // A cell citation counts as the table's source.
    expect(kinds([{ id: 's', title: 'x', table: { header: [cell('Y'), cell('V')], rows: [[cell('A'), cell('12', ['src'])]], asOf: '2024-01-01' } }])).toEqual([]);
  });

  it('notes a bar chart too dense to read, and a section holding only a table is not empty', () => {
    const cats = Array.from({ length: 20 }, (_, i) => `c${i}`);
    const series = [0, 1, 2].map(() => ({ values: cats.map(() => 1) }));
    expect(kinds([{ id: 's', title: 'x', chart: { categories: cats, series, sourceId: 'src', asOf: '2024-01-01' } }])).toEqual(['chart-dense:chart:grid']);
    const deck = DeckSchema.parse({ sections: [{ id: 's', title: 'x', points: [], table: { header: [cell('a')] } }] });
    expect(isEmptySection(deck.sections[0]!)).toBe(false);
  });
});
