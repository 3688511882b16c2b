/**
 * The Word talking-points paper: marking in header and footer, title block, BLUF first,
 * points, figures, decision, notes on request, numbered references, Korean, strict XML.
 */
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../../../electron/main/office/docx.ts';
import { externalRels, hostileDeck, sampleDeck, strictParts, textOf, unzip } from './_office.ts';

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
