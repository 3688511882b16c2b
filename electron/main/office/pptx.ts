/**
 * writePptx(deck): an editable PowerPoint file (not pictures of slides), built with pptxgenjs
 * over the layout engine's slides (engine/layout `layoutDeck`): the same slides, breaks
 * ("(cont.)"), numbers, boxes and font sizes as the HTML deck, never PowerPoint's autofit.
 *
 * - Units: the layout's slide is 720 design px high in both aspects (1280 or 960 wide) and
 *   the PowerPoint slide 7.5 in, so 1 px = 1/96 in and font px × 0.75 = pt.
 * - One slide master (a pptxgenjs master is a slide layout) per distinct marking carries the
 *   banners top and bottom in the marking's colours; "n / N" (backups "B-n") is written on
 *   each slide: PowerPoint's slide-number field counts every slide and cannot say B-n.
 * - Tables and charts are native and editable (pptx-data.ts): an <a:tbl> per slide over the
 *   row ranges the layout chose, and a chart part with its embedded workbook.
 * - Two pptxgenjs traps (see /work/shared/TOOLCHAIN.md) are handled here: text is cleaned of
 *   XML-forbidden characters before it goes in (runs.ts), and the extra <a:pPr> pptxgenjs
 *   writes before every run after the first in a paragraph is removed afterwards
 *   (withFixedParts): a <a:pPr> after a run is invalid OOXML.
 */
import PptxGenJS from 'pptxgenjs';
import JSZip from 'jszip';
import { layoutDeck } from '../../../engine/layout/index.ts';
import type { Box, LaidOutSlide, LayoutBlock, LaidOutPoint, ResolvedMarking } from '../../../engine/layout/index.ts';
import type { Deck } from '../../../engine/model/schema.ts';
import { resolveMarking } from '../../../engine/marking/index.ts';
import { indexSources } from '../../../engine/compile/index.ts';
import { hasHangul, inlineRuns, inlineText, plain, type Run } from './runs.ts';
import { hex, officeTheme } from './theme.ts';
import { dataUrlBytes, imageSize } from './image-size.ts';
import { IN, PT, at, textBox, withCites, type Ctx, type Para, type Slide, type TextOptions } from './pptx-text.ts';
import { chartSlide, tableSlide } from './pptx-data.ts';

export async function writePptx(deck: Deck): Promise<Uint8Array> {
  const laid = layoutDeck(deck);
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'BRIEFDECK', width: IN(laid.size.width), height: IN(laid.size.height) });
  pptx.layout = 'BRIEFDECK';
  pptx.title = plain(inlineText(deck.meta.title));
  pptx.author = plain(deck.meta.presenter);
  pptx.company = plain(deck.meta.organisation || deck.meta.office);
  pptx.subject = plain(resolveMarking(deck.marking).text);
  const theme = officeTheme(deck.settings.theme);
  const korean = deck.meta.lang === 'ko' || deck.meta.lang.startsWith('ko-');
  pptx.theme = { headFontFace: korean ? theme.eastAsian : theme.font, bodyFontFace: korean ? theme.eastAsian : theme.font };
  const ctx: Ctx = { theme, lang: korean ? 'ko-KR' : 'en-US', masters: new Map(), pptx, deck, sources: indexSources(deck), slideLang: deck.meta.lang };
  for (const s of laid.slides) addSlide({ ...ctx, lang: s.lang === 'ko' || s.lang.startsWith('ko-') ? 'ko-KR' : 'en-US', slideLang: s.lang }, s, deck.settings.slideNumber);
  return withFixedParts(async () => (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array);
}

/** The master for a marking (made on first use), with banners where the layout puts them. */
function masterFor(ctx: Ctx, m: ResolvedMarking, s: LaidOutSlide): string {
  const key = [m.text, m.color, m.textColor].join('\u0000');
  let name = ctx.masters.get(key);
  if (name) return name;
  name = `BRIEFDECK_${ctx.masters.size + 1}`;
  ctx.masters.set(key, name);
  const text = plain(m.text).replace(/\s+/g, ' ').trim();
  const g = s.geometry;
  const objects: PptxGenJS.SlideMasterProps['objects'] = [];
  if (text && g.bannerTop && g.bannerBottom) {
    const ko = hasHangul(text);
    const opts = (b: Box): TextOptions => ({ ...at(b), fill: { color: hex(m.color, '007A33') }, color: hex(m.textColor, 'FFFFFF'), bold: true, fontSize: PT(g.bannerPx), align: 'center', valign: 'middle', margin: 0, fontFace: ko ? ctx.theme.eastAsian : ctx.theme.font, lang: ko ? 'ko-KR' : 'en-US' });
    objects.push({ text: { text, options: opts(g.bannerTop) } }, { text: { text, options: opts(g.bannerBottom) } });
  }
  ctx.pptx.defineSlideMaster({ title: name, background: { color: ctx.theme.bg }, objects });
  return name;
}






function addSlide(ctx: Ctx, s: LaidOutSlide, showNumber: boolean): void {
  const { theme } = ctx;
  const g = s.geometry;
  const slide = ctx.pptx.addSlide({ masterName: masterFor(ctx, s.marking, s) });
  if (showNumber) {
    const label = s.number.counted ? `${s.number.n} / ${s.number.total}` : s.number.label;
    textBox(ctx, slide, g.number, [{ runs: [{ text: label }], para: { align: 'right' }, base: { fontSize: PT(g.numberPx), color: theme.muted } }], { valign: 'bottom', objectName: 'Slide Number' });
  }
  if (g.heading) {
    const paras: Para[] = [];
    if (s.badge) paras.push({ runs: [{ text: s.badge.toUpperCase() }], para: { paraSpaceAfter: 4 }, base: { fontSize: 12, bold: true, color: theme.accent } });
    paras.push({ runs: inlineRuns(s.title), para: { lineSpacingMultiple: 1.0 }, base: { fontSize: PT(g.headingPx), bold: true, color: theme.heading } });
    // Named as PowerPoint names its title placeholders, so outline tools (and our own import) find the title.
    // Centred in its box: the layout may reserve two lines for a title that takes one, and set
    // on the box's bottom as the HTML deck sets it, LibreOffice put the descenders on the rule.
    textBox(ctx, slide, g.heading, paras, { objectName: 'Title', valign: 'middle' });
    // The accent rule under the heading, as the HTML deck draws it.
    slide.addShape(ctx.pptx.ShapeType.rect, { x: IN(g.heading.x), y: IN(g.heading.y + g.heading.h) - 0.01, w: IN(g.heading.w), h: IN(3), fill: { color: theme.accent }, line: { color: theme.accent, width: 0 } });
  }
  for (const b of s.blocks) block(ctx, slide, b);
  const notes = plain(s.notes).replace(/\r\n?/g, '\n').split('\n').map(inlineText).join('\n').trim();
  if (notes) slide.addNotes(notes);
}

function block(ctx: Ctx, slide: Slide, b: LayoutBlock): void {
  const { theme } = ctx;
  switch (b.kind) {
    case 'points':
      return textBox(ctx, slide, b.box, pointParas(ctx, b.box, b.points));
    case 'figures':
      for (const f of b.figures) {
        const paras: Para[] = [
          { runs: [{ text: f.value, bold: true }, ...(f.unit ? [{ text: ` ${f.unit}` }] : [])], para: {}, base: { fontSize: PT(f.valuePx), color: theme.accent } },
          { runs: withCites(f.label, f.cite), para: { paraSpaceBefore: 2 }, base: { fontSize: PT(f.labelPx), color: theme.text } },
        ];
        if (f.asOf) paras.push({ runs: [{ text: f.asOf }], para: {}, base: { fontSize: 12, color: theme.muted } });
        slide.addShape(ctx.pptx.ShapeType.rect, { ...at(f.box), fill: { color: theme.panel }, line: { color: theme.panel, width: 0 } });
        slide.addShape(ctx.pptx.ShapeType.rect, { ...at({ ...f.box, w: 6 }), fill: { color: theme.accent }, line: { color: theme.accent, width: 0 } });
        textBox(ctx, slide, { x: f.box.x + 18, y: f.box.y + 10, w: f.box.w - 28, h: f.box.h - 20 }, paras, { valign: 'middle' });
      }
      return;
    case 'image': {
      const size = imageSize(dataUrlBytes(b.dataUrl));
      let { w, h } = b.box;
      if (size) {
        const scale = Math.min(b.box.w / size.w, b.box.h / size.h);
        w = size.w * scale;
        h = size.h * scale;
      }
      slide.addImage({ data: b.dataUrl.slice('data:'.length), ...at({ x: b.box.x + (b.box.w - w) / 2, y: b.box.y, w, h }), altText: plain(b.alt) || undefined });
      return;
    }
    case 'decision': {
      const first = b.options[0]?.box.y ?? b.box.y + b.box.h;
      if (b.problem) textBox(ctx, slide, { ...b.box, h: Math.max(20, first - b.box.y) }, [{ runs: inlineRuns(b.problem), para: {}, base: { fontSize: PT(b.fontPx), color: theme.text } }]);
      for (const o of b.options) {
        const runs: Run[] = [{ text: `${o.n}  `, bold: true }, ...inlineRuns(o.title).map((r) => ({ ...r, bold: true }))];
        if (o.recommended) runs.push({ text: `   ✔ ${recommendedWord(ctx)}`, bold: true });
        const paras: Para[] = [{ runs, para: {}, base: { fontSize: PT(b.fontPx), color: o.recommended ? theme.accent : theme.heading } }];
        if (o.summary) paras.push({ runs: inlineRuns(o.summary), para: { paraSpaceBefore: 2 }, base: { fontSize: PT(b.fontPx * 0.85), color: theme.text2 } });
        if (o.recommended) slide.addShape(ctx.pptx.ShapeType.rect, { ...at(o.box), fill: { color: theme.panel }, line: { color: theme.accent, width: 1.5 } });
        textBox(ctx, slide, { x: o.box.x + 12, y: o.box.y + 4, w: o.box.w - 24, h: o.box.h - 8 }, paras, { valign: 'middle' });
      }
      return;
    }
    case 'title': {
      const paras: Para[] = [{ runs: inlineRuns(b.title), para: {}, base: { fontSize: 40, bold: true, color: theme.heading } }];
      if (b.subtitle.trim()) paras.push({ runs: inlineRuns(b.subtitle), para: { paraSpaceBefore: 10 }, base: { fontSize: 22, color: theme.text2 } });
      const who = [b.presenter, b.office, b.organisation].filter((v) => v.trim() !== '').map(inlineText).join(' · ');
      const when = [b.date, b.asOf].filter(Boolean).join(' · ');
      if (who) paras.push({ runs: [{ text: who }], para: { paraSpaceBefore: 28 }, base: { fontSize: 18, color: theme.text } });
      if (when) paras.push({ runs: [{ text: when }], para: { paraSpaceBefore: 4 }, base: { fontSize: 16, color: theme.muted } });
      const barH = Math.min(b.box.h, 240);
      slide.addShape(ctx.pptx.ShapeType.rect, { ...at({ x: b.box.x, y: b.box.y + (b.box.h - barH) / 2, w: 8, h: barH }), fill: { color: theme.accent }, line: { color: theme.accent, width: 0 } });
      textBox(ctx, slide, { ...b.box, x: b.box.x + 32, w: b.box.w - 32 }, paras, { valign: 'middle', objectName: 'Title' });
      return;
    }
    case 'agenda':
      return textBox(ctx, slide, b.box, b.items.map((it, i) => ({ runs: inlineRuns(it.title), para: { bullet: { type: 'number', startAt: b.start + i }, paraSpaceBefore: i ? 8 : 0 }, base: { fontSize: PT(b.fontPx), color: theme.text } })));
    case 'sources':
      return textBox(
        ctx,
        slide,
        b.box,
        b.entries.map((e, i) => {
          const rest = [e.publisher, e.date].filter((v) => v.trim() !== '').join(', ');
          const runs: Run[] = [{ text: `[${e.n}] `, bold: true }, { text: e.title, italic: true }];
          if (rest) runs.push({ text: `, ${rest}` });
          const url = /^https?:\/\//i.test(e.url.trim()) ? e.url.trim() : '';
          if (url) runs.push({ text: ' ' }, { text: url, href: url });
          return { runs, para: { paraSpaceBefore: i ? 8 : 0 }, base: { fontSize: PT(b.fontPx), color: theme.text } };
        }),
      );
    case 'table':
      return tableSlide(ctx, slide, b);
    case 'chart':
      return chartSlide(ctx, slide, b);
    case 'close': {
      const paras: Para[] = [
        { runs: [{ text: b.heading }], para: { align: 'center' }, base: { fontSize: 44, bold: true, color: theme.heading } },
        { runs: inlineRuns(b.title), para: { align: 'center', paraSpaceBefore: 14 }, base: { fontSize: 22, color: theme.text2 } },
      ];
      if (b.who.length) paras.push({ runs: [{ text: b.who.map(inlineText).join(' · ') }], para: { align: 'center', paraSpaceBefore: 8 }, base: { fontSize: 16, color: theme.muted } });
      return textBox(ctx, slide, b.box, paras, { valign: 'middle' });
    }
  }
}

/** The word the HTML deck puts on the recommended option. */
function recommendedWord(ctx: Ctx): string {
  return ctx.lang === 'ko-KR' ? '건의안' : 'Recommended';
}

/** Points as paragraphs of one text box: each at its layout indent, size and spacing. */
function pointParas(ctx: Ctx, box: Box, points: readonly LaidOutPoint[]): Para[] {
  const { theme } = ctx;
  return points.map((p, i) => {
    const prev = points[i - 1];
    const gap = prev ? Math.max(0, p.box.y - (prev.box.y + prev.box.h)) : 0;
    const lvl = p.depth - 1;
    // pptxgenjs puts the text at indent × (level + 1) with the bullet hanging by `indent`.
    const indentPt = PT(Math.max(8, p.box.x - box.x)) / (lvl + 1);
    const char = p.continued ? '00A0' : p.depth === 1 ? '2022' : p.depth === 2 ? '2013' : '00B7';
    return {
      runs: withCites(p.text, p.cites),
      para: { bullet: { characterCode: char, indent: indentPt }, indentLevel: lvl, paraSpaceBefore: PT(gap), lineSpacing: PT(p.lineHeightPx) },
      base: { fontSize: PT(p.fontPx), color: p.depth === 1 ? theme.text : theme.text2 },
    };
  });
}

/**
 * pptxgenjs writes an <a:pPr> before EVERY run, and for a run without a bullet that is
 * `<a:pPr indent="0" marL="0"><a:buNone/></a:pPr>`: in a paragraph of several runs (bold
 * inside a bullet, a citation after the text) that puts a second pPr after a run, which is
 * invalid OOXML (LibreOffice then draws no bullet; PowerPoint repairs). Each paragraph keeps
 * its first pPr only, and only when it comes before the first run.
 *
 * The fix is applied as pptxgenjs adds each part to its zip (JSZip's `file`, wrapped while
 * `write` runs): unzipping and re-zipping the finished file cost a 1000-section deck seconds
 * and a second copy in memory. The same wrapper stores small parts uncompressed: deflate in
 * JavaScript (pako) builds a fresh 300 KB state per part, and a big deck has thousands.
 */
async function withFixedParts<T>(write: () => Promise<T>): Promise<T> {
  const proto = JSZip.prototype as unknown as { file: (...args: unknown[]) => unknown };
  const original = proto.file;
  if (wrapped++ === 0) {
    proto.file = function (this: unknown, ...args: unknown[]) {
      const [name, data, options] = args;
      if (args.length < 2 || typeof name !== 'string' || typeof data !== 'string') return original.apply(this, args);
      const fixed = FIXED_PART.test(name) ? fixParagraphXml(data) : CHART_PART.test(name) ? fixChartXml(data) : data;
      const compression = fixed.length >= COMPRESS_FROM ? 'DEFLATE' : 'STORE';
      return original.call(this, name, fixed, { ...(options as object | undefined), compression });
    };
    originalFile = original;
  }
  try {
    return await write();
  } finally {
    if (--wrapped === 0 && originalFile) proto.file = originalFile;
  }
}

let wrapped = 0;
let originalFile: ((...args: unknown[]) => unknown) | null = null;

const FIXED_PART = /^ppt\/(slides|slideMasters|slideLayouts|notesSlides)\/[^/]+\.xml$/;

const CHART_PART = /^ppt\/charts\/chart\d+\.xml$/;

export function fixParagraphXml(xml: string): string {
  return (
    xml
      .replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_m, body: string) => `<a:p>${fixParagraphBody(body)}</a:p>`)
      // Every table's first row is its header row (repeated on each continuation slide): say so,
      // so PowerPoint's "Header Row" option and screen readers know it; rows are banded.
      .replace(/<a:tblPr\/>/g, '<a:tblPr firstRow="1" bandRow="1"/>')
  );
}

/**
 * A chart value that is null (a gap) comes out of pptxgenjs as `<c:pt idx="n"><c:v></c:v></c:pt>`,
 * an empty number; a gap in the cache is a missing point, so it is removed (displayBlanksAs="gap").
 */
export function fixChartXml(xml: string): string {
  return xml.replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '');
}

/** Parts smaller than this are stored: deflating them costs more time than the bytes are worth. */
const COMPRESS_FROM = 16 * 1024;

function fixParagraphBody(body: string): string {
  let seenRun = false;
  let kept = false;
  // pPr elements, runs and breaks in document order: a pPr survives only as the first thing, before any run.
  return body.replace(/<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>|<a:r>|<a:br\/>|<a:fld\b/g, (tok) => {
    if (!tok.startsWith('<a:pPr')) {
      seenRun = true;
      return tok;
    }
    if (seenRun || kept) return '';
    kept = true;
    return tok;
  });
}
