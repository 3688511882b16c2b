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
    marking: { text: 'UNCLASSIFIED // FOR TRAINING', color: '#007a33', textColor: '#ffffff' },
    sections: [
      {
        id: 'bluf',
        kind: 'bluf',
        title: 'Bottom line',
        points: [{ id: 'b1', text: 'Sign the **SOSA** follow-on by Q2', cites: ['s1'], children: [] }],
        notes: 'Open with the ask.\n\nThen the why.',
        sources: [{ id: 's1', title: 'Security of Supply Arrangement', publisher: 'DoD', date: '2023-11-16', url: 'https://www.acq.osd.mil/sosa' }],
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
        sources: [{ id: 's2', title: 'Defense exports 2023', publisher: 'KIET', date: '2024-01-10', url: '' }],
        figures: [{ id: 'f1', label: 'Exports 2022', value: '17.3', unit: 'bn USD', asOf: '2023-12-31', sourceId: 's2' }],
        image: { dataUrl: PIXEL_PNG, alt: 'Bar chart of exports' },
        marking: { text: 'SECRET // REL TO USA, KOR', color: '#c8102e', textColor: '#ffffff' },
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
        points: [{ id: 'x1', text: 'Raw numbers', cites: ['s3'], children: [] }],
        notes: 'Only if asked.',
        sources: [{ id: 's3', title: 'Security of Supply Arrangement', publisher: 'DoD', date: '2023-11-16', url: 'https://www.acq.osd.mil/sosa' }],
      },
    ],
  });
}

/** n sections (every tenth a backup), each with points, a figure, a source and notes: the size benchmark deck. */
export function generatedDeck(n: number, opts: { backupEvery?: number } = {}): Deck {
  const backupEvery = opts.backupEvery ?? 10;
  const sections = [];
  for (let i = 1; i <= n; i++) {
    const backup = backupEvery > 0 && i % backupEvery === 0;
    sections.push({
      id: `sec${i}`,
      kind: backup ? ('backup' as const) : i === 1 ? ('bluf' as const) : ('content' as const),
      title: `Section ${i}: readiness of line ${i}`,
      points: [
        { id: `sec${i}p1`, text: `Point one of section ${i} with **bold** and *italic* text`, cites: [`sec${i}s1`], children: [{ id: `sec${i}p1a`, text: `Detail ${i}.1`, cites: [], children: [] }] },
        { id: `sec${i}p2`, text: `Point two of section ${i}`, cites: [], children: [] },
        { id: `sec${i}p3`, text: `Point three, \`code ${i}\``, cites: [], children: [] },
      ],
      notes: `Notes for section ${i}.`,
      sources: [{ id: `sec${i}s1`, title: `Report ${i}`, publisher: 'Agency', date: '2024-06-03', url: '' }],
      figures: [{ id: `sec${i}f1`, label: `Measure ${i}`, value: String(i * 3), unit: '%', asOf: '2024-06-01', sourceId: `sec${i}s1` }],
    });
  }
  return deckOf({
    meta: { title: `Generated deck of ${n} sections`, presenter: 'Bench', office: 'Test', date: '2026-11-28', lang: 'en' },
    marking: { text: 'UNCLASSIFIED', color: '#007a33', textColor: '#ffffff' },
    sections,
  });
}
