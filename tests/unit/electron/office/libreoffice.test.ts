/**
 * Real parts: LibreOffice opens the PPTX and DOCX exports and prints them to PDF; pdfinfo and
 * pdftotext check the result — pages = slides, the marking on every page, every title and
 * point present, Korean intact, hostile text surviving as text. One soffice run converts
 * every file (it costs seconds to start), shared by all the assertions.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutDeck } from '../../../../engine/layout/index.ts';
import { inlineToText } from '../../../../engine/markup/index.ts';
import type { Deck, Point } from '../../../../engine/model/schema.ts';
import { writeDocx } from '../../../../electron/main/office/docx.ts';
import { writePptx } from '../../../../electron/main/office/pptx.ts';
import { dataDeck, hostileDeck, sampleDeck } from './_office.ts';

const soffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
})();
if (!soffice) console.log('skipped: no soffice (scripts/setup.sh installs libreoffice-impress and libreoffice-writer)');

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
const pages = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
const pageText = (pdf: string, n: number): string => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
const allText = (pdf: string): string => flat(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
const points = (d: Deck): string[] => {
  const out: string[] = [];
  const walk = (ps: Point[]) => ps.forEach((p) => (out.push(inlineToText(p.text)), walk(p.children)));
  d.sections.forEach((s) => walk(s.points));
  return out;
};

describe.skipIf(!soffice)('LibreOffice opens the Office exports', () => {
  let dir = '';
  const decks = { en: sampleDeck(), ko: sampleDeck({ lang: 'ko' }), hostile: hostileDeck(), data: dataDeck() };
  const pdf = (name: string) => join(dir, `${name}.pdf`);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bd-soffice-'));
    const files: string[] = [];
    for (const [name, deck] of Object.entries(decks)) {
      writeFileSync(join(dir, `${name}-slides.pptx`), await writePptx(deck));
      writeFileSync(join(dir, `${name}-paper.docx`), await writeDocx(deck, { notes: true }));
      files.push(join(dir, `${name}-slides.pptx`), join(dir, `${name}-paper.docx`));
    }
    // A private profile: a user's running LibreOffice (or another test) cannot block this one.
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'ignore', timeout: 180_000 });
  }, 200_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('PPTX: one page per laid-out slide, the banner on every page, every title and point', () => {
    const deck = decks.en;
    const file = pdf('en-slides');
    const laid = layoutDeck(deck);
    expect(pages(file)).toBe(laid.slides.length);
    for (let n = 1; n <= laid.slides.length; n++) expect(pageText(file, n)).toContain('UNCLASSIFIED//FOUO');
    const text = allText(file);
    for (const s of deck.sections) expect(text).toContain(flat(inlineToText(s.title)));
    for (const p of points(deck)) expect(text).toContain(flat(p));
    // pdftotext may close up the spaces of the small "n / N".
    expect(flat(pageText(file, 2))).toMatch(new RegExp(`\\b2 ?/ ?${laid.counted}\\b`));
    expect(text).toContain('B-1');
  });

  it('DOCX: the marking in the header and footer of every page, every title and point', () => {
    const deck = decks.en;
    const file = pdf('en-paper');
    const n = pages(file);
    expect(n).toBeGreaterThanOrEqual(1);
    for (let i = 1; i <= n; i++) expect(pageText(file, i).match(/UNCLASSIFIED\/\/FOUO/g)?.length).toBeGreaterThanOrEqual(2);
    const text = allText(file);
    for (const s of deck.sections) expect(text).toContain(flat(inlineToText(s.title)));
    for (const p of points(deck)) expect(text).toContain(flat(p));
  });

  it('keeps Korean intact in both formats', () => {
    for (const name of ['ko-slides', 'ko-paper']) {
      const text = allText(pdf(name));
      expect(text).toContain('한미 방산 협력');
      expect(text).toContain('K9 자주포');
      expect(text).toContain('하위 요점');
    }
    expect(pages(pdf('ko-slides'))).toBe(layoutDeck(decks.ko).slides.length);
  });

  it('prints hostile text as text, and nothing is dropped from the long point', () => {
    for (const name of ['hostile-slides', 'hostile-paper']) {
      const text = allText(pdf(name));
      expect(text).toContain('<script>window.__pwned=1</script>');
      expect(text).toContain('ctlend');
      // LibreOffice drops a whole paragraph on an XML error; all 2 000 words arrive.
      expect(text.match(/\bword\b/g)?.length).toBe(2000);
    }
  });

  it('PPTX: tables print their cells on every continuation page, charts their categories and values', () => {
    const deck = decks.data;
    const file = pdf('data-slides');
    const laid = layoutDeck(deck);
    expect(pages(file)).toBe(laid.slides.length);
    const tablePages = laid.slides.flatMap((s, i) => (s.blocks.some((b) => b.kind === 'table') ? [i + 1] : []));
    expect(tablePages.length).toBeGreaterThan(1);
    // The header row on every page the table runs over.
    for (const n of tablePages) expect(flat(pageText(file, n))).toMatch(/Item\s+Status\s+Value/);
    const text = allText(file);
    for (const cell of ['K9 Thunder', 'under way', 'Item 24', '13750', '30000', 'Main items (cont.)']) expect(text).toContain(cell);
    // A native chart is drawn by LibreOffice from its data: the categories, the unit and the values as labels.
    const chartPage = flat(pageText(file, laid.slides.findIndex((s) => s.blocks.some((b) => b.kind === 'chart')) + 1));
    for (const label of ['2021', '2022', '2023', 'US$ bn', '17.5']) expect(chartPage).toContain(label);
  });

  it('DOCX: the table and the chart data print as table cells', () => {
    const text = allText(pdf('data-paper'));
    for (const cell of ['Item Status Value', 'K9 Thunder', 'Item 24', '30000', 'Column chart', 'Category Series 1 (US$ bn)', 'no value']) expect(text).toContain(cell);
  });
});
