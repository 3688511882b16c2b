/**
 * Decks for the compile/export tests, built through the schema so defaults are filled the
 * same way a loaded file's are. Shared by the unit tests and the Chromium test.
 */
import { DeckSchema, type Deck } from '../../../engine/model/schema.ts';

type Input = Parameters<typeof DeckSchema.parse>[0];

export function deckOf(input: Input): Deck {
  return DeckSchema.parse(input);
}

/** A 1×1 PNG, as an embedded image would be stored. */
export const PIXEL_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** A rich English deck with every section kind, a section marking override and a backup section. */
export function richDeck(): Deck {
  return deckOf({
    meta: { title: 'Supply-chain **security** review', subtitle: 'Information brief', presenter: 'Maj. Kim', office: 'J4 Logistics', organisation: 'Joint Staff', date: '2026-11-28', asOf: '2026-11-27', lang: 'en' },
    marking: { level: 'unclassified', controls: 'FOR TRAINING' },
    sources: [
      { id: 's1', title: 'Security of Supply Arrangement', publisher: 'DoD', date: '2023-11-16', url: 'https://www.acq.osd.mil/sosa' },
      { id: 's2', title: 'Defense exports 2023', publisher: 'KIET', date: '2024-01-10', url: '' },
    ],
    sections: [
      {
        id: 'bluf',
        kind: 'bluf',
        title: 'Bottom line',
        points: [{ id: 'b1', text: 'Sign the **SOSA** follow-on by Q2', cites: ['s1'], children: [] }],
        notes: 'Open with the ask.\n\nThen the why.',
      },
      {
        id: 'exports',
        kind: 'content',
        title: 'Export growth',
        points: [
          { id: 'p1', text: 'K9 Thunder leads *land* systems', cites: ['s2'], children: [{ id: 'p1a', text: 'Sub-point', cites: [], children: [{ id: 'p1a1', text: 'Sub-sub-point', cites: [], children: [] }] }] },
          { id: 'p2', text: 'See [the article](https://www.washingtontimes.com/news/2024/jun/3/)', cites: [], children: [] },
        ],
        notes: 'Stress the **trend**.',
        figures: [{ id: 'f1', label: 'Exports 2022', value: '17.3', unit: 'bn USD', asOf: '2023-12-31', sourceId: 's2' }],
        image: { dataUrl: PIXEL_PNG, alt: 'Bar chart of exports' },
        marking: { level: 'secret', controls: 'REL TO USA, KOR' },
      },
      {
        id: 'decide',
        kind: 'decision',
        title: 'Decision: follow-on arrangement',
        points: [],
        notes: 'Ask for the decision.',
        decision: {
          problem: 'Supply of energetics is single-sourced.',
          options: [
            { id: 'o1', title: 'Status quo', summary: 'No cost, risk stays' },
            { id: 'o2', title: 'RDP-A', summary: 'Reciprocal procurement' },
          ],
          recommendation: 'o2',
        },
      },
      {
        id: 'extra',
        kind: 'backup',
        title: 'Backup: data tables',
        points: [{ id: 'x1', text: 'Raw numbers', cites: ['s1'], children: [] }],
        notes: 'Only if asked.',
      },
    ],
  });
}

/** n sections (every tenth a backup), each with points, a figure, a source and notes: the size benchmark deck. */
export function generatedDeck(n: number, opts: { backupEvery?: number } = {}): Deck {
  const backupEvery = opts.backupEvery ?? 10;
  const sections = [];
  const sources = [];
  for (let i = 1; i <= n; i++) {
    const backup = backupEvery > 0 && i % backupEvery === 0;
    const src = `sec${i}s1`;
    sections.push({
      id: `sec${i}`,
      kind: backup ? ('backup' as const) : i === 1 ? ('bluf' as const) : ('content' as const),
      title: `Section ${i}: readiness of line ${i}`,
      points: [
        { id: `sec${i}p1`, text: `Point one of section ${i} with **bold** and *italic* text`, cites: [src], children: [{ id: `sec${i}p1a`, text: `Detail ${i}.1`, cites: [], children: [] }] },
        { id: `sec${i}p2`, text: `Point two of section ${i}`, cites: [], children: [] },
        { id: `sec${i}p3`, text: `Point three, \`code ${i}\``, cites: [], children: [] },
      ],
      notes: `Notes for section ${i}.`,
      figures: [{ id: `sec${i}f1`, label: `Measure ${i}`, value: String(i * 3), unit: '%', asOf: '2024-06-01', sourceId: src }],
    });
    sources.push({ id: src, title: `Report ${i}`, publisher: 'Agency', date: '2024-06-03', url: '' });
  }
  return deckOf({
    meta: { title: `Generated deck of ${n} sections`, presenter: 'Bench', office: 'Test', date: '2026-11-28', lang: 'en' },
    marking: { level: 'unclassified' },
    sources,
    sections,
  });
}

/** A deck with `payload` in every free-text field the schema has (dates, ids and colours are validated). */
export function payloadDeck(payload: string, extra: string[] = []): Deck {
  const cut = (s: string, n: number): string => s.slice(0, n);
  const p = payload;
  const section = (id: string, text: string, kind: 'bluf' | 'content' | 'decision' | 'backup') => ({
    id,
    kind,
    title: text,
    points: [{ id: `${id}p`, text, cites: [`${id}s`], children: [{ id: `${id}c`, text, cites: [], children: [{ id: `${id}g`, text, cites: [`${id}s`], children: [] }] }] }],
    notes: `${text}\n\n${text}`,
    figures: [{ id: `${id}f`, label: cut(text, 200), value: cut(text, 100), unit: cut(text, 100), asOf: '2024-06-01', sourceId: `${id}s` }],
    image: { dataUrl: PIXEL_PNG, alt: text },
    marking: { level: 'custom' as const, controls: cut(text, 200), text: cut(text, 200), color: '#c8102e', textColor: '#ffffff' },
    decision: { problem: text, options: [{ id: `${id}o1`, title: cut(text, 500), summary: text }, { id: `${id}o2`, title: 'Other', summary: text }], recommendation: `${id}o1` },
  });
  const all = [p, ...extra];
  const kinds = ['bluf', 'content', 'decision', 'backup'] as const;
  return deckOf({
    meta: { title: cut(p, 500), subtitle: cut(p, 500), presenter: cut(p, 200), office: cut(p, 200), organisation: cut(p, 200), date: '2026-11-28', asOf: '2026-11-27', lang: 'en' },
    marking: { level: 'custom', controls: cut(p, 200), text: cut(p, 200), color: '#007a33', textColor: '#ffffff' },
    sources: all.flatMap((text, i) => kinds.map((kind) => ({ id: `x${i}${kind}s`, title: text, publisher: cut(text, 500), date: '2024-06-03', url: cut(text, 2000) }))),
    sections: all.flatMap((text, i) => kinds.map((kind) => section(`x${i}${kind}`, text, kind))),
  });
}

/** A Korean deck: lang ko, Hangul everywhere, bold next to Korean quotation marks. */
export function koreanDeck(): Deck {
  return deckOf({
    meta: { title: '한미 방산 협력 현황', subtitle: '정보 브리핑', presenter: '김 소령', office: '전력기획과', organisation: '합동참모본부', date: '2026-11-28', asOf: '2024-06-03', lang: 'ko' },
    marking: { level: 'kr-restricted' },
    sources: [{ id: 'k1s', title: '워싱턴 타임스 기고문', publisher: 'The Washington Times', date: '2024-06-03', url: '' }],
    sections: [
      { id: 'k1', kind: 'bluf', title: '핵심 결론', points: [{ id: 'k1p', text: '**“공개 문서는 점검한다”**는 원칙을 지킨다', cites: ['k1s'], children: [] }], notes: '결론부터 말한다.' },
      { id: 'k2', kind: 'content', title: '수출 성장: K9 자주포, 함정, 항공기', points: [{ id: 'k2p', text: '2022년 방산 수출은 역대 최대 규모를 기록하였으며 폴란드와의 대규모 계약이 이를 견인하였다', cites: [], children: [] }], notes: '수출 추세를 강조한다.', figures: [{ id: 'k2f', label: '2022년 수출액', value: '173', unit: '억 달러', asOf: '2023-12-31', sourceId: '' }] },
    ],
  });
}
