/**
 * The deck as a list of Office slides: the same order as the HTML deck (engine/compile/
 * order.ts: title · agenda · main sections · sources · close · backups), with text already
 * split into runs and long point lists continued on "(cont.)" slides.
 *
 * The continuation breaks here are an estimate (characters per line at the body size). The
 * layout engine (engine/layout, `layoutDeck`) will own the breaks for HTML and Office alike;
 * when it lands on main this module maps its laid-out slides instead of estimating.
 */
import { AGENDA_PER_SLIDE, SOURCES_PER_SLIDE, indexSources, isKoreanDeck, labelsFor, slideOrder, type Labels, type SourceIndex } from '../../../engine/compile/index.ts';
import type { Deck, KeyFigure, Marking, Point, Section, Source } from '../../../engine/model/schema.ts';
import { hasHangul, inlineRuns, inlineText, plain, type Run } from './runs.ts';

export type OfficeKind = 'title' | 'agenda' | 'bluf' | 'content' | 'decision' | 'sources' | 'close' | 'backup';

export interface PlanPoint {
  runs: Run[];
  /** 0 for a top-level point, 1 and 2 for sub-points. */
  depth: number;
  /** A piece of a point too long for one slide, after its first piece: no bullet of its own. */
  continued?: boolean;
}

export interface PlanFigure {
  value: string;
  unit: string;
  label: Run[];
  asOf: string;
  cite: number | undefined;
}

export interface PlanOption {
  title: Run[];
  summary: Run[];
  recommended: boolean;
}

export interface OfficeSlide {
  kind: OfficeKind;
  /** Plain title (with "(cont.)" on continuation slides). */
  title: string;
  titleRuns: Run[];
  /** A small tag above the title ("Bottom line up front", "Backup"), or ''. */
  tag: string;
  marking: Marking;
  /** "n / N" for counted slides, "B-n" for backups. */
  label: string;
  part: number;
  parts: number;
  points: PlanPoint[];
  figures: PlanFigure[];
  image: { data: string; alt: string } | null;
  problem: Run[];
  options: PlanOption[];
  /** Sources slide entries. */
  sources: { n: number; source: Source }[];
  /** Agenda entries: number and plain title. */
  agenda: { n: number; title: string }[];
  notes: string;
  section: Section | null;
}

export interface OfficePlan {
  slides: OfficeSlide[];
  labels: Labels;
  korean: boolean;
  sources: SourceIndex;
}

/** Body text budget per slide, in "line units" at the level-1 size (an estimate, see above). */
const LINES_PER_SLIDE = { '16:9': 12, '4:3': 12 } as const;
const CHARS_PER_LINE = { '16:9': 70, '4:3': 52 } as const;
const IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}$/;

const isShown = (p: Point): boolean => p.text.trim() !== '' || p.children.length > 0 || p.cites.length > 0;

export function planDeck(deck: Deck): OfficePlan {
  const korean = isKoreanDeck(deck);
  const isKo = deck.meta.lang === 'ko' || deck.meta.lang.startsWith('ko-');
  const labels = labelsFor(korean && !isKo && hasHangul(deck.meta.title) ? 'ko' : deck.meta.lang);
  const sources = indexSources(deck);
  const { main, backup } = slideOrder(deck);
  const slides: OfficeSlide[] = [];
  const base = (kind: OfficeKind, title: string, marking: Marking | null = null, section: Section | null = null): OfficeSlide => ({
    kind,
    title: inlineText(title),
    titleRuns: inlineRuns(title),
    tag: '',
    marking: marking && marking.text.trim() !== '' ? marking : deck.marking,
    label: '',
    part: 1,
    parts: 1,
    points: [],
    figures: [],
    image: null,
    problem: [],
    options: [],
    sources: [],
    agenda: [],
    notes: '',
    section,
  });

  slides.push(base('title', deck.meta.title));
  if (deck.settings.agenda) {
    for (let page = 0; page * AGENDA_PER_SLIDE < main.length; page++) {
      const s = base('agenda', labels.agenda + (page > 0 ? ` (${labels.continued})` : ''));
      s.agenda = main.slice(page * AGENDA_PER_SLIDE, (page + 1) * AGENDA_PER_SLIDE).map((sec, i) => ({ n: page * AGENDA_PER_SLIDE + i + 1, title: inlineText(sec.title) }));
      slides.push(s);
    }
  }
  for (const section of main) slides.push(...sectionSlides(deck, section, labels, sources));
  for (let page = 0; page * SOURCES_PER_SLIDE < sources.entries.length; page++) {
    const s = base('sources', labels.sources + (page > 0 ? ` (${labels.continued})` : ''));
    s.sources = sources.entries.slice(page * SOURCES_PER_SLIDE, (page + 1) * SOURCES_PER_SLIDE);
    slides.push(s);
  }
  slides.push(base('close', labels.questions));
  const counted = slides.length;
  for (const section of backup) slides.push(...sectionSlides(deck, section, labels, sources));
  let b = 0;
  slides.forEach((s, i) => {
    s.label = i < counted ? `${i + 1} / ${counted}` : `B-${++b}`;
  });
  return { slides, labels, korean, sources };

  function sectionSlides(d: Deck, section: Section, l: Labels, idx: SourceIndex): OfficeSlide[] {
    const kind: OfficeKind = section.kind === 'bluf' ? 'bluf' : section.kind === 'decision' ? 'decision' : section.kind === 'backup' ? 'backup' : 'content';
    const tag = kind === 'bluf' ? l.bluf : kind === 'backup' ? l.backup : '';
    const first = base(kind, section.title, section.marking, section);
    first.tag = tag && first.title.trim().toLowerCase() !== tag.toLowerCase() ? tag : '';
    first.notes = plain(section.notes);
    first.figures = section.figures.map((f) => figure(section, f, idx));
    const img = section.image;
    if (img && IMAGE.test(img.dataUrl)) first.image = { data: img.dataUrl, alt: plain(img.alt) };
    if (kind === 'decision' && section.decision) {
      first.problem = inlineRuns(section.decision.problem);
      first.options = section.decision.options.map((o) => ({ title: inlineRuns(o.title), summary: inlineRuns(o.summary), recommended: o.id === section.decision?.recommendation }));
    }
    const points = flatten(section, section.points, 0, idx);
    // Budget: the figures strip and the decision block take part of the body.
    const aspect = d.settings.aspect;
    let budget = LINES_PER_SLIDE[aspect] - (first.figures.length ? 3 : 0) - (kind === 'decision' ? 2 + first.options.length * 1.5 : 0);
    budget = Math.max(3, budget);
    const width = CHARS_PER_LINE[aspect] * (first.image ? 0.55 : 1);
    const pages = paginate(points, budget, width);
    const out = pages.map((pts, i) => {
      const s = i === 0 ? first : { ...base(kind, section.title, section.marking, section), tag: first.tag, notes: first.notes };
      s.points = pts;
      if (i > 0) {
        s.title = `${first.title} (${l.continued})`;
        s.titleRuns = [...first.titleRuns, { text: ` (${l.continued})` }];
      }
      return s;
    });
    out.forEach((s, i) => {
      s.part = i + 1;
      s.parts = out.length;
    });
    return out;
  }
}

function figure(section: Section, f: KeyFigure, idx: SourceIndex): PlanFigure {
  return { value: plain(f.value), unit: plain(f.unit), label: inlineRuns(f.label), asOf: f.asOf, cite: f.sourceId ? idx.numberOf(section, f.sourceId) : undefined };
}

function flatten(section: Section, points: readonly Point[], depth: number, idx: SourceIndex): PlanPoint[] {
  const out: PlanPoint[] = [];
  if (depth > 2) return out;
  for (const p of points.filter(isShown)) {
    const runs = inlineRuns(p.text);
    const ns: number[] = [];
    for (const id of p.cites) {
      const n = idx.numberOf(section, id);
      if (n !== undefined && !ns.includes(n)) ns.push(n);
    }
    if (ns.length) runs.push({ text: ns.map((n) => `[${n}]`).join(''), superscript: true });
    out.push({ runs, depth });
    out.push(...flatten(section, p.children, depth + 1, idx));
  }
  return out;
}

/** Estimated lines a point takes (Hangul counts double: it is about twice as wide). */
function linesOf(p: PlanPoint, width: number): number {
  let chars = 0;
  for (const r of p.runs) for (const ch of r.text) chars += hasHangul(ch) ? 1.8 : 1;
  const perLine = width * (p.depth === 0 ? 1 : p.depth === 1 ? 1.1 : 1.25) - p.depth * 4;
  return Math.max(1, Math.ceil(chars / perLine)) * (p.depth === 0 ? 1 : 0.9) + 0.3;
}

function paginate(points: PlanPoint[], budget: number, width: number): PlanPoint[][] {
  const pages: PlanPoint[][] = [[]];
  let used = 0;
  for (const point of splitLong(points, budget, width)) {
    const n = linesOf(point, width);
    const page = pages[pages.length - 1]!;
    if (page.length > 0 && used + n > budget) {
      pages.push([point]);
      used = n;
    } else {
      page.push(point);
      used += n;
    }
  }
  return pages;
}

/** A point longer than one slide is cut at spaces into slide-sized pieces (its styling kept per run). */
function splitLong(points: PlanPoint[], budget: number, width: number): PlanPoint[] {
  const out: PlanPoint[] = [];
  const max = Math.floor((budget - 1) * width * 0.9);
  for (const p of points) {
    if (linesOf(p, width) <= budget) {
      out.push(p);
      continue;
    }
    let piece: Run[] = [];
    let size = 0;
    let first = true;
    const flush = (): void => {
      if (piece.length === 0) return;
      out.push({ runs: piece, depth: p.depth, ...(first ? {} : { continued: true }) });
      first = false;
      piece = [];
      size = 0;
    };
    for (const run of p.runs) {
      let text = run.text;
      while (size + text.length > max) {
        const room = max - size;
        let cut = text.lastIndexOf(' ', room);
        if (cut < room / 2) cut = room;
        // Never split a surrogate pair.
        if (cut > 0 && /[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut--;
        if (cut > 0) piece.push({ ...run, text: text.slice(0, cut) });
        flush();
        text = text.slice(cut).replace(/^ +/, '');
      }
      if (text) {
        piece.push({ ...run, text });
        size += text.length;
      }
    }
    flush();
  }
  return out;
}
