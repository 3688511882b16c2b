/**
 * The chart editor: chart type, unit, as-of, source, highlight and caption; a small data grid
 * (first column categories, one column per series, series names in the header row); and a
 * live preview drawn by the same engine/chart code the slides use. A value that is not a
 * number is not stored: the cell is marked invalid and says so until it is fixed or emptied.
 * A spreadsheet range pasted into the grid fills the whole chart, or is refused with a notice.
 */
import { memo, useMemo, useState, type ClipboardEvent } from 'react';
import { LIMITS } from '../../../engine/model/defaults.ts';
import { CHART_KINDS, emptyChart, type Chart } from '../../../engine/model/chart.ts';
import type { Section } from '../../../engine/model/schema.ts';
import { chartSvg } from '../../../engine/chart/index.ts';
import { parseNumber } from '../../../engine/tables/index.ts';
import { useEditor } from '../store/index.ts';
import { SelectField, TextField } from '../components/Field.tsx';
import { readClipboardGrid } from './clipboard.ts';
import { selectCitableSources } from './sources.ts';
import { useTablesT, type TablesT } from './useTablesT.ts';

/** Typed or pasted values: see parseNumber (engine/tables/grid.ts). */
export const parseChartValue = parseNumber;

/** A pasted range → chart data, or the notice that refuses it. */
export function pastedChart(t: TablesT, data: DataTransfer, base: Chart): { chart: Chart } | { notice: string } | null {
  const got = readClipboardGrid(data);
  if (got.kind === 'none') return null;
  if (got.kind === 'ragged') return { notice: t('tables:paste.ragged', { lines: got.lines.join(', ') }) };
  const grid = got.grid.filter((r) => r.some((c) => c.trim() !== ''));
  const [head = [], ...body] = grid;
  const cols = Math.max(0, ...grid.map((r) => r.length)) - 1;
  if (cols < 1 || body.length < 1) return { notice: t('tables:paste.empty') };
  if (body.length > LIMITS.chartCategories || cols > LIMITS.chartSeries) return { notice: t('tables:paste.chartTooBig', { categories: LIMITS.chartCategories, series: LIMITS.chartSeries, rows: body.length, cols }) };
  const series: Chart['series'] = Array.from({ length: cols }, (_, i) => ({ name: (head[i + 1] ?? '').slice(0, LIMITS.chartLabelChars), values: [] }));
  for (let r = 0; r < body.length; r++) {
    for (let c = 0; c < cols; c++) {
      const raw = body[r]?.[c + 1] ?? '';
      const v = parseChartValue(raw);
      if (v === undefined) return { notice: t('tables:paste.notNumber', { value: raw.slice(0, 40), row: r + 2, column: c + 2 }) };
      series[c]?.values.push(v);
    }
  }
  const categories = body.map((r) => (r[0] ?? '').slice(0, LIMITS.chartLabelChars));
  return { chart: { ...base, categories, series, highlight: base.highlight !== '' && base.highlight < categories.length ? base.highlight : '' } };
}

/** Re-rendered when the chart changes, not on every keystroke in the section's points or table. */
export const ChartEditor = memo(function ChartEditor({ section }: { section: Section }) {
  const t = useTablesT();
  const set = (next: Chart | null, typing?: string) => useEditor.getState().setChart(section.id, next, typing);
  if (!section.chart) {
    return (
      <fieldset className="group" data-testid="chart">
        <legend>{t('tables:chart.legend')}</legend>
        <button type="button" className="btn btn-quiet" data-testid="chart-add" onClick={() => set(emptyChart())}>
          {t('tables:chart.add')}
        </button>
      </fieldset>
    );
  }
  return <ChartForm section={section} chart={section.chart} set={set} />;
}, (a, b) => a.section.id === b.section.id && a.section.chart === b.section.chart);

function ChartForm({ section, chart, set }: { section: Section; chart: Chart; set: (next: Chart | null, typing?: string) => void }) {
  const t = useTablesT();
  const sources = useEditor(selectCitableSources);
  const lang = useEditor((s) => s.deck.meta.lang);
  // Drafts of value cells that do not parse as numbers, keyed "series:category".
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const n = chart.categories.length;
  const preview = useMemo(() => chartSvg(chart, { lang, idBase: `ed-${section.id}`, width: 640, height: 300, fontPx: 16 }), [chart, lang, section.id]);

  const setValue = (si: number, ci: number, raw: string) => {
    const key = `${si}:${ci}`;
    const v = parseChartValue(raw);
    if (v === undefined) {
      setDrafts((d) => ({ ...d, [key]: raw }));
      return;
    }
    setDrafts((d) => {
      const { [key]: _drop, ...rest } = d;
      return rest;
    });
    set({ ...chart, series: chart.series.map((s, i) => (i === si ? { ...s, values: s.values.map((x, j) => (j === ci ? v : x)) } : s)) }, `v${key}`);
  };
  const onPaste = (e: ClipboardEvent) => {
    const got = pastedChart(t, e.clipboardData, chart);
    if (!got) return;
    if ('chart' in got && got.chart.categories.length === 1 && got.chart.series.length === 1) return;
    e.preventDefault();
    if ('notice' in got) return useEditor.getState().notify(got.notice, 'error');
    setDrafts({});
    set(got.chart);
    useEditor.getState().notify(t('tables:paste.chartPasted', { rows: got.chart.categories.length, cols: got.chart.series.length }));
  };
  const addCategory = () => set({ ...chart, categories: [...chart.categories, ''], series: chart.series.map((s) => ({ ...s, values: [...s.values, null] })) });
  const removeCategory = () =>
    set({ ...chart, categories: chart.categories.slice(0, -1), series: chart.series.map((s) => ({ ...s, values: s.values.slice(0, -1) })), highlight: chart.highlight !== '' && chart.highlight >= n - 1 ? '' : chart.highlight });
  const addSeries = () => set({ ...chart, series: [...chart.series, { name: '', values: chart.categories.map(() => null) }] });
  const removeSeries = () => set({ ...chart, series: chart.series.slice(0, -1) });
  const sourceOptions = [{ value: '', label: t('tables:table.none') }, ...sources.map((s, i) => ({ value: s.id, label: `[${i + 1}] ${s.title || t('tables:table.untitledSource')}` }))];

  return (
    <fieldset className="group" data-testid="chart">
      <legend>{t('tables:chart.legend')}</legend>
      <div className="row">
        <SelectField label={t('tables:chart.kind')} focusTarget="chart:grid" testId="chart-kind" value={chart.kind} options={CHART_KINDS.map((k) => ({ value: k, label: t(`tables:chart.kinds.${k}`) }))} onChange={(k) => set({ ...chart, kind: k })} />
        <TextField className="grow" label={t('tables:chart.title')} value={chart.title} maxLength={300} testId="chart-title" onChange={(v) => set({ ...chart, title: v }, 'title')} />
        <TextField label={t('tables:chart.unit')} value={chart.unit} maxLength={40} testId="chart-unit" onChange={(v) => set({ ...chart, unit: v }, 'unit')} />
      </div>
      <div className="row">
        <TextField label={t('tables:chart.asOf')} type="date" value={chart.asOf} focusTarget="chart:asOf" testId="chart-asof" onChange={(v) => set({ ...chart, asOf: v }, 'asOf')} />
        <SelectField label={t('tables:chart.source')} focusTarget="chart:source" testId="chart-source" value={chart.sourceId} options={sourceOptions} onChange={(v) => set({ ...chart, sourceId: v })} />
        <SelectField
          label={t('tables:chart.highlight')}
          testId="chart-highlight"
          value={chart.highlight === '' ? '' : String(chart.highlight)}
          options={[{ value: '', label: t('tables:chart.noHighlight') }, ...chart.categories.map((c, i) => ({ value: String(i), label: c || t('tables:chart.categoryN', { n: i + 1 }) }))]}
          onChange={(v) => set({ ...chart, highlight: v === '' ? '' : Number(v) })}
        />
      </div>
      <div className="chart-editor-body">
        <div className="table-grid-wrap" onPaste={onPaste}>
          <table className="table-grid" aria-label={t('tables:chart.data')} data-testid="chart-grid">
            <thead>
              <tr>
                <th>{t('tables:chart.category')}</th>
                {chart.series.map((s, si) => (
                  <th key={si}>
                    <input className="table-cell" aria-label={t('tables:chart.seriesName', { n: si + 1 })} data-testid={`series-${si}`} value={s.name} maxLength={LIMITS.chartLabelChars} onChange={(e) => set({ ...chart, series: chart.series.map((x, i) => (i === si ? { ...x, name: e.target.value } : x)) }, `s${si}`)} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chart.categories.map((c, ci) => (
                <tr key={ci}>
                  <th>
                    <input className="table-cell" aria-label={t('tables:chart.categoryN', { n: ci + 1 })} data-testid={`category-${ci}`} value={c} maxLength={LIMITS.chartLabelChars} onChange={(e) => set({ ...chart, categories: chart.categories.map((x, i) => (i === ci ? e.target.value : x)) }, `c${ci}`)} />
                  </th>
                  {chart.series.map((s, si) => {
                    const draft = drafts[`${si}:${ci}`];
                    const v = s.values[ci];
                    return (
                      <td key={si}>
                        <input
                          className={`table-cell num${draft !== undefined ? ' invalid' : ''}`}
                          inputMode="decimal"
                          aria-invalid={draft !== undefined}
                          title={draft !== undefined ? t('tables:chart.notNumber') : undefined}
                          aria-label={t('tables:chart.value', { series: s.name || t('tables:chart.seriesName', { n: si + 1 }), category: c || t('tables:chart.categoryN', { n: ci + 1 }) })}
                          data-testid={`value-${si}-${ci}`}
                          value={draft ?? (v === null || v === undefined ? '' : String(v))}
                          onChange={(e) => setValue(si, ci, e.target.value)}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {Object.keys(drafts).length > 0 ? (
            <p className="field-error" role="alert" data-testid="chart-value-error">
              {t('tables:chart.notNumber')}
            </p>
          ) : null}
          <div className="table-tools">
            <button type="button" className="btn btn-small" data-testid="chart-add-category" disabled={n >= LIMITS.chartCategories} onClick={addCategory}>
              {t('tables:chart.addCategory')}
            </button>
            <button type="button" className="btn btn-small" disabled={n <= 1} onClick={removeCategory}>
              {t('tables:chart.removeCategory')}
            </button>
            <button type="button" className="btn btn-small" data-testid="chart-add-series" disabled={chart.series.length >= LIMITS.chartSeries} onClick={addSeries}>
              {t('tables:chart.addSeries')}
            </button>
            <button type="button" className="btn btn-small" disabled={chart.series.length <= 1} onClick={removeSeries}>
              {t('tables:chart.removeSeries')}
            </button>
          </div>
        </div>
        {/* The SVG is engine output: every label in it went through escapeHtml. */}
        <div className="chart-preview" role="group" aria-label={t('tables:chart.preview')} data-testid="chart-preview" dangerouslySetInnerHTML={{ __html: preview }} />
      </div>
      <TextField label={t('tables:chart.caption')} value={chart.caption} maxLength={500} testId="chart-caption" onChange={(v) => set({ ...chart, caption: v }, 'caption')} />
      <button type="button" className="btn btn-quiet" data-testid="chart-remove" onClick={() => set(null)}>
        {t('tables:chart.remove')}
      </button>
    </fieldset>
  );
}
