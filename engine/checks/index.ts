/**
 * Pre-brief checks: what a reviewer would catch before the briefing. Pure functions of the
 * deck; the one fact the engine cannot know (which slides overflow at real size) is measured
 * by the editor in the preview DOM and passed in.
 */
import { resolveMarking } from '../marking/resolve.ts';
import { citationChecks } from './citations.ts';
import { markingChecks } from './marking.ts';
import type { Deck, Point, Section } from '../model/schema.ts';
import { tableChartChecks, type TableCheckKind } from './tables.ts';
import type { LayoutNotice } from '../layout/types.ts';

export type CheckKind =
  | 'no-marking'
  | 'empty-section'
  | 'no-notes'
  | 'figure-no-source'
  | 'figure-no-as-of'
  | 'overflow'
  | 'speaking-time'
  /** A section the layout continued over several slides (info, names them). */
  | 'continued'
  /** A banner colour or text that contradicts its level (marking.ts). */
  | 'marking-mismatch'
  /** A banner lower than the highest portion mark on its slide (marking.ts). */
  | 'portion-above-banner'
  /** A point without a citation in a deck that cites elsewhere (citations.ts). */
  | 'uncited-point'
  /** Tables and charts (tables.ts). */
  | TableCheckKind;
export type CheckSeverity = 'error' | 'warning' | 'info';

/** Where an item points, so the editor can jump there. */
export interface CheckTarget {
  /** null = the deck panel (meta, marking, settings). */
  sectionId: string | null;
  field: 'marking' | 'title' | 'points' | 'notes' | 'figures' | 'settings' | 'slide' | 'table' | 'chart';
  /** A key figure's id when the item is about one figure; for a table or chart, 'source', 'asOf' or 'grid'. */
  itemId?: string;
}

/**
 * What an item says, as a catalog key ('checks:…') and its values; the UI words it in its
 * own language (checkText in ./message.ts), so the engine holds no UI language.
 */
export interface CheckMessage {
  key: string;
  params: {
    /** The section's title (trimmed; '' when it has none) and its 0-based place. */
    section?: { title: string; index: number };
    /** A key figure's label (trimmed; '' when it has none). */
    figure?: string;
    count?: number;
    minutes?: number;
    target?: number;
    /** Marking checks: level labels (SECRET, 대외비) and colours as shown (hex and name), and a portion mark. */
    level?: string;
    found?: string;
    expected?: string;
    required?: string;
    portion?: string;
    /** Layout notices: the slides a section takes, as numbered ("4, 5" or "B-1, B-2"). */
    where?: string;
  };
}

export interface CheckItem {
  /** Stable across runs, for React keys and for tests. */
  id: string;
  kind: CheckKind;
  severity: CheckSeverity;
  message: CheckMessage;
  target: CheckTarget;
}

export interface OverflowMeasure {
  /** RenderedSlide.key of a slide whose content runs past the slide's edge. */
  key: string;
  sectionId: string | null;
}

export interface CheckOptions {
  /** Slides measured as overflowing (the editor measures them at real slide size). */
  overflow?: readonly OverflowMeasure[];
  /**
   * The layout's notices (engine/layout `layoutDeck(deck).notices`): a section that continues
   * over several slides is news for the author, not an error, so it is an info item naming
   * its slides.
   */
  layout?: readonly LayoutNotice[];
}

/** Speaking rate used for the estimate: a measured briefing pace, slower than reading aloud. */
export const WORDS_PER_MINUTE = 130;
/** Even a one-line slide takes time to show and speak to. */
export const MIN_MINUTES_PER_SECTION = 0.5;

/** Words in text; Hangul runs count as one word each, which matches speech closely enough. */
export function countWords(text: string): number {
  const words = text.trim().split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length;
}

function pointWords(points: readonly Point[]): number {
  let n = 0;
  for (const p of points) n += countWords(p.text) + pointWords(p.children);
  return n;
}

/** True when a section has nothing to show beyond its title. */
export function isEmptySection(s: Section): boolean {
  const hasPoints = s.points.some(function hasText(p: Point): boolean {
    return p.text.trim() !== '' || p.children.some(hasText);
  });
  const hasDecision = s.decision !== null && (s.decision.problem.trim() !== '' || s.decision.options.length > 0);
  return !hasPoints && s.figures.length === 0 && s.image === null && !hasDecision && s.table === null && s.chart === null;
}

/**
 * Minutes a presenter needs for one section: the notes are what gets said; a section
 * without notes is spoken from its points.
 */
export function sectionMinutes(s: Section): number {
  const words = Math.max(countWords(s.notes), pointWords(s.points));
  return Math.max(MIN_MINUTES_PER_SECTION, words / WORDS_PER_MINUTE);
}

/** Estimated speaking time for the main deck; backup sections are not briefed. */
export function estimateSpeakingMinutes(deck: Deck): number {
  let minutes = 0;
  for (const s of deck.sections) if (s.kind !== 'backup') minutes += sectionMinutes(s);
  return minutes;
}


/** A section as check messages name it: its trimmed title and 0-based place (checkText words it). */
export function sectionRef(s: Section, index: number): { title: string; index: number } {
  return { title: s.title.trim(), index };
}

/** Every check, in reading order: deck first, then section by section. */
export function runChecks(deck: Deck, options: CheckOptions = {}): CheckItem[] {
  const items: CheckItem[] = [];
  if (resolveMarking(deck.marking).text.trim() === '') {
    items.push({
      id: 'no-marking',
      kind: 'no-marking',
      severity: 'error',
      message: { key: 'checks:noMarking', params: {} },
      target: { sectionId: null, field: 'marking' },
    });
  }
  const sourceIds = new Set(deck.sources.map((src) => src.id));
  const overflowBySection = new Map<string | null, number>();
  for (const o of options.overflow ?? []) overflowBySection.set(o.sectionId, (overflowBySection.get(o.sectionId) ?? 0) + 1);

  const noticesBySection = new Map<string, LayoutNotice[]>();
  for (const n of options.layout ?? []) noticesBySection.set(n.sectionId, [...(noticesBySection.get(n.sectionId) ?? []), n]);

  deck.sections.forEach((s, i) => {
    const section = sectionRef(s, i);
    if (s.marking !== null && resolveMarking(s.marking).text.trim() === '') {
      items.push({ id: `marking:${s.id}`, kind: 'no-marking', severity: 'error', message: { key: 'checks:sectionMarkingEmpty', params: { section } }, target: { sectionId: s.id, field: 'marking' } });
    }
    const empty = isEmptySection(s);
    if (empty) {
      items.push({ id: `empty:${s.id}`, kind: 'empty-section', severity: 'warning', message: { key: 'checks:emptySection', params: { section } }, target: { sectionId: s.id, field: 'points' } });
    }
    if (s.notes.trim() === '' && s.kind !== 'backup') {
      items.push({ id: `notes:${s.id}`, kind: 'no-notes', severity: 'warning', message: { key: 'checks:noNotes', params: { section } }, target: { sectionId: s.id, field: 'notes' } });
    }
    for (const f of s.figures) {
      const figure = f.label.trim();
      const hasSource = f.sourceId !== '' && sourceIds.has(f.sourceId);
      if (!hasSource) {
        items.push({ id: `source:${s.id}:${f.id}`, kind: 'figure-no-source', severity: 'error', message: { key: 'checks:figureNoSource', params: { section, figure } }, target: { sectionId: s.id, field: 'figures', itemId: f.id } });
      }
      if (f.asOf === '') {
        items.push({ id: `asof:${s.id}:${f.id}`, kind: 'figure-no-as-of', severity: 'warning', message: { key: 'checks:figureNoAsOf', params: { section, figure } }, target: { sectionId: s.id, field: 'figures', itemId: f.id } });
      }
    }
    for (const c of tableChartChecks(s)) items.push({ id: c.id, kind: c.kind, severity: c.severity, message: { key: c.key, params: { section, count: c.count, target: c.target } }, target: { sectionId: s.id, field: c.field, itemId: c.itemId } });
    for (const n of noticesBySection.get(s.id) ?? []) {
      const where = n.labels.join(', ');
      if (n.kind === 'continued') {
        items.push({ id: `continued:${s.id}`, kind: 'continued', severity: 'info', message: { key: 'checks:continued', params: { section, count: n.slideKeys.length, where } }, target: { sectionId: s.id, field: 'slide' } });
      } else if (n.kind === 'shrunk') {
        items.push({ id: `shrunk:${s.id}`, kind: 'continued', severity: 'info', message: { key: 'checks:shrunk', params: { section, where } }, target: { sectionId: s.id, field: 'slide' } });
      } else {
        items.push({ id: `overflow-layout:${s.id}`, kind: 'overflow', severity: 'warning', message: { key: 'checks:overflowLayout', params: { section, where } }, target: { sectionId: s.id, field: 'slide' } });
      }
    }
    const over = overflowBySection.get(s.id);
    if (over !== undefined) {
      items.push({
        id: `overflow:${s.id}`,
        kind: 'overflow',
        severity: 'error',
        message: { key: 'checks:overflow', params: { section, count: over } },
        target: { sectionId: s.id, field: 'slide' },
      });
    }
  });
  items.push(...markingChecks(deck), ...citationChecks(deck));
  const deckLevelOverflow = overflowBySection.get(null);
  if (deckLevelOverflow !== undefined) {
    items.push({ id: 'overflow:deck', kind: 'overflow', severity: 'error', message: { key: 'checks:overflowDeck', params: {} }, target: { sectionId: null, field: 'slide' } });
  }

  const minutes = estimateSpeakingMinutes(deck);
  const target = deck.settings.targetMinutes;
  const over = minutes > target * 1.1;
  items.push({
    id: 'speaking-time',
    kind: 'speaking-time',
    severity: over ? 'warning' : 'info',
    message: { key: over ? 'checks:timeOver' : 'checks:timeWithin', params: { minutes: Math.round(minutes * 10) / 10, target } },
    target: { sectionId: null, field: 'settings' },
  });
  return items;
}
