/** Words the chart and table renderers put on slides and in descriptions, per deck language. */
import type { ChartKind } from '../model/chart.ts';

export interface ChartWords {
  kinds: Record<ChartKind, string>;
  /** "{kind} of {n} categories and {m} series" — filled by describe(). */
  categories: (n: number) => string;
  series: (n: number) => string;
  unit: string;
  source: string;
  asOf: string;
  noValue: string;
  category: string;
  highlighted: string;
  continued: string;
}

const EN: ChartWords = {
  kinds: { column: 'Column chart', bar: 'Bar chart', line: 'Line chart', 'stacked-bar': 'Stacked bar chart' },
  categories: (n) => `${n} ${n === 1 ? 'category' : 'categories'}`,
  series: (n) => `${n} ${n === 1 ? 'series' : 'series'}`,
  unit: 'Unit',
  source: 'Source',
  asOf: 'As of',
  noValue: 'no value',
  category: 'Category',
  highlighted: 'highlighted',
  continued: 'cont.',
};

const KO: ChartWords = {
  kinds: { column: '세로 막대 그래프', bar: '가로 막대 그래프', line: '꺾은선 그래프', 'stacked-bar': '누적 가로 막대 그래프' },
  categories: (n) => `항목 ${n}개`,
  series: (n) => `계열 ${n}개`,
  unit: '단위',
  source: '출처',
  asOf: '기준',
  noValue: '값 없음',
  category: '항목',
  highlighted: '강조',
  continued: '계속',
};

export function chartWords(lang: string): ChartWords {
  return lang === 'ko' || lang.startsWith('ko-') ? KO : EN;
}
