import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chartSvg, describeChart, formatValue, renderChart, wrapLabel, textWidth, MIN_CHART_FONT_PX } from '../../../../engine/chart/index.ts';
import { ChartSchema, type Chart } from '../../../../engine/model/chart.ts';

const PAYLOADS: string[] = JSON.parse(readFileSync(new URL('../../../fixtures/_payloads/script-payloads.json', import.meta.url), 'utf8')).payloads;
const chart = (c: Record<string, unknown>): Chart => ChartSchema.parse(c);
/** The markup of the <g> that holds every element of a class (svg.ts groups them). */
const group = (svg: string, cls: string): string => new RegExp(`<g class="${cls}"(?: text-anchor="\\w+")?>(.*?)</g>`).exec(svg)?.[1] ?? '';
const texts = (svg: string, cls: string): string[] => [...group(svg, cls).matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''));
const count = (svg: string, re: RegExp): number => [...svg.matchAll(re)].length;
const bars = (svg: string, series: number): number => count(group(svg, `bd-chart-bar bd-chart-s${series}`), /<rect /g);

describe('chart SVG', () => {
  it('draws d3 "nice" ticks that cover the data, and one bar per value', () => {
    const svg = chartSvg(chart({ categories: ['a', 'b', 'c'], series: [{ values: [3, 47, 12] }] }));
    expect(texts(svg, 'bd-chart-tick')).toEqual(['0', '10', '20', '30', '40', '50']);
    expect(bars(svg, 0)).toBe(3);
    expect(svg).toMatch(/^<svg class="bd-chart-svg bd-chart-column" role="img" aria-labelledby="chart-title chart-desc"/);
    expect(svg).toContain('<title id="chart-title">Column chart</title>');
  });

  it('puts zero inside the axis for negative values and draws the bar below it', () => {
    const svg = chartSvg(chart({ categories: ['a', 'b'], series: [{ values: [-20, 10] }] }));
    const ticks = texts(svg, 'bd-chart-tick');
    expect(ticks[0]).toBe('−20');
    expect(ticks).toContain('0');
    const zero = /<line x1="[\d.]+" x2="[\d.]+" y1="([\d.]+)" y2="[\d.]+"\/>/.exec(group(svg, 'bd-chart-zero'));
    const bar = /<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"\/>/.exec(group(svg, 'bd-chart-bar bd-chart-s0'));
    expect(zero && bar).toBeTruthy();
    // The first (negative) bar starts at the zero line and goes down.
    expect(Math.abs(Number(bar?.[1]) - Number(zero?.[1]))).toBeLessThan(1);
    expect(texts(svg, 'bd-chart-val')).toEqual(['−20', '10']);
  });

  it('draws a single category, and a chart of only empty values, without NaN', () => {
    for (const c of [chart({ categories: ['Only'], series: [{ values: [5] }] }), chart({ categories: ['x'], series: [{ values: [null] }] }), chart({ kind: 'line', categories: ['x'], series: [{ values: [2] }] })]) {
      const svg = chartSvg(c);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
      expect(texts(svg, 'bd-chart-cat')).toEqual([c.categories[0]]);
    }
  });

  it('draws four series with a legend, distinct classes and dashed lines for a line chart', () => {
    const series = [1, 2, 3, 4].map((k) => ({ name: `S${k}`, values: [k, k + 1, k * 2] }));
    const column = chartSvg(chart({ categories: ['a', 'b', 'c'], series }));
    expect(texts(column, 'bd-chart-legend')).toEqual(['S1', 'S2', 'S3', 'S4']);
    for (let i = 0; i < 4; i++) expect(bars(column, i)).toBe(4); // 3 bars + legend swatch
    const line = chartSvg(chart({ kind: 'line', categories: ['a', 'b', 'c'], series }));
    expect(count(line, /<g class="bd-chart-line bd-chart-s\d"><line [^>]*\/><path d="M[^"]+"/g)).toBe(4);
    expect(count(line, /<path [^>]*stroke-dasharray/g)).toBe(3);
    const stacked = chartSvg(chart({ kind: 'stacked-bar', categories: ['a', 'b'], series: [{ values: [3, -2] }, { values: [4, 5] }] }));
    expect(bars(stacked, 0) + bars(stacked, 1)).toBe(4 + 2);
    expect(stacked).not.toMatch(/NaN/);
  });

  it('wraps long Korean labels inside their column and never below the minimum size', () => {
    const long = '국방 산업 기반 전략 발표 이후 한미 방산 협력의 새로운 단계';
    const svg = chartSvg(chart({ categories: [long, '2023년', '2024년', '2025년'], series: [{ values: [1, 2, 3, 4] }] }), { lang: 'ko', fontPx: 10 });
    expect(svg).toContain(`style="font-size:${MIN_CHART_FONT_PX}px"`);
    const first = /<text[^>]*>((?:<tspan[^>]*>[^<]*<\/tspan>)+)<\/text>/.exec(group(svg, 'bd-chart-cat'))?.[1] ?? '';
    const lines = [...first.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1] ?? '');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(3);
    // Each line fits a quarter of the 1120 px width.
    for (const l of lines) expect(textWidth(l, MIN_CHART_FONT_PX)).toBeLessThanOrEqual(1120 / 4);
    const ko = chart({ categories: ['가'], series: [{ name: '수출', values: [null] }], unit: '억 원' });
    expect(describeChart(ko, 'ko')).toBe('세로 막대 그래프: 항목 1개, 계열 1개. 단위: 억 원.');
    expect(renderChart(ko, { lang: 'ko' })).toContain('<tr><th scope="row">가</th><td>값 없음</td></tr>');
    expect(wrapLabel('aaaaaaaaaaaaaaaaaaaa', 40, 18, 2)[1]).toMatch(/…$/);
  });

  it('escapes every label, title, unit and caption: payloads come out as text', () => {
    for (const p of PAYLOADS) {
      const html = renderChart(chart({ title: p.slice(0, 300), caption: p.slice(0, 500), unit: p.slice(0, 40), categories: [p.slice(0, 80)], series: [{ name: p.slice(0, 80), values: [1] }] }), { idBase: p });
      expect(html).not.toMatch(/<(?:script|img|iframe|object|embed|foreignObject|style|link|meta)\b/i);
      expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
      // Links in the caption's inline markup are the only anchors, and only to http(s).
      for (const m of html.matchAll(/<a href="([^"]*)"/g)) expect(m[1]).toMatch(/^https?:/);
    }
  });

  it('carries the data as a hidden table and the caption line with source and as-of', () => {
    const html = renderChart(chart({ categories: ['2023'], series: [{ name: 'Exports', values: [1.5] }], unit: '%', asOf: '2024-06-03', caption: 'Illustrative' }), { cite: '<span class="bd-cite">[2]</span>' });
    expect(html).toContain('<table class="bd-sr-only"><tr><th scope="col">Category</th><th scope="col">Exports (%)</th></tr><tr><th scope="row">2023</th><td>1.5</td></tr></table>');
    expect(html).toContain('Source <span class="bd-cite">[2]</span>');
    expect(html).toContain('As of 3 June 2024');
  });

  it('formats values with grouping, two decimals at most and a true minus sign', () => {
    expect([1234567.891, -0.5, 0, 12, -1200, 1e-9].map((v) => formatValue(v))).toEqual(['1,234,567.89', '\u22120.5', '0', '12', '\u22121,200', '0']);
  });
});
