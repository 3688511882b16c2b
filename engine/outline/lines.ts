/**
 * Line-level reading of an outline: line endings, indentation and list markers. Text that
 * comes from e-mail (CRLF, tabs, non-breaking spaces, `•` bullets) is normalised here and
 * nowhere else, so the parser proper only sees one shape of line.
 */

/** Columns a tab advances to (the next multiple of this); 4 matches Markdown. */
const TAB_WIDTH = 4;

export interface OutlineLine {
  /** 1-based line number in the input, for warnings and errors. */
  no: number;
  /** Leading whitespace in columns (tabs expanded, NBSP counted as a space). */
  indent: number;
  /** The line without its leading whitespace and trailing whitespace. */
  text: string;
}

/**
 * Splits text into lines: CRLF and lone CR become LF, a leading byte-order mark is dropped.
 * Nothing inside the text changes (smart quotes, Hangul, emoji stay as they were).
 */
export function splitLines(input: string): OutlineLine[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const raw = text.split(/\r\n|\r|\n/);
  const lines: OutlineLine[] = [];
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] ?? '';
    let col = 0;
    let at = 0;
    for (; at < line.length; at++) {
      const c = line[at];
      if (c === ' ' || c === '\u00a0' || c === '\u3000') col += 1;
      else if (c === '\t') col += TAB_WIDTH - (col % TAB_WIDTH);
      else break;
    }
    lines.push({ no: i + 1, indent: col, text: line.slice(at).trimEnd() });
  }
  return lines;
}

/**
 * Bullet characters accepted besides Markdown's `-`, `*`, `+`: what Outlook, Word, Gmail
 * and Hangul word processors put in front of list items when text is copied as plain text.
 */
const BULLET_CHARS = new Set(['-', '*', '+', '•', '◦', '▪', '▫', '‣', '∙', '·', '●', '○', '■', '□', '–', '—', '➢', '►', '▶', '→', '※', 'ㅇ']);

/**
 * Word's plain-text list markers that are also ordinary characters: `o` (its level-2 bullet)
 * and `§` (level 3). They count as bullets only before a tab or a run of two or more spaces,
 * which is how Word and Outlook write them, so `o my`, `§ 3 of the Act` stay text.
 */
const WORD_MARKERS = new Set(['o', '§']);

/** Symbol-font bullets (U+F0B7 , U+F06F , U+F0A7 ) that Word sometimes leaves in copied text. */
const SYMBOL_FONT_BULLETS = new Set(['\uf0b7', '\uf06f', '\uf0a7']);

export interface ListItem {
  /** The item text after the marker, trimmed. */
  text: string;
  /** Columns between the start of the marker and the item's text (for continuation lines). */
  markerWidth: number;
  /**
   * The marker's kind, for lists written flush left whose levels show only in the marker:
   * `-` (also `*`, `+`), `•`, `o`, `§`, `□`, `ㅇ`, `num.` (`1.`), `num)` (`1)`), `alpha.` (`a.`),
   * `(num)` (`(1)`), `(alpha)` (`(a)`), `ko.` (`가.`), `ko)` (`가)`), `(ko)` (`(가)`); see MARKER_CHILDREN.
   */
  marker: string;
}

/**
 * Which marker kinds open the next level down when they follow another at the same column:
 * U.S. staff papers number `1.` → `a.` → `(1)` → `(a)`; Korean reports `1.` → `가.` → `1)` →
 * `가)` → `(1)` → `(가)`, and `□` → `ㅇ` (or `○`) → `-` → `·`; Word's plain-text lists `•` → `o`
 * → `§`. Any other change of marker at the same column is a sibling, as in Markdown.
 */
export const MARKER_CHILDREN: Readonly<Record<string, readonly string[]>> = {
  'num.': ['alpha.', 'ko.'],
  'alpha.': ['(num)'],
  '(num)': ['(alpha)', '(ko)'],
  'ko.': ['num)'],
  'num)': ['ko)'],
  'ko)': ['(num)'],
  '•': ['o'],
  '·': ['o'],
  o: ['§'],
  '□': ['ㅇ', '○'],
  ㅇ: ['-'],
  '○': ['-'],
  '-': ['·'],
};

/** Bullet characters that are one kind for nesting (Markdown's three; Word's symbol-font ones). */
const MARKER_KIND: Readonly<Record<string, string>> = { '*': '-', '+': '-', '\uf0b7': '•', '\uf06f': 'o', '\uf0a7': '§', '◦': 'o', '▪': '§' };

/** Korean enumeration syllables (가나다라…), used as list letters in staff papers. */
const KO_LETTERS = '가나다라마바사아자차카타파하';

const isGap = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0';

/**
 * Columns from the marker's start to the item's text, tabs expanded at their real column
 * (`•\tOne` at the margin puts the text at column 4, not 2).
 */
function textColumn(text: string, markerEnd: number, startCol: number): number {
  let col = startCol + markerEnd;
  let at = markerEnd;
  for (; at < text.length && isGap(text[at]); at++) col += text[at] === '\t' ? TAB_WIDTH - (col % TAB_WIDTH) : 1;
  // An empty item has no text column; one past the marker keeps wrapped lines attached.
  return at >= text.length ? markerEnd + 1 : col - startCol;
}

/**
 * Recognises a list item: a bullet character or `1.` / `1)` followed by whitespace.
 * A marker with no whitespace after it is ordinary text (`**bold**`, `-5%`, `1.5 m`).
 * `startCol` is the column the marker stands at, so tabs after it expand correctly.
 */
export function listItem(text: string, startCol = 0): ListItem | null {
  const first = text[0];
  if (first === undefined) return null;
  const kind = MARKER_KIND[first] ?? first;
  if (WORD_MARKERS.has(first)) {
    const next = text[1];
    const wide = next === '\t' || (isGap(next) && isGap(text[2]));
    return wide ? { text: text.slice(1).trim(), markerWidth: textColumn(text, 1, startCol), marker: kind } : null;
  }
  if (BULLET_CHARS.has(first) || SYMBOL_FONT_BULLETS.has(first)) {
    // `ㅇ` is a Hangul bullet in Korean reports, but also a letter: only treat it as a
    // bullet when it stands alone before a space, like every other bullet here.
    const next = text[1];
    if (isGap(next)) return { text: text.slice(1).trim(), markerWidth: textColumn(text, 1, startCol), marker: kind };
    if (next === undefined && first !== 'ㅇ') return { text: '', markerWidth: 1, marker: kind };
    return null;
  }
  const enumerated = enumeratedMarker(text);
  if (enumerated) {
    const [end, marker] = enumerated;
    return { text: text.slice(end).trim(), markerWidth: textColumn(text, end, startCol), marker };
  }
  return null;
}

/**
 * `1.` `1)` (up to 9 digits, Markdown's limit), `a.` `a)` (one lowercase letter), `(1)` `(a)`,
 * and the Korean `가.` `가)` `(가)`, each followed by whitespace or the end of the line.
 * Returns the marker's end and its kind.
 */
function enumeratedMarker(text: string): [number, string] | null {
  const paren = text[0] === '(';
  let i = paren ? 1 : 0;
  let body: 'num' | 'alpha' | 'ko' | null = null;
  const start = i;
  while (i < text.length && i - start < 9 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i > start) body = 'num';
  else if (/[a-z]/.test(text[i] ?? '')) {
    body = 'alpha';
    i++;
  } else if (KO_LETTERS.includes(text[i] ?? '\0')) {
    body = 'ko';
    i++;
  }
  if (!body) return null;
  const punct = text[i];
  const after = text[i + 1];
  if (!(isGap(after) || after === undefined)) return null;
  if (paren) return punct === ')' ? [i + 1, `(${body})`] : null;
  if (punct === '.') return [i + 1, `${body}.`];
  if (punct === ')') return [i + 1, `${body})`];
  return null;
}

/** A thematic break (`---`, `***`, `___`) is layout in Markdown; outlines ignore it. */
export function isRule(text: string): boolean {
  return /^(?:-[ \t]*){3,}$|^(?:\*[ \t]*){3,}$|^(?:_[ \t]*){3,}$/.test(text);
}

export interface Heading {
  level: number;
  text: string;
}

/** `#`…`######` followed by a space (or nothing): an ATX heading. Closing #s are dropped. */
export function heading(text: string): Heading | null {
  let level = 0;
  while (level < text.length && text[level] === '#') level++;
  if (level === 0 || level > 6) return null;
  const rest = text.slice(level);
  if (rest !== '' && rest[0] !== ' ' && rest[0] !== '\t') return null;
  // Optional closing #s ("## Title ##"), found with a loop to stay linear on long lines.
  let body = rest.trim();
  let end = body.length;
  while (end > 0 && body[end - 1] === '#') end--;
  if (end === 0 || body[end - 1] === ' ' || body[end - 1] === '\t') body = body.slice(0, end).trim();
  return { level, text: body };
}

/**
 * A `Key: value` label at the start of a line, matched case-insensitively against the
 * given names; returns the value after the colon (possibly empty), or null.
 * Accepts the full-width colon too, which Korean input methods produce.
 */
export function labelled(text: string, names: readonly string[]): string | null {
  const colon = text.search(/[:：]/);
  if (colon <= 0 || colon > 40) return null;
  const key = text.slice(0, colon).trim().toLowerCase();
  if (!names.includes(key)) return null;
  return text.slice(colon + 1).trim();
}
