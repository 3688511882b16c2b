/**
 * Slide order and counts, as pure functions of the deck, so the editor can show "n / N"
 * and tests can predict the exported deck without rendering it.
 *
 *   title · agenda pages (if settings.agenda and there is a main section) · main sections ·
 *   sources pages (if any source) · close · backup sections (uncounted)
 */
import type { Deck, Section, Source } from '../model/schema.ts';

/** Agenda entries per agenda slide; longer agendas continue on the next slide. */
export const AGENDA_PER_SLIDE = 8;
/** Source entries per Sources slide. */
export const SOURCES_PER_SLIDE = 6;

export interface SlideOrder {
  main: Section[];
  backup: Section[];
  /** main then backup: the order sources are numbered in. */
  all: Section[];
}

export function slideOrder(deck: Deck): SlideOrder {
  const main: Section[] = [];
  const backup: Section[] = [];
  for (const s of deck.sections) (s.kind === 'backup' ? backup : main).push(s);
  return { main, backup, all: [...main, ...backup] };
}

export function pages(count: number, perPage: number): number {
  return count === 0 ? 0 : Math.ceil(count / perPage);
}

/** Two sources are the same publication when title, publisher, date and URL match (case and spacing aside). */
export function sourceKey(s: Source): string {
  return [s.title, s.publisher, s.date, s.url].map((x) => x.trim().replace(/\s+/g, ' ').toLowerCase()).join('\u0000');
}

/** Sources across the deck, counted the way the Sources slide lists them (every deck source once). */
function distinctSourceCount(deck: Deck): number {
  return new Set(deck.sources.map((s) => s.id)).size;
}

export interface SlideCount {
  /** Every slide in the deck, backup included (= printed pages). */
  total: number;
  /** Slides counted in "n / N": backup slides are not. */
  counted: number;
  /** Backup slides, after the close. */
  backup: number;
}

export function slideCount(deck: Deck): SlideCount {
  const { main, backup } = slideOrder(deck);
  const agenda = deck.settings.agenda ? pages(main.length, AGENDA_PER_SLIDE) : 0;
  const sources = pages(distinctSourceCount(deck), SOURCES_PER_SLIDE);
  const counted = 1 + agenda + main.length + sources + 1;
  return { total: counted + backup.length, counted, backup: backup.length };
}
