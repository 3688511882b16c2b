/**
 * Dense decks for the layout test (tests/e2e/layout.spec.ts): everything that used to be
 * clipped or shrunk past legibility. Built through the schema, like a loaded file.
 */
import type { Deck, Point } from '../../../engine/model/schema.ts';
import { deckOf, PIXEL_PNG } from './export-decks.ts';

const EN = 'the alliance sustains readiness through shared production lines and tested supply arrangements'.split(' ');
const KO = '한미 동맹은 공동 생산과 공급망 협정으로 방위산업 협력을 넓히고 있으며 기술 이전과 정비 역량을 함께 키운다'.split(' ');

function text(n: number, seed: number, ko = false): string {
  const pool = ko ? KO : EN;
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pool[(seed * 7 + i * 3) % pool.length] as string);
  let s = out.join(' ');
  // sentences every ~15 words so long points can split at a full stop
  s = s.replace(/((?:\S+ ){14}\S+) /g, '$1. ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

let ids = 0;
const id = (p: string): string => `${p}${++ids}`;
const point = (t: string, children: Point[] = [], cites: string[] = []): Point => ({ id: id('p'), text: t, cites, children });

export function denseDeck(opts: { ko?: boolean; aspect?: '16:9' | '4:3' } = {}): Deck {
  const ko = opts.ko ?? false;
  ids = 0;
  const t = (n: number, seed: number): string => text(n, seed, ko);
  const figures = Array.from({ length: 6 }, (_, i) => ({ id: `f${i}`, label: t(6 + i, i), value: ['17.3', '4', '2,150', '98%', '12', '3.5'][i] as string, unit: ['bn USD', 'lines', 'units', '', 'months', 'x'][i] as string, asOf: '2024-06-03', sourceId: 's1' }));
  return deckOf({
    meta: { title: ko ? '한미 방위산업 협력 점검' : 'Dense layout check', presenter: 'Maj. Kim', office: 'J4', date: '2024-06-10', asOf: '2024-06-03', lang: ko ? 'ko' : 'en' },
    marking: { level: 'unclassified' },
    sources: [{ id: 's1', title: 'Report', publisher: 'KIET', date: '2024-01-10', url: 'https://example.com/report' }],
    settings: { aspect: opts.aspect ?? '16:9' },
    sections: [
      { id: 'many', title: ko ? '많은 요점' : 'Many points', points: Array.from({ length: 24 }, (_, i) => point(t(8 + (i % 5) * 6, i), [], i % 4 === 0 ? ['s1'] : [])) },
      { id: 'deep', title: ko ? '깊은 요점' : 'Deep points', points: Array.from({ length: 8 }, (_, i) => point(t(10, i), [point(t(12, i + 1), [point(t(9, i + 2)), point(t(7, i + 3))]), point(t(8, i + 4))])) },
      { id: 'longtitle', title: t(40, 3), points: [point(t(20, 1)), point(t(30, 2))] },
      { id: 'figs', title: ko ? '주요 수치' : 'Key figures', points: [point(t(20, 5)), point(t(25, 6))], figures },
      { id: 'image', title: ko ? '그림' : 'Image beside points', points: Array.from({ length: 6 }, (_, i) => point(t(18, i))), image: { dataUrl: PIXEL_PNG, alt: 'chart' } },
      { id: 'long', title: ko ? '긴 요점' : 'One long point', points: [point(t(400, 9))] },
      {
        id: 'decide',
        kind: 'decision',
        title: ko ? '결정 사항' : 'Decision',
        decision: { problem: t(40, 2), options: Array.from({ length: 6 }, (_, i) => ({ id: `o${i}`, title: t(6, i), summary: t(20, i + 1) })), recommendation: 'o2' },
      },
      { id: 'empty', title: ko ? '빈 절' : 'Empty section' },
      { id: 'backup', kind: 'backup', title: ko ? '참고 자료' : 'Backup detail', points: Array.from({ length: 20 }, (_, i) => point(t(30, i))) },
    ],
  });
}
