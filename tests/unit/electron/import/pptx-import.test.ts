// PowerPoint import: decks made with pptxgenjs (nested bullets, notes, a picture, a chart,
// Korean), and hostile files that must be refused with one line, fast, without memory blow-up.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { importPptx, ImportRefused, escapeMarkup, nestPoints } from '../../../../electron/main/import/pptx.ts';
import { inlineToText } from '../../../../engine/markup/index.ts';
import { manySlidesZip, rawZip, zeroBomb } from './_zips.ts';

const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

async function handMadeDeck(): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.defineSlideMaster({
    title: 'TITLE_AND_BODY',
    objects: [
      { placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.3, w: 9, h: 1 }, text: '' } },
      { placeholder: { options: { name: 'body', type: 'body', x: 0.5, y: 1.5, w: 9, h: 4 }, text: '' } },
    ],
  });
  const s1 = pptx.addSlide({ masterName: 'TITLE_AND_BODY' });
  s1.addText('Export growth', { placeholder: 'title' });
  s1.addText(
    [
      { text: 'From single systems to platforms', options: { bullet: true, indentLevel: 0 } },
      { text: 'K9 Thunder howitzer', options: { bullet: true, indentLevel: 1 } },
      { text: 'Sales to Poland', options: { bullet: true, indentLevel: 2 } },
      { text: 'Quality as well as quantity', options: { bullet: true, indentLevel: 0, bold: true } },
    ],
    { placeholder: 'body' },
  );
  s1.addNotes('Open with the cycle, not the sales figures.');
  s1.addImage({ data: `image/png;base64,${PNG_1x1}`, x: 6, y: 1, w: 1, h: 1, altText: 'Howitzer photo' });
  const s2 = pptx.addSlide({ masterName: 'TITLE_AND_BODY' });
  s2.addText('방산 협력 전망', { placeholder: 'title' });
  s2.addText([{ text: '공급망 안정화 협정(SOSA) 체결', options: { bullet: true } }, { text: '*별표*와 [대괄호]', options: { bullet: true, indentLevel: 1 } }], { placeholder: 'body' });
  s2.addChart(pptx.ChartType.bar, [{ name: 'Exports', labels: ['2022', '2023'], values: [1, 2] }], { x: 1, y: 4, w: 4, h: 2 });
  s2.addNotes('천천히 말한다.');
  return new Uint8Array((await pptx.write({ outputType: 'uint8array' })) as Uint8Array);
}

async function refusal(bytes: Uint8Array, name = 'deck.pptx'): Promise<{ message: string; ms: number }> {
  const t0 = performance.now();
  try {
    await importPptx(bytes, name);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportRefused);
    const message = (e as Error).message;
    expect(message).not.toContain('\n');
    return { message, ms: performance.now() - t0 };
  }
  throw new Error('expected a refusal');
}

describe('importPptx on a hand-made deck', () => {
  it('brings titles, nested bullets, bold, notes and the picture in, and reports the chart', async () => {
    const { deck, warnings } = await importPptx(await handMadeDeck(), 'brief.pptx');
    expect(deck.sections.map((s) => s.title)).toEqual(['Export growth', '방산 협력 전망']);
    const [first, second] = deck.sections;
    expect(first?.points.map((p) => p.text)).toEqual(['From single systems to platforms', '**Quality as well as quantity**']);
    expect(first?.points[0]?.children[0]?.text).toBe('K9 Thunder howitzer');
    expect(first?.points[0]?.children[0]?.children[0]?.text).toBe('Sales to Poland');
    expect(first?.notes).toBe('Open with the cycle, not the sales figures.');
    expect(first?.image?.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
    expect(first?.image?.alt).toBe('Howitzer photo');
    // Literal markup characters stay literal on the slide.
    expect(inlineToText(second?.points[0]?.children[0]?.text ?? '')).toBe('*별표*와 [대괄호]');
    expect(second?.notes).toBe('천천히 말한다.');
    expect(warnings.join(' ')).toMatch(/left behind: 1 chart/);
  });

  it('nests flat levels with a depth cap and a warning', () => {
    const warned: string[] = [];
    const pts = nestPoints(
      [
        { level: 0, text: 'a' },
        { level: 1, text: 'b' },
        { level: 2, text: 'c' },
        { level: 3, text: 'd' },
        { level: 0, text: 'e' },
      ],
      (m) => warned.push(m),
    );
    expect(pts.map((p) => p.text)).toEqual(['a', 'e']);
    expect(pts[0]?.children[0]?.children.map((p) => p.text)).toEqual(['c', 'd']);
    expect(warned).toHaveLength(1);
  });

  it('escapes markup characters but leaves ordinary underscores in words', () => {
    expect(escapeMarkup('a*b [c] `d`')).toBe('a\\*b \\[c\\] \\`d\\`');
    expect(escapeMarkup('snake_case _x_')).toBe('snake_case \\_x\\_');
  });
});

describe('importPptx refuses hostile files with one line, within 2 s', () => {
  it('a zip bomb that inflates past 1 GB', async () => {
    const bomb = zeroBomb(70); // 70 × 16 MiB ≈ 1.1 GiB of zeros from a few hundred KB
    expect(bomb.length).toBeLessThan(2_000_000);
    const zip = rawZip([
      { name: '[Content_Types].xml', data: new TextEncoder().encode('<Types/>') },
      { name: 'ppt/presentation.xml', data: bomb, method: 8, claimedSize: 100 },
    ]);
    const { message, ms } = await refusal(zip);
    expect(message).toMatch(/inflates past/);
    expect(ms).toBeLessThan(2000);
  });

  it('a .pptx with 100 000 slides', async () => {
    const zip = await manySlidesZip(100_000);
    const { message, ms } = await refusal(zip);
    expect(message).toMatch(/100000 slides; a deck holds at most/);
    expect(ms).toBeLessThan(2000);
  });

  it('a zip with more parts than any deck has', async () => {
    const entries = Array.from({ length: 30_000 }, (_, i) => ({ name: `x/${i}`, data: new Uint8Array(0) }));
    const { message } = await refusal(rawZip(entries));
    expect(message).toMatch(/too many parts/);
  });

  it('XML with entity expansion or an external entity', async () => {
    for (const doctype of ['<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>']) {
      const zip = new JSZip();
      zip.file('ppt/presentation.xml', `<?xml version="1.0"?>${doctype}<p:presentation xmlns:p="p">&b;&e;</p:presentation>`);
      const { message } = await refusal(await zip.generateAsync({ type: 'uint8array' }));
      expect(message).toMatch(/DOCTYPE/);
    }
  });

  it('a .docx or plain zip renamed .pptx, a truncated file, and not a zip at all', async () => {
    const docx = new JSZip();
    docx.file('word/document.xml', '<w:document xmlns:w="w"/>');
    expect((await refusal(await docx.generateAsync({ type: 'uint8array' }))).message).toMatch(/Word document, not a PowerPoint/);
    const plain = new JSZip();
    plain.file('notes.txt', 'hello');
    expect((await refusal(await plain.generateAsync({ type: 'uint8array' }))).message).toMatch(/not a PowerPoint presentation/);
    const good = await handMadeDeck();
    expect((await refusal(good.slice(0, Math.floor(good.length / 2)))).message).toMatch(/truncated or damaged/);
    expect((await refusal(new TextEncoder().encode('# just an outline'))).message).toMatch(/not a zip package/);
  });

  it('malformed XML in a slide', async () => {
    const zip = await JSZip.loadAsync(await handMadeDeck());
    zip.file('ppt/slides/slide1.xml', '<p:sld xmlns:p="p"><p:cSld>');
    expect((await refusal(await zip.generateAsync({ type: 'uint8array' }))).message).toMatch(/slide1\.xml is not well-formed XML/);
  });
});
