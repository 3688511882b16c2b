/**
 * A section's chart: categories along one axis and 1–4 series of numbers (null for a gap),
 * drawn as static SVG by engine/chart. Limits are LIMITS.chart* in defaults.ts. Every series
 * holds exactly one value per category; a value that is not a number is refused by path.
 */
import { z } from 'zod';
import { LIMITS } from './defaults.ts';
import { isoDateOrEmpty, sourceRef, text } from './fields.ts';

export const CHART_KINDS = ['column', 'bar', 'line', 'stacked-bar'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export const ChartSeriesSchema = z.strictObject({
  name: text(LIMITS.chartLabelChars).default(''),
  values: z.array(z.number({ error: 'expected a number (or null for no value)' }).nullable()).max(LIMITS.chartCategories, { error: `a series has at most ${LIMITS.chartCategories} values` }),
});

export const ChartSchema = z
  .strictObject({
    kind: z.enum(CHART_KINDS, { error: `expected one of ${CHART_KINDS.join(', ')}` }).default('column'),
    /** Shown over the chart; the slide title usually says it, so often empty. */
    title: text(300).default(''),
    /** A line under the chart (what the data is, "Illustrative data"). Inline markup. */
    caption: text(500).default(''),
    categories: z
      .array(text(LIMITS.chartLabelChars))
      .min(1, { error: 'a chart needs at least one category' })
      .max(LIMITS.chartCategories, { error: `a chart has at most ${LIMITS.chartCategories} categories` }),
    series: z
      .array(ChartSeriesSchema)
      .min(1, { error: 'a chart needs at least one series' })
      .max(LIMITS.chartSeries, { error: `a chart has at most ${LIMITS.chartSeries} series` }),
    /** Unit of every value ("%", "US$ bn", "억 원"), shown on the value axis. */
    unit: text(40).default(''),
    asOf: isoDateOrEmpty.default(''),
    sourceId: sourceRef,
    /** Index of the category drawn in the accent colour, or '' for none. */
    highlight: z.union([z.number().int().min(0), z.literal('')], { error: 'expected a category number (from 0) or ""' }).default(''),
  })
  .superRefine((c, ctx) => {
    const n = c.categories.length;
    c.series.forEach((s, i) => {
      if (s.values.length !== n) ctx.addIssue({ code: 'custom', input: s.values, path: ['series', i, 'values'], message: `series ${i + 1} has ${s.values.length} ${s.values.length === 1 ? 'value' : 'values'}; the chart has ${n} categories` });
    });
    if (c.highlight !== '' && c.highlight >= n) ctx.addIssue({ code: 'custom', input: c.highlight, path: ['highlight'], message: `no category ${c.highlight} (the chart has ${n}, numbered from 0)` });
  });

export type Chart = z.output<typeof ChartSchema>;
export type ChartSeries = z.output<typeof ChartSeriesSchema>;

/** A starter chart for the editor. */
export function emptyChart(): Chart {
  return { kind: 'column', title: '', caption: '', categories: ['A', 'B', 'C'], series: [{ name: '', values: [null, null, null] }], unit: '', asOf: '', sourceId: '', highlight: '' };
}
