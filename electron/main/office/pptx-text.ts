/**
 * The PPTX writer's text primitives, shared by pptx.ts (slides) and pptx-data.ts (tables and
 * charts): units, runs (Korean tagged ko-KR in the East Asian font), paragraphs, text boxes.
 */
import type PptxGenJS from 'pptxgenjs';
import type { Box } from '../../../engine/layout/index.ts';
import type { Deck } from '../../../engine/model/schema.ts';
import type { SourceIndex } from '../../../engine/compile/index.ts';
import { hasHangul, inlineRuns, plain, type Run } from './runs.ts';
import type { OfficeTheme } from './theme.ts';

export type TextProps = PptxGenJS.TextProps;
export type TextOptions = PptxGenJS.TextPropsOptions;
export type Slide = PptxGenJS.Slide;

/** Design px → inches (the slide is 720 px and 7.5 in high). */
export const IN = (px: number): number => px / 96;
/** Font px → points. */
export const PT = (px: number): number => Math.round(px * 0.75 * 10) / 10;

export interface Ctx {
  theme: OfficeTheme;
  /** 'ko-KR' for a Korean slide, else 'en-US' (Hangul runs are ko-KR anywhere). */
  lang: string;
  masters: Map<string, string>;
  pptx: PptxGenJS;
  deck: Deck;
  /** Deck-wide source numbers, as the slides show them. */
  sources: SourceIndex;
  /** The slide's BCP 47 language (words and dates of captions, charts). */
  slideLang: string;
}

export const at = (b: Box): { x: number; y: number; w: number; h: number } => ({ x: IN(b.x), y: IN(b.y), w: IN(b.w), h: IN(b.h) });


/** One run → pptxgenjs text props (Korean tagged ko-KR in the East Asian font). */
export function run(ctx: Ctx, r: Run, base: TextOptions): TextProps {
  const ko = hasHangul(r.text) || ctx.lang === 'ko-KR';
  const options: TextOptions = { ...base, lang: ko ? 'ko-KR' : 'en-US', fontFace: r.code ? 'Consolas' : ko ? ctx.theme.eastAsian : ctx.theme.font };
  if (r.bold) options.bold = true;
  if (r.italic) options.italic = true;
  if (r.superscript) options.superscript = true;
  if (r.href) options.hyperlink = { url: r.href, tooltip: r.href };
  // A run is part of one paragraph; pptxgenjs would turn a newline into a new paragraph.
  return { text: plain(r.text).replace(/[\r\n\t]+/g, ' '), options };
}

export interface Para {
  runs: Run[];
  /** Paragraph options (bullet, indent, spacing, align): set on the paragraph's first run. */
  para: TextOptions;
  /** Run options (size, colour). */
  base: TextOptions;
}

/** Paragraphs → one flat run list: paragraph options on each paragraph's first run only. */
export function paragraphs(ctx: Ctx, paras: Para[]): TextProps[] {
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

export const withCites = (text: string, cites: readonly number[] | number | null): Run[] => {
  const ns = cites === null ? [] : typeof cites === 'number' ? [cites] : cites;
  return [...inlineRuns(text), ...(ns.length ? [{ text: ns.map((n) => `[${n}]`).join(''), superscript: true }] : [])];
};


export function textBox(ctx: Ctx, slide: Slide, box: Box, paras: Para[], extra: TextOptions = {}): void {
  if (paras.length === 0) return;
  slide.addText(paragraphs(ctx, paras), { ...at(box), margin: 0, valign: 'top', fit: 'none', ...extra });
}
