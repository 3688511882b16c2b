/**
 * Checks on a section's table and chart: a chart without a source or an as-of date, a table
 * of figures (any numeric body cell) without them, and a table or chart past its limits or too
 * dense to read. A table of words (a course-of-action comparison) owes no source.
 *
 * Items carry a catalog key in the `tables` namespace and the English sentence; runChecks
 * (index.ts) turns them into CheckItems.
 */
import { LIMITS } from '../model/defaults.ts';
import { isNumericCell } from '../model/table.ts';
import type { Section } from '../model/schema.ts';

export type TableCheckKind = 'table-no-source' | 'table-no-as-of' | 'chart-no-source' | 'chart-no-as-of' | 'table-over-limit' | 'chart-over-limit' | 'chart-dense';

export interface TableCheck {
  id: string;
  kind: TableCheckKind;
  severity: 'error' | 'warning' | 'info';
  /** 'tables:checks.<kind>' */
  key: string;
  /** Numbers the sentence needs (rows, the limit). */
  count?: number;
  target?: number;
  field: 'table' | 'chart';
  /** Which control to focus: the source or as-of field, or the grid. */
  itemId: 'source' | 'asOf' | 'grid';
  /** The English sentence, `name` being the section's quoted title or "Section n". */
  english: (name: string) => string;
}

/** Column × category past which a chart's marks and labels crowd below legibility. */
export const CHART_DENSE_MARKS = 48;

export function tableChartChecks(s: Section): TableCheck[] {
  const out: TableCheck[] = [];
  const t = s.table;
  if (t) {
    const numeric = t.rows.some((r) => r.some((c) => c.text.trim() !== '' && isNumericCell(c.text)));
    const cited = t.sourceId !== '' || t.header.some((c) => c.cites.length > 0) || t.rows.some((r) => r.some((c) => c.cites.length > 0));
    if (numeric && !cited) out.push({ id: `table-source:${s.id}`, kind: 'table-no-source', severity: 'warning', key: 'tables:checks.tableNoSource', field: 'table', itemId: 'source', english: (n) => `The table in ${n} holds figures but cites no source.` });
    if (numeric && t.asOf === '') out.push({ id: `table-asof:${s.id}`, kind: 'table-no-as-of', severity: 'warning', key: 'tables:checks.tableNoAsOf', field: 'table', itemId: 'asOf', english: (n) => `The table in ${n} holds figures but has no as-of date.` });
    if (t.rows.length > LIMITS.tableRows || t.header.length > LIMITS.tableColumns) {
      out.push({ id: `table-limit:${s.id}`, kind: 'table-over-limit', severity: 'error', key: 'tables:checks.tableOverLimit', count: t.rows.length, target: LIMITS.tableRows, field: 'table', itemId: 'grid', english: (n) => `The table in ${n} is larger than ${LIMITS.tableColumns} columns × ${LIMITS.tableRows} rows.` });
    }
  }
  const c = s.chart;
  if (c) {
    if (c.sourceId === '') out.push({ id: `chart-source:${s.id}`, kind: 'chart-no-source', severity: 'error', key: 'tables:checks.chartNoSource', field: 'chart', itemId: 'source', english: (n) => `The chart in ${n} has no source.` });
    if (c.asOf === '') out.push({ id: `chart-asof:${s.id}`, kind: 'chart-no-as-of', severity: 'warning', key: 'tables:checks.chartNoAsOf', field: 'chart', itemId: 'asOf', english: (n) => `The chart in ${n} has no as-of date.` });
    const marks = c.categories.length * c.series.length;
    if (c.categories.length > LIMITS.chartCategories || c.series.length > LIMITS.chartSeries) {
      out.push({ id: `chart-limit:${s.id}`, kind: 'chart-over-limit', severity: 'error', key: 'tables:checks.chartOverLimit', count: c.categories.length, target: LIMITS.chartCategories, field: 'chart', itemId: 'grid', english: (n) => `The chart in ${n} has more than ${LIMITS.chartCategories} categories or ${LIMITS.chartSeries} series.` });
    } else if (marks > CHART_DENSE_MARKS && c.kind !== 'line') {
      out.push({ id: `chart-dense:${s.id}`, kind: 'chart-dense', severity: 'info', key: 'tables:checks.chartDense', count: marks, target: CHART_DENSE_MARKS, field: 'chart', itemId: 'grid', english: (n) => `The chart in ${n} draws ${marks} bars; above ${CHART_DENSE_MARKS} they are hard to read on a slide. A line chart or fewer categories reads better.` });
    }
  }
  return out;
}
