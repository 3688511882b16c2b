/**
 * Tables and charts in an outline (docs/OUTLINE.md "Tables and charts"): a Markdown pipe
 * table under a section becomes its table; a `Chart: bar` label (or `Chart: line, Title`)
 * right over one makes it the section's chart instead. Cells cite the section's sources with
 * `[n]` like points do. A ragged row, a value that is not a number or a table over LIMITS is
 * an error naming the line: nothing is padded or cut silently.
 */
import { LIMITS } from '../model/defaults.ts';
import { CHART_KINDS, type Chart, type ChartKind } from '../model/chart.ts';
import type { Table, TableCell } from '../model/table.ts';
import { parseNumber, parsePipeTable } from '../tables/grid.ts';
import { extractCites } from './cites.ts';
import { OutlineError } from './errors.ts';
import type { UiMessage } from '../i18n/ui-message.ts';

/** Reports a bent line: English for the CLI, the same as a catalog message for the UI. */
export type OutlineWarn = (line: number, message: string, ui: UiMessage) => void;

export const CHART_LABELS = ['chart', '그래프', '차트'] as const;
export const TABLE_LABELS = ['table', '표'] as const;

/** Kind words after `Chart:`, English and Korean. */
const KIND_WORDS: Record<string, ChartKind> = {
  bar: 'bar',
  bars: 'bar',
  column: 'column',
  columns: 'column',
  line: 'line',
  'stacked bar': 'stacked-bar',
  'stacked-bar': 'stacked-bar',
  '가로 막대': 'bar',
  막대: 'column',
  '세로 막대': 'column',
  꺾은선: 'line',
  '누적 막대': 'stacked-bar',
};

export interface GridDraft {
  /** The pipe lines and their 1-based line numbers. */
  lines: string[];
  nos: number[];
  /** Set by a `Chart:` label just above the table. */
  chart: { kind: ChartKind; title: string; line: number } | null;
  /** Set by a `Table:` label just above: the caption. */
  caption: string;
}

/** Reads `Chart: bar` / `Chart: line, Exports by year`; unknown kinds warn and draw columns. */
export function chartLabel(value: string, line: number, warn: OutlineWarn): GridDraft['chart'] {
  const [head = '', ...rest] = value.split(/[,，]/);
  const word = head.trim().toLowerCase();
  let kind: ChartKind = 'column';
  if (word && Object.hasOwn(KIND_WORDS, word)) kind = KIND_WORDS[word] as ChartKind;
  else if (word) warn(line, `"${word.slice(0, 30)}" is not a chart type (${CHART_KINDS.join(', ')}); drawn as a column chart`, { key: 'outlineText:warn.badChartKind', params: { value: word.slice(0, 30), kinds: CHART_KINDS.join(', ') } });
  return { kind, title: rest.join(',').trim().slice(0, 300), line };
}

type Cites = ReadonlyMap<number, string>;

function cell(raw: string, byNumber: Cites, line: number, warn: OutlineWarn): TableCell {
  if (raw.length > LIMITS.tableCellChars) throw new OutlineError(line, `table cell longer than ${LIMITS.tableCellChars} characters`, { key: 'outlineText:error.tooLong', params: { max: LIMITS.tableCellChars } });
  const { text, cites, unknown } = extractCites(raw, byNumber);
  for (const n of unknown) warn(line, `[${n}] matches no source in this section's list; kept as text`, { key: 'outlineText:warn.unknownCite', params: { n } });
  return { text, cites };
}

/** The section's table or chart from its pipe lines. */
export function finishGrid(d: GridDraft, byNumber: Cites, warn: OutlineWarn): { table: Table | null; chart: Chart | null } {
  const first = d.nos[0] ?? 0;
  const pipe = parsePipeTable(d.lines);
  if (!pipe) throw new OutlineError(d.nos[1] ?? first, 'a pipe table needs a separator line under its header (| --- | --- |)', { key: 'outlineText:error.tableNoSeparator' });
  const ragged = pipe.ragged[0];
  if (ragged) throw new OutlineError(d.nos[ragged.line] ?? first, `table row has ${ragged.cells} ${ragged.cells === 1 ? 'cell' : 'cells'}; the header has ${pipe.header.length}`, {
      key: 'outlineText:error.tableRagged',
      params: { count: ragged.cells, header: pipe.header.length },
    });
  if (d.chart) return { table: null, chart: toChart(d, pipe.header, pipe.rows) };
  if (pipe.header.length > LIMITS.tableColumns) throw new OutlineError(first, `a table has at most ${LIMITS.tableColumns} columns; this one has ${pipe.header.length}`, { key: 'outlineText:error.tableColumns', params: { max: LIMITS.tableColumns, count: pipe.header.length } });
  if (pipe.rows.length > LIMITS.tableRows) throw new OutlineError(d.nos[2 + LIMITS.tableRows] ?? first, `a table has at most ${LIMITS.tableRows} rows; split it over two sections`, { key: 'outlineText:error.tableRows', params: { max: LIMITS.tableRows } });
  const table: Table = {
    caption: d.caption.slice(0, 500),
    header: pipe.header.map((c) => cell(c, byNumber, first, warn)),
    rows: pipe.rows.map((r, i) => r.map((c) => cell(c, byNumber, d.nos[i + 2] ?? first, warn))),
    align: pipe.align,
    asOf: '',
    sourceId: '',
  };
  return { table, chart: null };
}

function toChart(d: GridDraft, header: string[], rows: string[][]): Chart {
  const chart = d.chart as NonNullable<GridDraft['chart']>;
  const series = header.length - 1;
  if (series < 1) throw new OutlineError(d.nos[0] ?? chart.line, 'a chart table needs a category column and at least one value column', { key: 'outlineText:error.chartNoSeries' });
  if (series > LIMITS.chartSeries) throw new OutlineError(d.nos[0] ?? chart.line, `a chart has at most ${LIMITS.chartSeries} series (value columns); this one has ${series}`, { key: 'outlineText:error.chartSeries', params: { max: LIMITS.chartSeries, count: series } });
  if (rows.length < 1) throw new OutlineError(d.nos[0] ?? chart.line, 'a chart needs at least one row of values', { key: 'outlineText:error.chartNoRows' });
  if (rows.length > LIMITS.chartCategories) throw new OutlineError(d.nos[2 + LIMITS.chartCategories] ?? chart.line, `a chart has at most ${LIMITS.chartCategories} categories (rows)`, { key: 'outlineText:error.chartCategories', params: { max: LIMITS.chartCategories } });
  const values = header.slice(1).map((): (number | null)[] => []);
  rows.forEach((r, i) => {
    r.slice(1).forEach((raw, s) => {
      const v = parseNumber(raw);
      if (v === undefined) throw new OutlineError(d.nos[i + 2] ?? chart.line, `"${raw.slice(0, 40)}" is not a number (a chart holds numbers; leave the cell empty for no value)`, { key: 'outlineText:error.chartNotNumber', params: { value: raw.slice(0, 40) } });
      values[s]?.push(v);
    });
  });
  const label = (s: string, what: string, line: number): string => {
    if (s.length > LIMITS.chartLabelChars) throw new OutlineError(line, `${what} longer than ${LIMITS.chartLabelChars} characters`, { key: 'outlineText:error.tooLong', params: { max: LIMITS.chartLabelChars } });
    return s;
  };
  return {
    kind: chart.kind,
    title: chart.title,
    caption: d.caption.slice(0, 500),
    categories: rows.map((r, i) => label(r[0] ?? '', 'chart category', d.nos[i + 2] ?? chart.line)),
    series: header.slice(1).map((name, s) => ({ name: label(name, 'series name', d.nos[0] ?? chart.line), values: values[s] ?? [] })),
    unit: '',
    asOf: '',
    sourceId: '',
    highlight: '',
  };
}
