/**
 * Dates on slides, written in the deck's language: "10 June 2024" / "2024년 6월 10일", and the
 * as-of line "As of 10 June 2024" / "2024년 6월 3일 기준" (Korean puts 기준 after the date).
 *
 * The model stores dates as yyyy-mm-dd (a calendar day, no time). They are formatted in UTC
 * from a UTC midnight, so the day never shifts with the machine's time zone. English decks
 * use the day-month-year order of military and government correspondence (en-GB), whatever
 * the region tag; any other language falls back to English, as the slide labels do
 * (labels.ts), so "As of" and its date stay in one language.
 */

import { labelsFor } from './labels.ts';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

type DateLang = 'en' | 'ko';

const dateLang = (lang: string): DateLang => (lang === 'ko' || lang.startsWith('ko-') ? 'ko' : 'en');

// One formatter per language: building an Intl.DateTimeFormat costs far more than using one.
const formatters = new Map<DateLang, Intl.DateTimeFormat>();

function formatter(lang: DateLang): Intl.DateTimeFormat {
  let f = formatters.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    formatters.set(lang, f);
  }
  return f;
}

/**
 * A yyyy-mm-dd date written out in the deck's language; '' stays ''. Text that is not such a
 * date (the model refuses it, but the compiler never throws on a slide) comes back unchanged.
 */
export function formatDeckDate(iso: string, lang: string): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // 2024-02-30 would roll over to March: show what was typed rather than another day.
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return iso;
  // Years 0–99 would be read as 1900–1999 by Date.UTC; set the year explicitly.
  date.setUTCFullYear(y);
  return formatter(dateLang(lang)).format(date);
}

/** "As of 10 June 2024" / "2024년 6월 10일 기준"; '' when there is no date. */
export function formatAsOf(iso: string, lang: string): string {
  if (iso === '') return '';
  const date = formatDeckDate(iso, lang);
  const word = labelsFor(lang).asOf;
  return dateLang(lang) === 'ko' ? `${date} ${word}` : `${word} ${date}`;
}
