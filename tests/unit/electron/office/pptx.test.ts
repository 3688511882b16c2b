/**
 * The PPTX writer: slide order and labels, master banners, runs and superscript citations,
 * notes, alt text, Korean tagging, 4:3, and well-formed XML for every part (hostile text too).
 */
import { describe, expect, it } from 'vitest';
import { layoutDeck } from '../../../../engine/layout/index.ts';
import { writePptx } from '../../../../electron/main/office/pptx.ts';
import { dataDeck, externalRels, hostileDataDeck, hostileDeck, sampleDeck, strictParts, textOf, unzip } from './_office.ts';

async function parts(deck = sampleDeck()): Promise<Map<string, string>> {
  return strictParts(await unzip(await writePptx(deck)));
}

const slidesOf = (p: Map<string, string>): string[] =>
  [...p.keys()]
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]))
    .map((n) => p.get(n)!);

describe('writePptx', () => {
  it('writes the HTML deck\'s slides in order, n / N on counted slides and B-n on backups', async () => {
    const deck = sampleDeck();
    const p = await parts(deck);
    const slides = slidesOf(p);
    // The layout engine's slides, breaks included: the same list the HTML deck draws.
    const laid = layoutDeck(deck);
    const n = { total: laid.slides.length, counted: laid.counted };
    expect(slides.length).toBe(n.total);
    const texts = slides.map(textOf);
    expect(texts[0]).toContain('Readiness review');
    expect(texts[0]).toContain(`1 / ${n.counted}`);
    expect(texts[1]).toContain('Agenda');
    expect(texts[2]).toContain('Bottom line');
    expect(texts.some((t) => t.includes('Sources') && t.includes('Defense white paper'))).toBe(true);
    expect(texts[n.counted - 1]).toContain('Questions');
    expect(texts[n.total - 1]).toContain('B-1');
    expect(texts[n.total - 1]).toContain('Backup data');
  });

  it('puts the marking banners on the master (a pptxgenjs master is a slide layout) in the marking colour, not on the slides', async () => {
    const p = await parts();
    expect(slidesOf(p).every((x) => !x.includes('UNCLASSIFIED//FOUO'))).toBe(true);
    const master = [...p.entries()].filter(([k]) => /slideLayouts\/slideLayout\d+\.xml$/.test(k)).map(([, v]) => v);
    const withBanner = master.filter((x) => x.includes('UNCLASSIFIED//FOUO'));
    expect(withBanner.length).toBeGreaterThan(0);
    expect(textOf(withBanner[0]!).match(/UNCLASSIFIED\/\/FOUO/g)?.length).toBe(2);
    expect(withBanner[0]).toContain('007A33');
  });

  it('writes bold, italic, links and superscript citations as runs of one bullet paragraph', async () => {
    const slides = slidesOf(await parts());
    const bluf = slides[2]!;
    expect(bluf).toMatch(/<a:rPr[^>]*b="1"[^>]*>.*?<a:t>second<\/a:t>/);
    expect(bluf).toMatch(/<a:rPr[^>]*baseline="30000"[^>]*>.*?<a:t>\[1\]<\/a:t>/);
    // Exactly one pPr per paragraph, and before the first run (the pptxgenjs trap).
    for (const x of slides) {
      for (const para of x.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
        const body = para[1]!;
        expect((body.match(/<a:pPr\b/g) ?? []).length).toBeLessThanOrEqual(1);
        const ppr = body.indexOf('<a:pPr');
        if (ppr >= 0) expect(ppr).toBeLessThan(body.indexOf('<a:r>') === -1 ? Infinity : body.indexOf('<a:r>'));
      }
    }
    const content = slides[3]!;
    expect(content).toMatch(/<a:rPr[^>]*i="1"[^>]*>.*?<a:t>up<\/a:t>/);
    expect(content).toContain('lvl="1"');
    expect(content).toContain('lvl="2"');
    expect(content).toContain('<a:hlinkClick');
    expect(content).toContain('descr="Map of the region"');
  });

  it('keeps speaker notes in the notes pane', async () => {
    const p = await parts();
    const notes = [...p.entries()].filter(([k]) => /notesSlides\/notesSlide\d+\.xml$/.test(k)).map(([, v]) => textOf(v));
    expect(notes.some((t) => t.includes('Say it slowly.') && t.includes('Second paragraph with emphasis.'))).toBe(true);
  });

  it('has no relationship leaving the package except hyperlinks', async () => {
    const rels = externalRels(await parts());
    expect(rels.length).toBeGreaterThan(0);
    for (const [, type, target] of rels) {
      expect(type).toMatch(/\/hyperlink$/);
      expect(target).toMatch(/^https:\/\//);
    }
  });

  it('tags Korean text ko-KR in an East Asian font', async () => {
    const slides = slidesOf(await parts(sampleDeck({ lang: 'ko' })));
    const bluf = slides[2]!;
    expect(textOf(bluf)).toContain('K9 자주포');
    expect(bluf).toMatch(/<a:rPr lang="ko-KR"[^>]*>[\s\S]*?<a:ea typeface="Malgun Gothic"/);
    expect(textOf(slides[1]!)).toContain('목차');
  });

  it('sizes 4:3 decks as 4:3', async () => {
    const p = await parts(sampleDeck({ aspect: '4:3' }));
    expect(p.get('ppt/presentation.xml')).toMatch(/<p:sldSz cx="9144000" cy="6858000"/);
    const wide = await parts();
    expect(wide.get('ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
  });

  it('writes hostile text as well-formed XML: control characters gone, payloads as text, a 10 000-character point continued', async () => {
    const p = await parts(hostileDeck());
    const all = slidesOf(p).map(textOf).join('\n');
    expect(all).toContain('<script>window.__pwned=1</script>');
    expect(all).toContain('ctlend\ttab'.replace('\t', ' ').slice(0, 6));
    expect(all).toContain('\u202Eevil\u202C');
    // eslint-disable-next-line no-control-regex -- the point is that none is left
    expect(all).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    // Payload text stays text; no link but http(s) ever becomes a relationship.
    for (const [, , target] of externalRels(p)) expect(target).toMatch(/^https?:\/\//);
    // The long point is continued on later slides rather than overflowing one.
    expect(slidesOf(p).filter((x) => textOf(x).includes('(cont.)')).length).toBeGreaterThan(1);
    expect(all.match(/word/g)!.length).toBe(2000);
  });
});

describe('writePptx: tables and charts', () => {
  /** Run texts joined as they read (textOf puts a space between runs). */
  const joined = (xml: string): string => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
  const tableSlides = (p: Map<string, string>) => slidesOf(p).filter((x) => x.includes('<a:tbl>'));

  it('draws a table as a native <a:tbl> per laid-out slide, the header row first on each, over the layout\'s row ranges', async () => {
    const deck = dataDeck();
    const p = await parts(deck);
    const laid = layoutDeck(deck);
    const blocks = laid.slides.flatMap((s) => s.blocks).filter((b) => b.kind === 'table');
    expect(blocks.length).toBeGreaterThan(1);
    const tables = tableSlides(p);
    expect(tables.length).toBe(blocks.length);
    tables.forEach((x, i) => {
      const block = blocks[i]!;
      const rowsXml = [...x.matchAll(/<a:tr\b[\s\S]*?<\/a:tr>/g)].map((m) => m[0]);
      // The header row, then exactly the body rows the layout put on this slide.
      expect(rowsXml.length).toBe(1 + block.rows[1] - block.rows[0]);
      expect(textOf(rowsXml[0]!)).toMatch(/^Item\s+Status\s+Value$/);
      expect(rowsXml[0]).toMatch(/<a:rPr[^>]*b="1"/);
      expect(x).toContain('<a:tblPr firstRow="1" bandRow="1"/>');
      expect(textOf(x)).toContain(`Item ${block.rows[1]}`);
      if (i > 0) expect(joined(x)).toContain('Main items (cont.)');
    });
    const first = tables[0]!;
    // Inline bold and a citation as a superscript run inside a cell; numbers right-aligned.
    expect(first).toMatch(/<a:rPr[^>]*b="1"[^>]*>[\s\S]*?<a:t>K9<\/a:t>/);
    expect(first).toMatch(/<a:rPr[^>]*baseline="30000"[^>]*>[\s\S]*?<a:t>\[1\]<\/a:t>/);
    expect(first).toMatch(/<a:pPr[^>]*algn="r"[^>]*>[\s\S]*?<a:t>1250<\/a:t>/);
    expect(first).toMatch(/<a:rPr[^>]*i="1"[^>]*>[\s\S]*?<a:t>under way<\/a:t>/);
    // The source and as-of line under the rows, in the deck's words.
    expect(joined(first)).toContain('Source [2] · As of 3 June 2024');
    // Every body row is drawn exactly once across the continuation slides.
    const all = tables.map(textOf).join(' ');
    for (let r = 2; r <= 24; r++) expect(all.match(new RegExp(`\\bItem ${r}\\b`, 'g'))?.length).toBe(1);
  });

  it('draws charts as native chart parts with their series, categories, unit and embedded workbook', async () => {
    const p = await parts(dataDeck());
    const charts = [...p.keys()].filter((k) => /^ppt\/charts\/chart\d+\.xml$/.test(k)).sort();
    expect(charts.length).toBe(4);
    const xml = charts.map((k) => p.get(k)!);
    const column = xml.find((x) => x.includes('<c:barDir val="col"/>'))!;
    expect(column).toBeDefined();
    for (const c of ['2021', '2022', '2023']) expect(column).toContain(`<c:v>${c}</c:v>`);
    expect(column).toContain('<c:v>Series 1</c:v>');
    expect(column).toContain('<c:v>17.5</c:v>');
    // The gap (null) is a missing point, never an empty number; blanks shown as gaps.
    expect(column).not.toMatch(/<c:v><\/c:v>/);
    expect(column).toContain('<c:dispBlanksAs val="gap"/>');
    expect(textOf(column)).toContain('US$ bn');
    // The highlighted category (2023) in the accent, the others dimmed: per-point colours.
    expect(column.match(/<c:dPt>/g)?.length).toBe(3);
    expect(column).toMatch(/<c:idx val="2"\/>[\s\S]*?<a:srgbClr val="1F4E89"\/>/);
    const bars = xml.filter((x) => x.includes('<c:barDir val="bar"/>'));
    expect(bars.length).toBe(2);
    expect(bars.some((x) => x.includes('<c:grouping val="stacked"/>') && (x.match(/<c:ser>/g) ?? []).length === 4)).toBe(true);
    expect(bars.every((x) => x.includes('<c:orientation val="maxMin"/>'))).toBe(true);
    const line = xml.find((x) => x.includes('<c:lineChart>'))!;
    expect((line.match(/<c:ser>/g) ?? []).length).toBe(3);
    // The chart is on its slide as a graphic frame pointing at the chart part, which embeds its data.
    expect(slidesOf(p).filter((x) => x.includes('drawingml/2006/chart')).length).toBe(4);
    const rels = [...p.entries()].filter(([k]) => /^ppt\/charts\/_rels\/chart\d+\.xml\.rels$/.test(k)).map(([, v]) => v);
    expect(rels.every((r) => /Target="\.\.\/embeddings\/[^"]+\.xlsx"/.test(r))).toBe(true);
    // Multi-series and line charts cannot colour one point: the caption line names the highlight.
    const all = slidesOf(p).map(joined).join('\n');
    expect(all).toContain('Highlighted: 2021');
    expect(all).toContain('Illustrative data · Source [2] · As of 3 June 2024');
  });

  it('writes the embedded workbooks as well-formed XML', async () => {
    const zip = await unzip(await writePptx(dataDeck()));
    const books = Object.keys(zip.files).filter((k) => k.endsWith('.xlsx'));
    expect(books.length).toBe(4);
    for (const k of books) {
      const inner = await strictParts(await unzip(await zip.file(k)!.async('uint8array')));
      expect([...inner.keys()]).toContain('xl/worksheets/sheet1.xml');
    }
  });

  it('labels Korean charts and tables in the East Asian font, ko-KR', async () => {
    const p = await parts(dataDeck({ lang: 'ko' }));
    const chart = [...p.entries()].find(([k, v]) => /^ppt\/charts\/chart\d+\.xml$/.test(k) && v.includes('<c:barDir val="col"/>'))![1];
    expect(chart).toContain('<c:v>2021년</c:v>');
    expect(chart).toContain('<a:latin typeface="Malgun Gothic"/>');
    expect(chart).toContain('lang="ko-KR"');
    expect(textOf(chart)).toContain('억 달러');
    const table = tableSlides(p)[0]!;
    expect(textOf(table)).toContain('자주포');
    expect(table).toMatch(/<a:rPr lang="ko-KR"[^>]*>[\s\S]*?<a:ea typeface="Malgun Gothic"/);
    expect(joined(table)).toContain('2024년 6월 3일 기준');
  });

  it('themes charts: the dark theme\'s accent as the series colour and its background behind the plot', async () => {
    const p = await parts(dataDeck({ theme: 'briefing-dark' }));
    const line = [...p.entries()].find(([k, v]) => /^ppt\/charts\/chart\d+\.xml$/.test(k) && v.includes('<c:lineChart>'))![1];
    expect(line).toContain('F0B429');
    expect(line).toContain('141A22');
  });

  it('keeps hostile text in cells, captions and chart labels well-formed, the workbooks too', async () => {
    const zip = await unzip(await writePptx(hostileDataDeck()));
    const p = await strictParts(zip);
    for (const k of Object.keys(zip.files).filter((n) => n.endsWith('.xlsx'))) await strictParts(await unzip(await zip.file(k)!.async('uint8array')));
    const all = [...p.entries()].filter(([k]) => /^ppt\/(slides|charts)\//.test(k)).map(([, v]) => v).join('\n');
    expect(all).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(all).toContain('\u202E');
    expect(textOf(all)).toContain('cell x\u202Ey<script>');
    // eslint-disable-next-line no-control-regex -- the point is that none is left
    expect(all).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});
