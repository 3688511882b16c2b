/**
 * Slide order and counts, as pure functions of the deck, so the editor can show "n / N"
 * and tests can predict the exported deck without rendering it.
 *
 *   title · agenda pages (if settings.agenda and there is a main section) · main sections ·
 *   sources pages (if any source) · close · backup sections (uncounted)
 * How many slides each takes is the layout's business (engine/layout: sections continue on
 * "(cont.)" slides, agenda and sources pages fill by height): see slideCount in layout/count.ts.
 */
import type { Deck, Section, Source } from '../model/schema.ts';

/** At most this many agenda entries per agenda slide (fewer when long titles wrap). */
export const AGENDA_PER_SLIDE = 8;
/** At most this many source entries per Sources slide (fewer when they wrap). */
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

export interface SlideCount {
  /** Every slide in the deck, backup included (= printed pages). */
  total: number;
  /** Slides counted in "n / N": backup slides are not. */
  counted: number;
  /** Backup slides, after the close. */
  backup: number;
}
