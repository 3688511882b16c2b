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
}

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
  if (WORD_MARKERS.has(first)) {
    const next = text[1];
    const wide = next === '\t' || (isGap(next) && isGap(text[2]));
    return wide ? { text: text.slice(1).trim(), markerWidth: textColumn(text, 1, startCol) } : null;
  }
  if (BULLET_CHARS.has(first) || SYMBOL_FONT_BULLETS.has(first)) {
    // `ㅇ` is a Hangul bullet in Korean reports, but also a letter: only treat it as a
    // bullet when it stands alone before a space, like every other bullet here.
    const next = text[1];
    if (isGap(next)) return { text: text.slice(1).trim(), markerWidth: textColumn(text, 1, startCol) };
    if (next === undefined && first !== 'ㅇ') return { text: '', markerWidth: 1 };
    return null;
  }
  // Ordered items: up to 9 digits (Markdown's limit), then `.` or `)`, then whitespace.
  let i = 0;
  while (i < text.length && i < 9 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === 0) return null;
  const punct = text[i];
  const after = text[i + 1];
  if ((punct === '.' || punct === ')') && (isGap(after) || after === undefined)) {
    return { text: text.slice(i + 1).trim(), markerWidth: textColumn(text, i + 1, startCol) };
  }
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
