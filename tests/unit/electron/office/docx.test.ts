/**
 * The Word talking-points paper: marking in header and footer, title block, BLUF first,
 * points, figures, decision, notes on request, numbered references, Korean, strict XML.
 */
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../../../electron/main/office/docx.ts';
import { dataDeck, externalRels, hostileDataDeck, hostileDeck, sampleDeck, strictParts, textOf, unzip } from './_office.ts';

async function parts(deck = sampleDeck(), notes = false): Promise<Map<string, string>> {
  return strictParts(await unzip(await writeDocx(deck, { notes })));
}

describe('writeDocx', () => {
  it('marks every page: the marking in the header and the footer', async () => {
    const p = await parts();
    const headers = [...p.keys()].filter((k) => /^word\/header\d*\.xml$/.test(k));
    const footers = [...p.keys()].filter((k) => /^word\/footer\d*\.xml$/.test(k));
    expect(headers.length).toBeGreaterThan(0);
    expect(footers.length).toBeGreaterThan(0);
    for (const k of [...headers, ...footers]) expect(textOf(p.get(k)!)).toContain('UNCLASSIFIED//FOUO');
    expect(p.get(headers[0]!)).toContain('w:fill="007A33"');
  });

  it('writes the title block, the BLUF first, points, figures, the decision and numbered references', async () => {
    const body = textOf((await parts()).get('word/document.xml')!);
    for (const s of ['Subject:', 'Readiness review', 'Presenter:', 'LTC Jane Doe', 'Office:', 'J5 Plans', 'Date:', '2026-12-01', 'As of:', '2026-11-30']) expect(body).toContain(s);
    const order = ['Bottom line', 'Where we stand', 'Decision required', 'Backup data', 'References'].map((s) => body.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(body).toContain('Third level detail');
    expect(body).toContain('17.3 billion USD');
    expect(body).toContain('Problem:');
    expect(body).toContain('Recommendation:');
    expect(body).toMatch(/\[1\]\s+Defense white paper/);
    expect(body).toMatch(/\[2\]\s+Readiness report/);
    expect(body).not.toContain('Say it slowly');
  });

  it('adds the speaker notes only when asked', async () => {
    const body = textOf((await parts(sampleDeck(), true)).get('word/document.xml')!);
    expect(body).toContain('Speaker notes:');
    expect(body).toContain('Say it slowly.');
  });

  it('writes superscript citations, external links only as hyperlinks', async () => {
    const p = await parts();
    expect(p.get('word/document.xml')).toMatch(/<w:vertAlign w:val="superscript"\/>[\s\S]*?<w:t[^>]*>\[1\]<\/w:t>/);
    const rels = externalRels(p);
    expect(rels.length).toBeGreaterThan(0);
    for (const [, type, target] of rels) {
      expect(type).toMatch(/\/hyperlink$/);
      expect(target).toMatch(/^https:\/\//);
    }
  });

  it('writes Korean with its language tag and Korean paper words', async () => {
    const p = await parts(sampleDeck({ lang: 'ko' }));
    const doc = p.get('word/document.xml')!;
    expect(textOf(doc)).toContain('K9 자주포');
    expect(textOf(doc)).toContain('제목:');
    expect(doc).toContain('w:eastAsia="ko-KR"');
  });

  it('writes hostile text as well-formed XML', async () => {
    const doc = textOf((await parts(hostileDeck(), true)).get('word/document.xml')!);
    expect(doc).toContain('<script>window.__pwned=1</script>');
    expect(doc).toContain('\u202Eevil\u202C');
    expect(doc.match(/word/g)!.length).toBe(2000);
  });
});

describe('writeDocx: tables and charts', () => {
  const tables = (doc: string): string[] => [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
  const rows = (tbl: string): string[] => [...tbl.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);

  it('writes a section\'s table as a Word table whose header row repeats on every page', async () => {
    const doc = (await parts(dataDeck())).get('word/document.xml')!;
    const all = tables(doc);
    // One table, then one data table per chart.
    expect(all.length).toBe(5);
    const t = all[0]!;
    const r = rows(t);
    expect(r.length).toBe(25);
    expect(r[0]).toContain('<w:tblHeader/>');
    expect(r.slice(1).every((x) => !x.includes('<w:tblHeader'))).toBe(true);
    expect(textOf(r[0]!)).toMatch(/^Item\s+Status\s+Value$/);
    // Inline bold and the citation as a superscript inside the first cell; numbers right-aligned.
    expect(r[1]).toMatch(/<w:b\/>[\s\S]*?<w:t[^>]*>K9<\/w:t>/);
    expect(r[1]).toMatch(/<w:vertAlign w:val="superscript"\/>[\s\S]*?<w:t[^>]*>\[1\]<\/w:t>/);
    expect(r[1]).toMatch(/<w:jc w:val="right"\/>[\s\S]*?<w:t[^>]*>1250<\/w:t>/);
    const text = textOf(doc);
    expect(text).toContain('Main items');
    expect(text).toMatch(/Source\s+\[2\]\s+·\s+As of 3 June 2024/);
  });

  it('gives a chart as its data: the kind, categories by series with the unit, gaps named, then its caption line', async () => {
    const doc = (await parts(dataDeck())).get('word/document.xml')!;
    const column = tables(doc)[1]!;
    const r = rows(column);
    expect(r[0]).toContain('<w:tblHeader/>');
    expect(textOf(r[0]!)).toMatch(/Category\s+Series 1 \(US\$ bn\)/);
    expect(textOf(r[2]!)).toMatch(/2022\s+no value/);
    // The highlighted category (2023) is bold.
    expect(r[3]).toContain('<w:b/>');
    expect(r[1]).not.toContain('<w:b/>');
    const text = textOf(doc);
    expect(text).toContain('Column chart');
    expect(text).toContain('Line chart');
    expect(text).toMatch(/Illustrative data\s+·\s+Source\s+\[2\]/);
  });

  it('writes Korean table and chart words', async () => {
    const doc = textOf((await parts(dataDeck({ lang: 'ko' }))).get('word/document.xml')!);
    expect(doc).toContain('자주포');
    expect(doc).toContain('세로 막대 그래프');
    expect(doc).toContain('2024년 6월 3일 기준');
    expect(doc).toContain('값 없음');
  });

  it('keeps hostile text in cells and chart labels well-formed', async () => {
    const doc = (await parts(hostileDataDeck())).get('word/document.xml')!;
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(textOf(doc)).toContain('cell x\u202Ey<script>');
    // eslint-disable-next-line no-control-regex -- the point is that none is left
    expect(doc).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});
