/**
 * writeDocx(deck): the talking-points paper (a staff information paper) in Word, from the
 * same deck: the marking in the header and footer of every page, a title block, the BLUF
 * first, then each section's points as talking points with its key figures, the decision
 * (problem, options, recommendation), its table and chart, optionally the speaker notes, and
 * the sources as numbered references (the deck-wide numbers the slides show).
 *
 * A table is a Word table whose header row repeats on every page it runs over (tableHeader).
 * A chart is given as its data: a caption naming the kind, then a table of categories by
 * series (the highlighted category in bold), then its caption / source / as-of line. A picture
 * of the chart would need the SVG rasterised, which nothing here can do without a browser; the
 * numbers are what a reader of a talking-points paper checks.
 *
 * Text goes through runs.ts (cleaned of characters XML 1.0 forbids) like the PPTX writer's.
 */
import { AlignmentType, BorderStyle, Document, ExternalHyperlink, Footer, Header, LevelFormat, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { citeNumbers, indexSources, isKoreanDeck, slideOrder, type SourceIndex } from '../../../engine/compile/index.ts';
import type { Deck, Point, Section } from '../../../engine/model/schema.ts';
import { resolveMarking, type Banner } from '../../../engine/marking/index.ts';
import { hasHangul, inlineRuns, inlineText, plain, type Run } from './runs.ts';
import { hex, officeTheme } from './theme.ts';
import { columnAlign, type Table as DeckTable, type TableCell as DeckCell } from '../../../engine/model/table.ts';
import type { Chart } from '../../../engine/model/chart.ts';
import { chartWords, formatValue } from '../../../engine/chart/index.ts';
import { formatAsOf } from '../../../engine/compile/dates.ts';

export interface DocxOptions {
  /** Include each section's speaker notes under its talking points. */
  notes?: boolean;
}

/** Words the paper adds, in the deck's language (like the slide labels, not UI text). */
const PAPER = {
  en: { paper: 'TALKING POINTS', subject: 'Subject', presenter: 'Presenter', office: 'Office', date: 'Date', asOf: 'As of', bluf: 'Bottom line up front', figures: 'Key figures', notes: 'Speaker notes', references: 'References', problem: 'Problem', options: 'Options', recommendation: 'Recommendation', backup: 'Backup', page: 'Page' },
  ko: { paper: '보고 요지', subject: '제목', presenter: '보고자', office: '부서', date: '일자', asOf: '기준일', bluf: '핵심 결론', figures: '주요 수치', notes: '발표 노트', references: '참고 문헌', problem: '문제', options: '방안', recommendation: '건의', backup: '참고', page: '쪽' },
};

const POINTS = 'bd-points';
const OPTIONS = 'bd-options';

interface Ctx {
  deck: Deck;
  ko: boolean;
  words: (typeof PAPER)['en'];
  sources: SourceIndex;
  font: string;
  eastAsian: string;
  accent: string;
  /** The deck's language for dates and chart words ('ko' for an untagged Korean deck). */
  lang: string;
}

export async function writeDocx(deck: Deck, options: DocxOptions = {}): Promise<Uint8Array> {
  const korean = isKoreanDeck(deck);
  const koTag = deck.meta.lang === 'ko' || deck.meta.lang.startsWith('ko-');
  const ko = koTag || (korean && hasHangul(deck.meta.title));
  const theme = officeTheme(deck.settings.theme);
  const ctx: Ctx = { deck, ko, words: ko ? PAPER.ko : PAPER.en, sources: indexSources(deck), font: theme.font === 'Palatino Linotype' ? 'Palatino Linotype' : 'Arial', eastAsian: theme.eastAsian, accent: theme.accent === 'F0B429' ? '1F4E89' : theme.accent, lang: ko && !koTag ? 'ko' : deck.meta.lang };
  const marking = resolveMarking(deck.marking);
  const children: (Paragraph | Table)[] = [...titleBlock(ctx)];
  const { main, backup } = slideOrder(deck);
  // The BLUF leads the paper wherever it sits in the deck.
  const ordered = [...main.filter((s) => s.kind === 'bluf'), ...main.filter((s) => s.kind !== 'bluf')];
  for (const s of ordered) children.push(...section(ctx, s, s.kind === 'bluf' ? ctx.words.bluf : '', options));
  for (const s of backup) children.push(...section(ctx, s, ctx.words.backup, options));
  if (ctx.sources.entries.length) {
    children.push(heading(ctx, ctx.words.references));
    for (const { n, source } of ctx.sources.entries) {
      const rest = [source.publisher, source.date].filter((v) => v.trim() !== '').join(', ');
      const url = /^https?:\/\//i.test(source.url.trim()) ? source.url.trim() : '';
      const runs: Run[] = [{ text: `[${n}] `, bold: true }, { text: source.title, italic: true }];
      if (rest) runs.push({ text: `, ${rest}` });
      if (url) runs.push({ text: '. ' }, { text: url, href: url });
      children.push(new Paragraph({ children: toRuns(ctx, runs), spacing: { after: 80 }, indent: { left: 360, hanging: 360 } }));
    }
  }
  const doc = new Document({
    creator: plain(deck.meta.presenter) || 'Briefdeck',
    title: plain(inlineText(deck.meta.title)),
    description: plain(marking.text),
    styles: {
      default: {
        document: {
          run: { font: { ascii: ctx.font, hAnsi: ctx.font, cs: ctx.font, eastAsia: ctx.eastAsian }, size: 22, language: { value: ko ? 'ko-KR' : 'en-US', eastAsia: 'ko-KR' } },
          paragraph: { spacing: { after: 100, line: 276 } },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: POINTS,
          levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.BULLET, text: ['•', '–', '◦'][level]!, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 280 } } } })),
        },
        { reference: OPTIONS, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 360 } } } }] },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1300, bottom: 1300, left: 1300, right: 1300, header: 500, footer: 500 } } },
        headers: { default: new Header({ children: [banner(marking)] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 18, color: '6A7684' })] }),
              banner(marking),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

function banner(m: Banner): Paragraph {
  const text = plain(m.text).replace(/\s+/g, ' ').trim();
  if (!text) return new Paragraph({ children: [] });
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(m.color, '007A33') },
    children: [new TextRun({ text, bold: true, size: 20, color: hex(m.textColor, 'FFFFFF'), ...(hasHangul(text) ? { language: { value: 'ko-KR', eastAsia: 'ko-KR' } } : {}) })],
  });
}

function titleBlock(ctx: Ctx): Paragraph[] {
  const { meta } = ctx.deck;
  const w = ctx.words;
  const out: Paragraph[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 240 }, children: [new TextRun({ text: w.paper, bold: true, size: 28, color: ctx.accent })] }),
  ];
  const line = (label: string, value: Run[]): void => {
    if (value.every((r) => r.text.trim() === '')) return;
    out.push(new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${label}: `, bold: true }), ...toRuns(ctx, value)] }));
  };
  line(w.subject, [...inlineRuns(meta.title), ...(meta.subtitle.trim() ? [{ text: ` — ${inlineText(meta.subtitle)}` }] : [])]);
  line(w.presenter, inlineRuns(meta.presenter));
  line(w.office, [{ text: [meta.office, meta.organisation].filter((v) => v.trim() !== '').map((v) => inlineText(v)).join(', ') }]);
  line(w.date, [{ text: meta.date }]);
  line(w.asOf, [{ text: meta.asOf }]);
  out.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'CFD7E2', space: 4 } }, children: [] }));
  return out;
}

/** A section heading: bold and larger, with its tag ("Bottom line up front", "Backup") first. */
function heading(ctx: Ctx, text: string, tag = ''): Paragraph {
  const children: TextRun[] = [];
  if (tag) children.push(new TextRun({ text: `${tag} · `, bold: true, size: 22, color: ctx.accent }));
  for (const r of inlineRuns(text)) children.push(textRun({ ...r, bold: true }, { size: 26 }));
  return new Paragraph({ spacing: { before: 280, after: 100 }, keepNext: true, children });
}

function section(ctx: Ctx, s: Section, tag: string, options: DocxOptions): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const sameAsTag = tag && inlineText(s.title).trim().toLowerCase() === tag.toLowerCase();
  out.push(heading(ctx, s.title, sameAsTag ? '' : tag));
  if (s.kind === 'decision' && s.decision) {
    const d = s.decision;
    const w = ctx.words;
    if (d.problem.trim()) out.push(new Paragraph({ children: [new TextRun({ text: `${w.problem}: `, bold: true }), ...toRuns(ctx, inlineRuns(d.problem))] }));
    if (d.options.length) {
      out.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: `${w.options}:`, bold: true })] }));
      for (const o of d.options) {
        const runs: Run[] = [...inlineRuns(o.title).map((r) => ({ ...r, bold: true }))];
        if (o.summary.trim()) runs.push({ text: ' — ' }, ...inlineRuns(o.summary));
        out.push(new Paragraph({ numbering: { reference: OPTIONS, level: 0 }, children: toRuns(ctx, runs) }));
      }
      const rec = d.options.find((o) => o.id === d.recommendation);
      if (rec) out.push(new Paragraph({ children: [new TextRun({ text: `${w.recommendation}: `, bold: true, color: ctx.accent }), ...toRuns(ctx, inlineRuns(rec.title).map((r) => ({ ...r, bold: true })))] }));
    }
  }
  out.push(...points(ctx, s, s.points, 0));
  if (s.figures.length) {
    out.push(new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: `${ctx.words.figures}:`, bold: true })] }));
    for (const f of s.figures) {
      const n = f.sourceId ? ctx.sources.numberOf(s, f.sourceId) : undefined;
      const runs: Run[] = [...inlineRuns(f.label), { text: ': ' }, { text: `${f.value}${f.unit ? ` ${f.unit}` : ''}`, bold: true }];
      if (f.asOf) runs.push({ text: ` (${ctx.words.asOf} ${f.asOf})` });
      if (n !== undefined) runs.push({ text: `[${n}]`, superscript: true });
      out.push(new Paragraph({ numbering: { reference: POINTS, level: 0 }, children: toRuns(ctx, runs) }));
    }
  }
  if (s.table) out.push(...tableBlock(ctx, s, s.table));
  if (s.chart) out.push(...chartBlock(ctx, s, s.chart));
  if (options.notes && s.notes.trim()) {
    out.push(new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: `${ctx.words.notes}:`, bold: true, italics: true, color: '6A7684' })] }));
    for (const para of plain(s.notes).replace(/\r\n?/g, '\n').trim().split(/\n[ \t]*\n+/)) {
      const children: ParagraphChild[] = [];
      para.split('\n').forEach((line, i) => {
        children.push(...toRuns(ctx, inlineRuns(line), { italics: true, color: '3B4756', break: i > 0 ? 1 : undefined }));
      });
      out.push(new Paragraph({ indent: { left: 360 }, children }));
    }
  }
  return out;
}

const isShown = (p: Point): boolean => p.text.trim() !== '' || p.children.length > 0 || p.cites.length > 0;

function points(ctx: Ctx, s: Section, list: readonly Point[], level: number): Paragraph[] {
  if (level > 2) return [];
  const out: Paragraph[] = [];
  for (const p of list.filter(isShown)) {
    const runs = inlineRuns(p.text);
    const ns = citeNumbers(ctx.sources, s, p.cites);
    if (ns.length) runs.push({ text: ns.map((n) => `[${n}]`).join(''), superscript: true });
    out.push(new Paragraph({ numbering: { reference: POINTS, level }, children: toRuns(ctx, runs) }));
    out.push(...points(ctx, s, p.children, level + 1));
  }
  return out;
}

interface RunExtra {
  size?: number;
  italics?: boolean;
  color?: string;
  break?: number;
}

function textRun(r: Run, extra: RunExtra = {}): TextRun {
  const text = plain(r.text).replace(/[\r\n]+/g, ' ');
  const ko = hasHangul(text);
  return new TextRun({
    text,
    ...(r.bold ? { bold: true } : {}),
    ...(r.italic || extra.italics ? { italics: true } : {}),
    ...(r.superscript ? { superScript: true } : {}),
    ...(r.code ? { font: 'Consolas' } : {}),
    ...(r.href ? { style: 'Hyperlink' } : {}),
    ...(extra.size ? { size: extra.size } : {}),
    ...(extra.color ? { color: extra.color } : {}),
    ...(extra.break ? { break: extra.break } : {}),
    ...(ko ? { language: { value: 'ko-KR', eastAsia: 'ko-KR' } } : {}),
  });
}

function toRuns(_ctx: Ctx, runs: Run[], extra: RunExtra = {}): ParagraphChild[] {
  return runs.map((r, i) => {
    const run = textRun(r, i === 0 ? extra : { ...extra, break: undefined });
    return r.href ? new ExternalHyperlink({ link: r.href, children: [run] }) : run;
  });
}

/** Usable page width in twips (A4, 1300-twip margins), shared equally by a table's columns. */
const TABLE_TWIPS = 11906 - 2 * 1300;
const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'CFD7E2' };
const NO_RULE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** A Word table: the first row is the header row, repeated at the top of every page. */
function wordTable(ctx: Ctx, header: Run[][], body: Run[][][], aligns: readonly ('left' | 'center' | 'right')[], boldRows: ReadonlySet<number> = new Set()): Table {
  const cols = header.length;
  const width = Math.floor(TABLE_TWIPS / cols);
  const cell = (runs: Run[], col: number, head: boolean, bold: boolean): TableCell =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(head ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF2F7' } } : {}),
      margins: { top: 40, bottom: 40, left: 100, right: 100 },
      children: [new Paragraph({ spacing: { after: 0 }, alignment: ALIGN[aligns[col] ?? 'left'], children: toRuns(ctx, head || bold ? runs.map((r) => ({ ...r, bold: true })) : runs, { size: 20 }) })],
    });
  return new Table({
    width: { size: width * cols, type: WidthType.DXA },
    columnWidths: Array.from({ length: cols }, () => width),
    borders: { top: RULE, bottom: RULE, left: NO_RULE, right: NO_RULE, insideHorizontal: RULE, insideVertical: NO_RULE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((runs, c) => cell(runs, c, true, false)) }),
      ...body.map((row, r) => new TableRow({ cantSplit: true, children: row.map((runs, c) => cell(runs, c, false, boldRows.has(r))) })),
    ],
  });
}

/** "Caption · Source [1] · As of 3 June 2024" under a table or chart, or nothing. */
function metaParagraph(ctx: Ctx, s: Section, caption: string, sourceId: string, asOf: string): Paragraph[] {
  const w = chartWords(ctx.lang);
  const bits: Run[][] = [];
  if (caption.trim()) bits.push(inlineRuns(caption));
  const n = sourceId ? citeNumbers(ctx.sources, s, [sourceId]) : [];
  if (n.length) bits.push([{ text: `${w.source} ` }, { text: `[${n[0]}]`, superscript: true }]);
  if (asOf) bits.push([{ text: formatAsOf(asOf, ctx.lang) }]);
  if (!bits.length) return [];
  const runs = bits.flatMap((b, i) => (i ? [{ text: ' · ' }, ...b] : b));
  return [new Paragraph({ spacing: { before: 60, after: 160 }, children: toRuns(ctx, runs, { size: 18, color: '6A7684' }) })];
}

function captionParagraph(ctx: Ctx, runs: Run[]): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: 160, after: 60 }, children: toRuns(ctx, runs.map((r) => ({ ...r, bold: true }))) });
}

function tableBlock(ctx: Ctx, s: Section, t: DeckTable): (Paragraph | Table)[] {
  const cellRuns = (c: DeckCell): Run[] => {
    const runs = inlineRuns(c.text);
    const ns = citeNumbers(ctx.sources, s, c.cites);
    if (ns.length) runs.push({ text: ns.map((n) => `[${n}]`).join(''), superscript: true });
    return runs;
  };
  const aligns = t.header.map((_, c) => columnAlign(t, c));
  const out: (Paragraph | Table)[] = [];
  if (t.caption.trim()) out.push(captionParagraph(ctx, inlineRuns(t.caption)));
  out.push(wordTable(ctx, t.header.map(cellRuns), t.rows.map((row) => row.map(cellRuns)), aligns));
  const meta = metaParagraph(ctx, s, '', t.sourceId, t.asOf);
  // A paragraph after the table in any case: Word joins two adjacent tables into one.
  out.push(...(meta.length ? meta : [new Paragraph({ children: [] })]));
  return out;
}

function chartBlock(ctx: Ctx, s: Section, c: Chart): (Paragraph | Table)[] {
  const w = chartWords(ctx.lang);
  const title = c.title.trim() ? `: ${c.title.trim()}` : '';
  const unit = c.unit.trim() ? ` (${c.unit.trim()})` : '';
  const header: Run[][] = [[{ text: w.category }], ...c.series.map((ser, i) => [{ text: `${ser.name.trim() || String(i + 1)}${unit}` }])];
  const body: Run[][][] = c.categories.map((cat, i) => [[{ text: cat }], ...c.series.map((ser) => [{ text: ser.values[i] === null || ser.values[i] === undefined ? w.noValue : formatValue(ser.values[i], ctx.lang) }])]);
  const aligns = header.map((_, i) => (i === 0 ? 'left' : 'right') as 'left' | 'right');
  return [
    captionParagraph(ctx, [{ text: `${w.kinds[c.kind]}${title}` }]),
    wordTable(ctx, header, body, aligns, new Set(c.highlight === '' ? [] : [c.highlight])),
    ...(() => {
      const meta = metaParagraph(ctx, s, c.caption, c.sourceId, c.asOf);
      return meta.length ? meta : [new Paragraph({ children: [] })];
    })(),
  ];
}
