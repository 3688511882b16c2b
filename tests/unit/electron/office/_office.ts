/**
 * Helpers for the Office writer tests: a deck with every slide kind, the hostile-text corpus,
 * and a strict look inside the zip (every XML part through saxes, which refuses what XML 1.0
 * forbids — a lenient parser accepted the control characters pptxgenjs once wrote raw).
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { restoreDeck } from '../../../../engine/format/index.ts';
import type { Deck } from '../../../../engine/model/schema.ts';

export const PNG_1x1 = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

export function sampleDeck(over: { lang?: string; aspect?: '16:9' | '4:3'; marking?: string } = {}): Deck {
  const ko = over.lang === 'ko';
  return restoreDeck({
    meta: { title: ko ? '한미 방산 협력' : 'Readiness review', subtitle: ko ? '정보 보고' : 'Information brief', presenter: ko ? '김민준 중령' : 'LTC Jane Doe', office: 'J5 Plans', date: '2026-12-01', asOf: '2026-11-30', lang: over.lang ?? 'en' },
    marking: { text: over.marking ?? 'UNCLASSIFIED//FOUO', color: '#007a33', textColor: '#ffffff' },
    settings: { aspect: over.aspect ?? '16:9', agenda: true },
    sources: [
      { id: 's1', title: 'Defense white paper', publisher: 'MND', date: '2024-06-03', url: 'https://example.org/wp' },
      { id: 's2', title: 'Readiness report', publisher: 'J3', date: '', url: '' },
    ],
    sections: [
      { id: 'b', kind: 'bluf', title: ko ? '핵심 결론' : 'Bottom line', points: [{ id: 'b1', text: ko ? '**K9 자주포** 수출이 급증했다' : 'Approve the **second** phase now', cites: ['s1'], children: [] }] },
      {
        id: 'c',
        title: ko ? '수출 현황' : 'Where we stand',
        notes: ko ? '천천히 말한다.\n\n둘째 문단.' : 'Say it slowly.\n\nSecond paragraph with *emphasis*.',
        points: [
          { id: 'c1', text: ko ? '첫째 요점' : 'Readiness is *up* 12 percent', cites: ['s2'], children: [{ id: 'c1a', text: ko ? '하위 요점' : 'Sub-point with a [link](https://example.org/x)', children: [{ id: 'c1a1', text: ko ? '세부 요점' : 'Third level detail' }] }] },
          { id: 'c2', text: ko ? '둘째 요점' : 'Budget holds through FY27' },
        ],
        figures: [{ id: 'f1', label: ko ? '수출액' : 'Exports', value: ko ? '173억' : '17.3 billion', unit: ko ? '달러' : 'USD', asOf: '2024-01-01', sourceId: 's2' }],
        image: { dataUrl: PNG_1x1, alt: ko ? '지도' : 'Map of the region' },
      },
      {
        id: 'd',
        kind: 'decision',
        title: ko ? '결정 사항' : 'Decision required',
        decision: { problem: ko ? '예산이 부족하다' : 'Funding ends in March', options: [{ id: 'o1', title: ko ? '현 상태 유지' : 'Hold', summary: ko ? '위험' : 'Risky' }, { id: 'o2', title: ko ? '확대' : 'Expand', summary: ko ? '권고' : 'Costs 2M' }], recommendation: 'o2' },
      },
      { id: 'k', kind: 'backup', title: ko ? '참고 자료' : 'Backup data', points: [{ id: 'k1', text: ko ? '참고 요점' : 'Backup detail' }] },
    ],
  });
}

/** Script payloads, control characters, bidi marks and a 10 000-character point. */
export function hostileDeck(): Deck {
  const payloads = (JSON.parse(readFileSync('tests/fixtures/_payloads/script-payloads.json', 'utf8')) as { payloads: string[] }).payloads;
  const controls = 'ctl\u0000\u0001\u0002\u0007\u0008\u000b\u000c\u000e\u001f\u007f\u0085\ufffe\uffffend\ttab';
  const bidi = 'bidi \u202Eevil\u202C \u200F\u200E \u2066iso\u2069 \uD800 lone';
  const long = ('word '.repeat(2000)).slice(0, 10_000);
  return restoreDeck({
    meta: { title: `Hostile ${controls}`, presenter: payloads[0], lang: 'en' },
    marking: { text: `SECRET ${controls} ${bidi}` },
    sources: [{ id: 'x', title: payloads[1] ?? 'x', url: 'javascript:alert(1)' }],
    sections: [
      { id: 'h1', title: `Payloads ${controls}`, notes: `${payloads.join('\n')}\n${controls}`, points: payloads.slice(0, 20).map((p, i) => ({ id: `p${i}`, text: p })) },
      { id: 'h2', title: bidi, points: [{ id: 'q1', text: controls }, { id: 'q2', text: bidi }, { id: 'q3', text: long }], figures: [{ id: 'fx', label: controls, value: '\u0001 1', unit: bidi }] },
    ],
  });
}

export async function unzip(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

/** Parses one XML text strictly; throws with the part name on the first error. */
export function parseStrict(name: string, xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let failure: Error | null = null;
  parser.on('error', (e) => {
    failure ??= new Error(`${name}: ${e.message}`);
  });
  parser.write(xml).close();
  if (failure) throw failure;
}

/** Every .xml and .rels part of a zip, parsed strictly; returns the texts by name. */
export async function strictParts(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name]!.dir || !/\.(xml|rels)$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    parseStrict(name, xml);
    out.set(name, xml);
  }
  return out;
}

/** Relationships that leave the package, as [part, type, target]. */
export function externalRels(parts: Map<string, string>): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const [name, xml] of parts) {
    if (!name.endsWith('.rels')) continue;
    for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
      if (!/TargetMode="External"/.test(m[0])) continue;
      out.push([name, /Type="([^"]*)"/.exec(m[0])?.[1] ?? '', /Target="([^"]*)"/.exec(m[0])?.[1] ?? '']);
    }
  }
  return out;
}

/** The visible text of a DrawingML or WordprocessingML part (the <a:t>/<w:t> contents). */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<(?:a|w):t(?:\s[^>]*)?>([^<]*)<\/(?:a|w):t>/g)].map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')).join(' ');
}

/**
 * A deck with a table long enough to continue over slides (header repeated), cells with inline
 * markup and citations, a numeric column, and charts of every kind (a gap, a highlight, Korean
 * labels in the Korean deck).
 */
export function dataDeck(over: { lang?: string; theme?: string } = {}): Deck {
  const ko = over.lang === 'ko';
  const rows = Array.from({ length: 24 }, (_, i) => [
    { text: i === 0 ? (ko ? '**K9** 자주포' : '**K9** Thunder') : `${ko ? '품목' : 'Item'} ${i + 1}`, cites: i === 0 ? ['s1'] : [] },
    { text: i === 1 ? '*under way*' : ko ? '진행 중' : 'Signed', cites: [] },
    { text: `${(i + 1) * 1250}`, cites: [] },
  ]);
  const chart = (kind: string, series: number, highlight: number | '') => ({
    kind,
    caption: ko ? '예시 자료' : 'Illustrative data',
    categories: ko ? ['2021년', '2022년', '2023년'] : ['2021', '2022', '2023'],
    series: Array.from({ length: series }, (_, i) => ({ name: ko ? `계열 ${i + 1}` : `Series ${i + 1}`, values: [10 + i, i === 0 ? null : 14 + i, 17.5 + i] })),
    unit: ko ? '억 달러' : 'US$ bn',
    asOf: '2024-06-03',
    sourceId: 's2',
    highlight,
  });
  return restoreDeck({
    meta: { title: ko ? '방산 수출' : 'Defense exports', date: '2026-12-01', lang: over.lang ?? 'en' },
    marking: { text: 'UNCLASSIFIED', color: '#007a33', textColor: '#ffffff' },
    settings: { agenda: false, theme: over.theme ?? 'briefing-light' },
    sources: [
      { id: 's1', title: 'Defense white paper', publisher: 'MND', date: '2024-06-03', url: '' },
      { id: 's2', title: 'Export statistics', publisher: 'KOTRA', date: '', url: '' },
    ],
    sections: [
      { id: 't', title: ko ? '수출 품목' : 'Export items', points: [], table: { caption: ko ? '주요 품목' : 'Main items', header: [{ text: ko ? '품목' : 'Item' }, { text: ko ? '상태' : 'Status' }, { text: ko ? '금액' : 'Value' }], rows, asOf: '2024-06-03', sourceId: 's2' } },
      { id: 'col', title: ko ? '연도별 수출' : 'Exports by year', points: [], chart: chart('column', 1, 2) },
      { id: 'bar', title: 'Bar', points: [], chart: chart('bar', 2, 0) },
      { id: 'stk', title: 'Stacked', points: [], chart: chart('stacked-bar', 4, '') },
      { id: 'lin', title: 'Line', points: [], chart: chart('line', 3, 1) },
    ],
  });
}

/** dataDeck with control characters, bidi marks and a script payload in cells, captions and chart labels. */
export function hostileDataDeck(): Deck {
  const bad = 'x\u0001\u0008\u000b\u001f\u202Ey<script>alert(1)</script>&"\'';
  const deck = dataDeck();
  const t = deck.sections[0]!.table!;
  t.caption = `cap ${bad}`;
  t.header[0]!.text = `head ${bad}`;
  t.rows[0]![1]!.text = `cell ${bad}`;
  for (const s of deck.sections) {
    if (!s.chart) continue;
    s.chart.categories[0] = `cat ${bad}`;
    s.chart.series[0]!.name = `ser ${bad}`;
    s.chart.unit = `u${bad}`.slice(0, 40);
    s.chart.title = `title ${bad}`;
    s.chart.caption = `caption ${bad}`;
  }
  return deck;
}
