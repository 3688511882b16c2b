/**
 * writePptx(deck): an editable PowerPoint file (not pictures of slides), built with pptxgenjs.
 *
 * - One slide master per distinct marking carries the banners top and bottom in the
 *   marking's colours; a section with its own marking gets its own master.
 * - "n / N" (backups "B-n") is written on each slide: PowerPoint's slide-number field counts
 *   every slide and cannot say B-n.
 * - The slides are planDeck's: the HTML deck's order and continuation breaks, never autofit.
 * - Two pptxgenjs traps (see /work/shared/TOOLCHAIN.md) are handled here: text is cleaned of
 *   XML-forbidden characters before it goes in (runs.ts), and the extra <a:pPr> pptxgenjs
 *   writes before every run after the first in a paragraph is removed afterwards
 *   (fixParagraphs), because a <a:pPr> after a run is invalid OOXML.
 */
import PptxGenJS from 'pptxgenjs';
import JSZip from 'jszip';
import type { Deck, Marking } from '../../../engine/model/schema.ts';
import type { Labels } from '../../../engine/compile/index.ts';
import { DECK_DEFAULTS } from '../../../engine/model/defaults.ts';
import { planDeck, type OfficeSlide, type PlanPoint } from './plan.ts';
import { hasHangul, inlineRuns, inlineText, plain, type Run } from './runs.ts';
import { hex, officeTheme, type OfficeTheme } from './theme.ts';
import { dataUrlBytes, imageSize } from './image-size.ts';

type TextProps = PptxGenJS.TextProps;
type Slide = PptxGenJS.Slide;

interface Geometry {
  w: number;
  h: number;
  /** Banner height. */
  band: number;
  margin: number;
  size: { title: number; body: [number, number, number] };
}

const GEOMETRY: Record<'16:9' | '4:3', Geometry> = {
  '16:9': { w: 13.333, h: 7.5, band: 0.32, margin: 0.6, size: { title: 28, body: [22, 19, 17] } },
  '4:3': { w: 10, h: 7.5, band: 0.32, margin: 0.5, size: { title: 26, body: [20, 18, 16] } },
};

interface Ctx {
  deck: Deck;
  theme: OfficeTheme;
  g: Geometry;
  /** Language of the deck's text ('ko-KR' for Korean decks). */
  lang: string;
  masters: Map<string, string>;
  pptx: PptxGenJS;
  labels: Labels;
}

export async function writePptx(deck: Deck): Promise<Uint8Array> {
  const plan = planDeck(deck);
  const pptx = new PptxGenJS();
  const aspect = deck.settings.aspect === '4:3' ? '4:3' : '16:9';
  pptx.layout = aspect === '4:3' ? 'LAYOUT_4x3' : 'LAYOUT_WIDE';
  pptx.title = plain(inlineText(deck.meta.title));
  pptx.author = plain(deck.meta.presenter);
  pptx.company = plain(deck.meta.organisation || deck.meta.office);
  pptx.subject = plain(deck.marking.text);
  const korean = deck.meta.lang === 'ko' || deck.meta.lang.startsWith('ko-');
  const lang = korean ? 'ko-KR' : 'en-US';
  const theme = officeTheme(deck.settings.theme);
  pptx.theme = { headFontFace: korean ? theme.eastAsian : theme.font, bodyFontFace: korean ? theme.eastAsian : theme.font };
  const ctx: Ctx = { deck, theme, g: GEOMETRY[aspect], lang, masters: new Map(), pptx, labels: plan.labels };
  for (const s of plan.slides) addSlide(ctx, s);
  const raw = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return fixParagraphs(raw);
}

/** The master for a marking (made on first use). */
function masterFor(ctx: Ctx, m: Marking): string {
  const key = [m.text, m.color, m.textColor].join('\u0000');
  let name = ctx.masters.get(key);
  if (name) return name;
  name = `BRIEFDECK_${ctx.masters.size + 1}`;
  ctx.masters.set(key, name);
  const { g, theme } = ctx;
  const text = plain(m.text).replace(/\s+/g, ' ').trim();
  const objects: PptxGenJS.SlideMasterProps['objects'] = [];
  if (text) {
    const fill = hex(m.color, hex(DECK_DEFAULTS.marking.color, '007A33'));
    const color = hex(m.textColor, 'FFFFFF');
    const opts = (y: number): PptxGenJS.TextPropsOptions => ({ x: 0, y, w: g.w, h: g.band, fill: { color: fill }, color, bold: true, fontSize: 12, align: 'center', valign: 'middle', margin: 0, fontFace: hasHangul(text) ? theme.eastAsian : theme.font, lang: hasHangul(text) ? 'ko-KR' : ctx.lang });
    objects.push({ text: { text, options: opts(0) } }, { text: { text, options: opts(g.h - g.band) } });
  }
  ctx.pptx.defineSlideMaster({ title: name, background: { color: theme.bg }, objects });
  return name;
}

/** One run → pptxgenjs text props (Hangul runs tagged ko-KR in the East Asian font). */
function run(ctx: Ctx, r: Run, base: PptxGenJS.TextPropsOptions): TextProps {
  const ko = hasHangul(r.text) || ctx.lang === 'ko-KR';
  const options: PptxGenJS.TextPropsOptions = { ...base, lang: ko ? 'ko-KR' : 'en-US', fontFace: r.code ? 'Consolas' : ko ? ctx.theme.eastAsian : ctx.theme.font };
  if (r.bold) options.bold = true;
  if (r.italic) options.italic = true;
  if (r.superscript) options.superscript = true;
  if (r.href) options.hyperlink = { url: r.href, tooltip: r.href };
  // A run is one line of a paragraph; pptxgenjs would turn a newline into a new paragraph.
  return { text: plain(r.text).replace(/[\r\n\t]+/g, ' '), options };
}

interface Para {
  runs: Run[];
  para: PptxGenJS.TextPropsOptions;
  base: PptxGenJS.TextPropsOptions;
}

/** Paragraphs → one flat run list: paragraph options on each paragraph's first run only. */
function paragraphs(ctx: Ctx, paras: Para[]): TextProps[] {
  const out: TextProps[] = [];
  paras.forEach((p, i) => {
    const runs = p.runs.length ? p.runs : [{ text: '' }];
    runs.forEach((r, j) => {
      const t = run(ctx, r, p.base);
      if (j === 0) Object.assign(t.options!, p.para);
      if (j === runs.length - 1 && i < paras.length - 1) t.options!.breakLine = true;
      out.push(t);
    });
  });
  return out;
}

function addSlide(ctx: Ctx, s: OfficeSlide): void {
  const { g, theme } = ctx;
  const slide = ctx.pptx.addSlide({ masterName: masterFor(ctx, s.marking) });
  const hasBanner = plain(s.marking.text).trim() !== '';
  const top = hasBanner ? g.band : 0;
  const bottom = g.h - (hasBanner ? g.band : 0);
  if (ctx.deck.settings.slideNumber) {
    slide.addText(s.label, { x: g.w - 2.1, y: bottom - 0.4, w: 1.8, h: 0.32, fontSize: 11, color: theme.muted, align: 'right', fontFace: theme.font, margin: 0 });
  }
  if (s.kind === 'title') return titleSlide(ctx, slide, top, bottom);
  if (s.kind === 'close') return closeSlide(ctx, slide);
  let y = top + 0.35;
  if (s.tag) {
    slide.addText(paragraphs(ctx, [{ runs: [{ text: s.tag.toUpperCase() }], para: {}, base: { fontSize: 12, bold: true, color: theme.accent } }]), { x: g.margin, y, w: g.w - 2 * g.margin, h: 0.3, margin: 0, valign: 'top' });
    y += 0.32;
  }
  slide.addText(paragraphs(ctx, [{ runs: s.titleRuns, para: {}, base: { fontSize: g.size.title, bold: true, color: theme.heading } }]), { x: g.margin, y, w: g.w - 2 * g.margin, h: 1.05, margin: 0, valign: 'bottom', fit: 'none' });
  y += 1.05;
  slide.addShape(ctx.pptx.ShapeType.line, { x: g.margin, y: y + 0.05, w: g.w - 2 * g.margin, h: 0, line: { color: theme.rule, width: 1 } });
  y += 0.2;
  const bodyBottom = bottom - 0.45;
  if (s.kind === 'agenda') {
    const paras = s.agenda.map((a): Para => ({ runs: [{ text: a.title }], para: { bullet: { type: 'number', startAt: a.n }, paraSpaceBefore: 6 }, base: { fontSize: g.size.body[0], color: theme.text } }));
    if (paras.length) slide.addText(paragraphs(ctx, paras), { x: g.margin, y, w: g.w - 2 * g.margin, h: bodyBottom - y, valign: 'top', margin: 0, fit: 'none' });
  } else if (s.kind === 'sources') {
    const paras = s.sources.map(({ n, source }): Para => {
      const rest = [source.publisher, source.date].filter((v) => v.trim() !== '').join(', ');
      const runs: Run[] = [{ text: `[${n}] `, bold: true }, { text: source.title, italic: true }];
      if (rest) runs.push({ text: `, ${rest}` });
      const url = /^https?:\/\//i.test(source.url.trim()) ? source.url.trim() : '';
      if (url) runs.push({ text: ' ' }, { text: url, href: url });
      return { runs, para: { paraSpaceBefore: 8 }, base: { fontSize: g.size.body[2], color: theme.text } };
    });
    if (paras.length) slide.addText(paragraphs(ctx, paras), { x: g.margin, y, w: g.w - 2 * g.margin, h: bodyBottom - y, valign: 'top', margin: 0, fit: 'none' });
  } else {
    sectionBody(ctx, slide, s, y, bodyBottom);
  }
  if (s.notes) slide.addNotes(notesText(s.notes));
}

function notesText(notes: string): string {
  return plain(notes)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => inlineText(line))
    .join('\n');
}

function pointParas(ctx: Ctx, points: PlanPoint[]): Para[] {
  const { g, theme } = ctx;
  return points.map((p) => ({
    runs: p.runs,
    // A piece continuing a long point keeps its indent but gets no bullet of its own.
    para: { bullet: p.continued ? { characterCode: '00A0' } : p.depth === 0 ? true : { characterCode: p.depth === 1 ? '2013' : '00B7' }, indentLevel: p.depth, paraSpaceBefore: p.depth === 0 ? 8 : 3 },
    base: { fontSize: g.size.body[Math.min(p.depth, 2)], color: p.depth === 0 ? theme.text : theme.text2 },
  }));
}

function sectionBody(ctx: Ctx, slide: Slide, s: OfficeSlide, top: number, bottom: number): void {
  const { g, theme } = ctx;
  const width = g.w - 2 * g.margin;
  const figH = s.figures.length && s.part === 1 ? 1.35 : 0;
  const bodyBottom = bottom - (figH ? figH + 0.15 : 0);
  const imgW = s.image ? width * 0.38 : 0;
  const textW = width - (imgW ? imgW + 0.3 : 0);
  const paras: Para[] = [];
  if (s.kind === 'decision' && s.part === 1) {
    const label = (text: string): Para => ({ runs: [{ text }], para: { paraSpaceBefore: 6 }, base: { fontSize: 14, bold: true, color: theme.accent } });
    const title = s.title.trim().toLowerCase();
    const { labels } = ctx;
    if (s.problem.length) {
      if (title !== labels.problem.toLowerCase()) paras.push(label(labels.problem));
      paras.push({ runs: s.problem, para: {}, base: { fontSize: g.size.body[1], color: theme.text } });
    }
    if (s.options.length) {
      if (title !== labels.options.toLowerCase()) paras.push(label(labels.options));
      s.options.forEach((o, i) => {
        const runs: Run[] = [{ text: `${i + 1}. `, bold: true }, ...o.title.map((r) => ({ ...r, bold: true }))];
        if (o.recommended) runs.push({ text: `  ✔ ${labels.recommended}`, bold: true });
        if (o.summary.length) runs.push({ text: ' — ' }, ...o.summary);
        paras.push({ runs, para: { paraSpaceBefore: 6 }, base: { fontSize: g.size.body[1], color: o.recommended ? theme.accent : theme.text } });
      });
    }
  }
  paras.push(...pointParas(ctx, s.points));
  if (paras.length) slide.addText(paragraphs(ctx, paras), { x: g.margin, y: top, w: textW, h: bodyBottom - top, valign: 'top', margin: 0, fit: 'none' });
  if (s.image && s.part === 1) {
    const size = imageSize(dataUrlBytes(s.image.data));
    const boxH = bodyBottom - top;
    const box = { x: g.margin + textW + 0.3, y: top, w: imgW, h: boxH };
    let { w, h } = box;
    if (size) {
      const scale = Math.min(box.w / size.w, box.h / size.h);
      w = size.w * scale;
      h = size.h * scale;
    }
    slide.addImage({ data: s.image.data.slice('data:'.length), x: box.x + (box.w - w) / 2, y: box.y, w, h, altText: s.image.alt || undefined });
  }
  if (figH) figures(ctx, slide, s, bottom - figH, figH);
}

function figures(ctx: Ctx, slide: Slide, s: OfficeSlide, y: number, h: number): void {
  const { g, theme } = ctx;
  const shown = s.figures.slice(0, 4);
  const gap = 0.2;
  // At most a quarter of the width each, so one figure is a tile, not a stripe.
  const w = Math.min((g.w - 2 * g.margin - gap * (shown.length - 1)) / shown.length, (g.w - 2 * g.margin - 3 * gap) / 4);
  const { labels } = ctx;
  shown.forEach((f, i) => {
    const x = g.margin + i * (w + gap);
    const paras: Para[] = [
      { runs: [{ text: f.value, bold: true }, ...(f.unit ? [{ text: ` ${f.unit}` }] : [])], para: {}, base: { fontSize: 26, color: theme.accent } },
      { runs: [...f.label, ...(f.cite ? [{ text: `[${f.cite}]`, superscript: true }] : [])], para: {}, base: { fontSize: 13, color: theme.text } },
    ];
    if (f.asOf) paras.push({ runs: [{ text: `${labels.asOf} ${f.asOf}` }], para: {}, base: { fontSize: 11, color: theme.muted } });
    slide.addText(paragraphs(ctx, paras), { x, y, w, h, fill: { color: theme.panel }, valign: 'middle', margin: 6, fit: 'none' });
  });
}

function titleSlide(ctx: Ctx, slide: Slide, top: number, bottom: number): void {
  const { g, theme, deck } = ctx;
  const m = deck.meta;
  const { labels } = ctx;
  slide.addShape(ctx.pptx.ShapeType.rect, { x: g.margin, y: top + 1.6, w: 0.12, h: 2.2, fill: { color: theme.accent }, line: { color: theme.accent, width: 0 } });
  const paras: Para[] = [{ runs: inlineRuns(m.title), para: {}, base: { fontSize: 40, bold: true, color: theme.heading } }];
  if (m.subtitle.trim()) paras.push({ runs: inlineRuns(m.subtitle), para: { paraSpaceBefore: 10 }, base: { fontSize: 22, color: theme.text2 } });
  slide.addText(paragraphs(ctx, paras), { x: g.margin + 0.35, y: top + 1.4, w: g.w - 2 * g.margin - 0.35, h: 2.6, valign: 'middle', margin: 0, fit: 'none' });
  const who = [m.presenter, m.office, m.organisation].filter((v) => v.trim() !== '').map((v) => inlineText(v)).join(' · ');
  const when = [m.date, m.asOf ? `${labels.asOf} ${m.asOf}` : ''].filter(Boolean).join(' · ');
  const meta: Para[] = [];
  if (who) meta.push({ runs: [{ text: who }], para: {}, base: { fontSize: 18, color: theme.text } });
  if (when) meta.push({ runs: [{ text: when }], para: { paraSpaceBefore: 4 }, base: { fontSize: 16, color: theme.muted } });
  if (meta.length) slide.addText(paragraphs(ctx, meta), { x: g.margin + 0.35, y: bottom - 2.0, w: g.w - 2 * g.margin - 0.35, h: 1.1, valign: 'top', margin: 0, fit: 'none' });
}

function closeSlide(ctx: Ctx, slide: Slide): void {
  const { g, theme, deck } = ctx;
  const m = deck.meta;
  const { labels } = ctx;
  const who = [m.presenter, m.office].filter((v) => v.trim() !== '').map((v) => inlineText(v)).join(' · ');
  const paras: Para[] = [
    { runs: [{ text: labels.questions }], para: { align: 'center' }, base: { fontSize: 44, bold: true, color: theme.heading } },
    { runs: inlineRuns(m.title), para: { align: 'center', paraSpaceBefore: 14 }, base: { fontSize: 22, color: theme.text2 } },
  ];
  if (who) paras.push({ runs: [{ text: who }], para: { align: 'center', paraSpaceBefore: 8 }, base: { fontSize: 16, color: theme.muted } });
  slide.addText(paragraphs(ctx, paras), { x: g.margin, y: 2.2, w: g.w - 2 * g.margin, h: 3, valign: 'middle', margin: 0, fit: 'none' });
}

/**
 * pptxgenjs writes an <a:pPr> before EVERY run, and for a run without a bullet that is
 * `<a:pPr indent="0" marL="0"><a:buNone/></a:pPr>`: in a paragraph of several runs (bold
 * inside a bullet, a citation after the text) that puts a second pPr after a run, which is
 * invalid OOXML (LibreOffice then draws no bullet; PowerPoint repairs). Keep each paragraph's
 * first pPr only, and only when it comes before the first run.
 */
export async function fixParagraphs(pptxBytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pptxBytes);
  const names = Object.keys(zip.files).filter((n) => /^ppt\/(slides|slideMasters|slideLayouts|notesSlides)\/[^/]+\.xml$/.test(n));
  for (const name of names) {
    const xml = await zip.file(name)!.async('string');
    const fixed = xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_m, body: string) => `<a:p>${fixParagraphBody(body)}</a:p>`);
    if (fixed !== xml) zip.file(name, fixed);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

function fixParagraphBody(body: string): string {
  let seenRun = false;
  let kept = false;
  // Walk pPr elements and runs in order: a pPr survives only as the first thing before any run.
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
