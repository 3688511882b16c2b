/** Decks with tables and charts for the export spec, the unit tests and the bench. */
import type { Deck } from '../../../engine/model/schema.ts';
import { deckOf } from './export-decks.ts';

const cell = (text: string, cites: string[] = []) => ({ text, cites });
const SRC = { id: 'wt', title: 'Strengthening the ROK–U.S. defense industrial partnership', publisher: 'The Washington Times', date: '2024-06-03', url: 'https://www.washingtontimes.com/' };

/** One table section, one chart section (column, highlighted), one section with both, in `lang`. */
export function tableChartDeck(lang: 'en' | 'ko' = 'en', theme = 'briefing-light'): Deck {
  const ko = lang === 'ko';
  return deckOf({
    meta: { title: ko ? '한미 방산 협력' : 'ROK–U.S. defense-industry cooperation', lang },
    marking: { text: 'UNCLASSIFIED // ILLUSTRATIVE' },
    settings: { theme, agenda: false },
    sources: [SRC],
    sections: [
      {
        id: 'frameworks',
        title: ko ? '한미 협력 틀' : 'The ROK–U.S. frameworks',
        points: [{ id: 'p1', text: ko ? '세 가지 틀이 협력을 받친다' : 'Three frameworks carry the cooperation', cites: ['wt'], children: [] }],
        table: {
          caption: ko ? '한미 방산 협력 틀' : 'Frameworks',
          header: [cell(ko ? '틀' : 'Framework'), cell(ko ? '상태' : 'Status'), cell(ko ? '시점' : 'When')],
          rows: [
            [cell('SOSA', ['wt']), cell(ko ? '서명' : 'Signed'), cell(ko ? '2023년 11월' : 'November 2023')],
            [cell('RDP-A'), cell(ko ? '협상 중' : 'Under way'), cell('—')],
            [cell('NDIS'), cell(ko ? '발표' : 'Released'), cell(ko ? '2024년 초' : 'Early 2024')],
          ],
          asOf: '2024-06-03',
          sourceId: 'wt',
        },
      },
      {
        id: 'chart',
        title: ko ? '예시 데이터 (실제 수치 아님)' : 'Illustrative data (not real figures)',
        points: [],
        chart: {
          kind: 'column',
          categories: ko ? ['2020년', '2021년', '2022년', '2023년', '국방 산업 기반 전략 발표 이후'] : ['2020', '2021', '2022', '2023', '2024'],
          series: [
            { name: ko ? '계열 가' : 'Series A', values: [3, 5, -2, 8, 6.5] },
            { name: ko ? '계열 나' : 'Series B', values: [2, 4, 1, null, 7] },
          ],
          unit: ko ? '예시 단위' : 'illustrative units',
          asOf: '2024-06-03',
          sourceId: 'wt',
          highlight: 3,
          caption: ko ? '예시 데이터' : 'Illustrative data',
        },
      },
      {
        id: 'bars',
        title: ko ? '가로 막대' : 'Bar chart',
        points: [{ id: 'p2', text: ko ? '막대 그래프 예시' : 'A bar chart under a point', cites: [], children: [] }],
        chart: { kind: 'bar', categories: ['Alpha', 'Bravo', 'Charlie'], series: [{ name: 'x', values: [12, -4, 30] }], unit: '%', highlight: '' },
      },
      {
        id: 'line',
        title: ko ? '꺾은선' : 'Line chart',
        chart: {
          kind: 'line',
          categories: ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6'],
          series: [
            { name: 'A', values: [1, 3, 2, 5, 4, 6] },
            { name: 'B', values: [2, 2, null, 3, 5, 4] },
            { name: 'C', values: [0, 1, 1, 2, 2, 3] },
            { name: 'D', values: [4, 3, 3, 2, 1, 1] },
          ],
        },
      },
      {
        id: 'stack',
        title: 'Stacked',
        chart: { kind: 'stacked-bar', categories: ['One', 'Two'], series: [{ name: 'A', values: [3, 4] }, { name: 'B', values: [2, -1] }] },
      },
    ],
  });
}

/** A table of `rows` body rows to see continuation slides. */
export function longTableDeck(rows = 30): Deck {
  return deckOf({
    meta: { title: 'Long table' },
    settings: { agenda: false },
    sections: [{ id: 'long', title: 'Programme timeline', table: { header: [cell('Item'), cell('Date'), cell('Value')], rows: Array.from({ length: rows }, (_, i) => [cell(`Row ${i + 1}`), cell('2024-01-01'), cell(String(i * 10))]) } }],
  });
}
