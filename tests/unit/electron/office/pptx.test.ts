/**
 * The PPTX writer: slide order and labels, master banners, runs and superscript citations,
 * notes, alt text, Korean tagging, 4:3, and well-formed XML for every part (hostile text too).
 */
import { describe, expect, it } from 'vitest';
import { layoutDeck } from '../../../../engine/layout/index.ts';
import { writePptx } from '../../../../electron/main/office/pptx.ts';
import { externalRels, hostileDeck, sampleDeck, strictParts, textOf, unzip } from './_office.ts';

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
