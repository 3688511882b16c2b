/**
 * One line of a `Sources:` list → title, publisher, date, URL.
 *
 *   Title, Publisher, 2024-06-03, https://example.org/a
 *   "A title, with a comma", Publisher, June 3, 2024
 *   [Title](https://example.org/a), Publisher
 *   [2] Title, Publisher            (explicit citation number)
 *
 * Read from the end: a trailing http(s) URL, then a date, then the last remaining part is
 * the publisher and everything before it the title. A line with one part is all title.
 */
import { parseDate } from './dates.ts';

export interface SourceFields {
  /** Explicit `[n]` given in front of the item, or null to number by position. */
  number: number | null;
  title: string;
  publisher: string;
  date: string;
  url: string;
}

const URL_TOKEN = /^[<(]?(https?:\/\/[^\s<>()]+)[>)]?$/i;
const MD_LINK = /^\[([^\]]+)\]\((https?:\/\/[^\s()]+)\)/i;
const QUOTED = /^(?:"([^"]*)"|“([^”]*)”|'([^']*)'|‘([^’]*)’)/;

export function parseSourceLine(input: string): SourceFields {
  let rest = input.trim();
  let number: number | null = null;
  const explicit = /^\[(\d{1,4})\]\s*/.exec(rest);
  if (explicit) {
    number = Number(explicit[1]);
    rest = rest.slice(explicit[0].length);
  }

  let title = '';
  let url = '';
  const link = MD_LINK.exec(rest);
  if (link) {
    title = (link[1] ?? '').trim();
    url = link[2] ?? '';
    rest = rest.slice(link[0].length);
  } else {
    const quoted = QUOTED.exec(rest);
    if (quoted) {
      title = (quoted[1] ?? quoted[2] ?? quoted[3] ?? quoted[4] ?? '').trim();
      rest = rest.slice(quoted[0].length);
    }
  }
  rest = rest.replace(/^\s*[,;]\s*/, '');

  if (!url) {
    // Only the last whitespace-separated token can be the URL; looking at that token
    // alone keeps this linear on long lines.
    const cut = Math.max(rest.lastIndexOf(' '), rest.lastIndexOf('\t'));
    const u = URL_TOKEN.exec(rest.slice(cut + 1));
    if (u) {
      url = trimEnd(u[1] ?? '', '.,;');
      rest = rest.slice(0, cut + 1);
    }
  }
  rest = trimEnd(rest, ' \t,;');

  const parts = rest === '' ? [] : rest.split(',').map((p) => p.trim());
  let date = '';
  // A date may itself hold commas ("June 3, 2024", "Monday, June 3, 2024"): try the last
  // three, two, then one parts joined back together.
  for (const take of [3, 2, 1]) {
    if (parts.length < take) continue;
    const candidate = parseDate(parts.slice(parts.length - take).join(', '));
    if (candidate) {
      date = candidate;
      parts.splice(parts.length - take, take);
      break;
    }
  }

  let publisher = '';
  if (title) {
    publisher = parts.join(', ');
  } else if (parts.length >= 2) {
    publisher = parts.pop() ?? '';
    title = parts.join(', ');
  } else {
    title = parts[0] ?? '';
  }
  if (!title) title = url || publisher || date;
  return { number, title, publisher, date, url };
}

/** Drops any of `chars` from the end (a loop, not a regex, so long runs stay linear). */
function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}
