/**
 * Dates as people type them in briefing drafts, turned into the model's yyyy-mm-dd.
 * Only unambiguous shapes are read: ISO, `2024.06.03` / `2024/06/03` (Korean and
 * East Asian habit), `2024년 6월 3일`, `June 3, 2024` and `3 June 2024`. Anything else
 * (`06/03/2024` could be either day-first or month-first) is left alone, not guessed.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 9999) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1) return null; // 2024-02-30 and the like
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const i = MONTHS.indexOf(w.slice(0, 3));
  // "Sept" and full names are fine; "Mayday" is not a month.
  if (i < 0) return 0;
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][i] ?? '';
  return full.startsWith(w) || w === 'sept' ? i + 1 : 0;
}

/** Returns yyyy-mm-dd, or null when the text is not one of the shapes above. */
export function parseDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})\.?$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  // Weekday prefixes ("Monday, June 3, 2024") are dropped first.
  const noDay = t.replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '');
  m = /^([A-Za-z]{3,9}\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(noDay);
  if (m) {
    const month = monthIndex(m[1] ?? '');
    return month ? iso(Number(m[3]), month, Number(m[2])) : null;
  }
  m = /^(\d{1,2})\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})$/.exec(noDay);
  if (m) {
    const month = monthIndex(m[2] ?? '');
    return month ? iso(Number(m[3]), month, Number(m[1])) : null;
  }
  return null;
}
