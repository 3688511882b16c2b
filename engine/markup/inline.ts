/**
 * Our own small, strict inline markup: **bold**, *italic*, _italic_ (at word edges only),
 * `code` and [text](https://…). Everything else is escaped text.
 *
 * Why not CommonMark: its flanking rules refuse `**“공개 문서는 점검한다”**는` (a closing `**`
 * after punctuation and before a letter), which is ordinary Korean writing. Here a delimiter
 * opens when followed by non-space and closes when preceded by non-space; that is all.
 *
 * Safety does not depend on the parser being clever: every character of input reaches the
 * output through `escapeHtml`, and the only tags emitted are the ones built here, always
 * balanced because each comes from one recursive call.
 */
import { cleanText, escapeAttr, escapeHtml } from './escape.ts';
import { safeUrl } from './url.ts';

const MAX_LINK_TEXT = 1000;
const MAX_LINK_URL = 2048;
const MAX_DEPTH = 8;
const ESCAPABLE = new Set(['\\', '*', '_', '`', '[', ']', '(', ')']);
const WORD = /[\p{L}\p{N}]/u;

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
const isWord = (c: string | undefined): boolean => c !== undefined && WORD.test(c);

interface Scan {
  s: string;
  /** For each closer kind, the smallest position from which we already know there is none. */
  none: Map<string, number>;
  /**
   * Characters link scanning may still look at in this text. A `[` that is not a link costs a
   * scan of up to MAX_LINK_TEXT + MAX_LINK_URL characters, and the next `[` scans the same
   * stretch again: 4 MB of `[[[[` took 14 s to export. Once the budget is spent, the remaining
   * `[` are plain text. Real text never comes near it: a found link's characters are consumed.
   */
  linkBudget: number;
}

/** Link-scan characters allowed per character of text (plus a floor for short texts). */
const LINK_BUDGET_PER_CHAR = 8;
const LINK_BUDGET_FLOOR = 2 * (MAX_LINK_TEXT + MAX_LINK_URL);

/** The first position >= from (and < end) where `closer` is a valid closing delimiter. */
function findCloser(scan: Scan, closer: '**' | '*' | '_' | '`', from: number, end: number): number {
  const { s, none } = scan;
  const known = none.get(closer);
  if (known !== undefined && from >= known) return -1;
  let i = from;
  for (;;) {
    const at = s.indexOf(closer, i);
    if (at === -1) {
      if (known === undefined || from < known) none.set(closer, from);
      return -1;
    }
    if (at >= end) return -1;
    if (isValidCloser(s, closer, at, end)) {
      // `**bold *italic***`: the bold closer is the last two stars of the run.
      let last = at;
      if (closer === '**') while (s[last + 2] === '*' && last + 3 <= end) last++;
      return last;
    }
    i = at + 1;
  }
}

function escapedAt(s: string, at: number): boolean {
  let n = 0;
  for (let k = at - 1; k >= 0 && s[k] === '\\'; k--) n++;
  return n % 2 === 1;
}

function isValidCloser(s: string, closer: string, at: number, end: number): boolean {
  if (escapedAt(s, at)) return false;
  const before = s[at - 1];
  // What follows the closer counts only inside the current span.
  const after = at + closer.length < end ? s[at + closer.length] : undefined;
  switch (closer) {
    case '`':
      return true;
    case '**':
      return !isSpace(before);
    case '*':
      return !isSpace(before) && before !== '*' && after !== '*';
    default: // '_'
      return !isSpace(before) && !isWord(after);
  }
}

/** Finds `](` … `)` for a `[` at `open`; returns [closeBracket, closeParen] or null. */
function findLink(scan: Scan, open: number, end: number): [number, number] | null {
  if (scan.linkBudget <= 0) return null;
  const found = scanLink(scan.s, open, end);
  scan.linkBudget -= found.cost;
  return found.link;
}

function scanLink(s: string, open: number, end: number): { link: [number, number] | null; cost: number } {
  const none = (at: number): { link: null; cost: number } => ({ link: null, cost: at - open + 1 });
  let depth = 0;
  const textLimit = Math.min(end, open + 1 + MAX_LINK_TEXT + 1);
  let close = -1;
  for (let i = open + 1; i < textLimit; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']') {
      if (depth === 0) {
        close = i;
        break;
      }
      depth--;
    }
  }
  if (close === -1 || s[close + 1] !== '(') return none(close === -1 ? textLimit : close);
  let parens = 0;
  const urlLimit = Math.min(end, close + 2 + MAX_LINK_URL + 1);
  for (let i = close + 2; i < urlLimit; i++) {
    const c = s[i];
    if (c === '(') parens++;
    else if (c === ')') {
      if (parens === 0) return { link: [close, i], cost: i - open + 1 };
      parens--;
    } else if (c === '\n') return none(i);
  }
  return none(urlLimit);
}

function parse(scan: Scan, start: number, end: number, depth: number, inLink: boolean): string {
  const { s } = scan;
  let out = '';
  let text = start; // start of the pending plain-text run
  const flush = (to: number): void => {
    if (to > text) out += escapeHtml(unescapeBackslashes(s.slice(text, to)));
  };
  let i = start;
  /** The span from the delimiter at `i` to the closer at `close`, `width` characters each side, as one element. */
  const wrap = (tag: 'strong' | 'em', close: number, width: number): void => {
    flush(i);
    out += `<${tag}>${parse(scan, i + width, close, depth + 1, inLink)}</${tag}>`;
    i = close + width;
    text = i;
  };
  while (i < end) {
    const c = s[i];
    if (c === '\\') {
      i += ESCAPABLE.has(s[i + 1] ?? '') ? 2 : 1;
      continue;
    }
    if (depth >= MAX_DEPTH) {
      i++;
      continue;
    }
    if (c === '`') {
      const close = findCloser(scan, '`', i + 1, end);
      if (close > i + 1) {
        flush(i);
        out += `<code>${escapeHtml(s.slice(i + 1, close))}</code>`;
        i = close + 1;
        text = i;
        continue;
      }
    } else if (c === '*' && s[i + 1] === '*') {
      if (!isSpace(s[i + 2])) {
        const close = findCloser(scan, '**', i + 2, end);
        if (close > i + 2) {
          wrap('strong', close, 2);
          continue;
        }
      }
      i += 2; // an unmatched `**` stays literal as a pair, never half-used as `*`
      continue;
    } else if (c === '*') {
      if (!isSpace(s[i + 1])) {
        const close = findCloser(scan, '*', i + 1, end);
        if (close > i + 1) {
          wrap('em', close, 1);
          continue;
        }
      }
    } else if (c === '_') {
      // Unambiguous only: at a word edge, so snake_case_names stay as they are.
      if (!isWord(s[i - 1]) && !isSpace(s[i + 1]) && s[i + 1] !== '_') {
        const close = findCloser(scan, '_', i + 1, end);
        if (close > i + 1) {
          wrap('em', close, 1);
          continue;
        }
      }
    } else if (c === '[' && !inLink) {
      const link = findLink(scan, i, end);
      if (link) {
        const [closeBracket, closeParen] = link;
        const href = safeUrl(unescapeBackslashes(s.slice(closeBracket + 2, closeParen)));
        if (href !== null && closeBracket > i + 1) {
          flush(i);
          out += `<a href="${escapeAttr(href)}" target="_blank" rel="noopener noreferrer">${parse(scan, i + 1, closeBracket, depth + 1, true)}</a>`;
        } else {
          // Not an allowed link: the whole thing, brackets and target included, is text.
          flush(closeParen + 1);
        }
        i = closeParen + 1;
        text = i;
        continue;
      }
    }
    i++;
  }
  flush(end);
  return out;
}

function unescapeBackslashes(s: string): string {
  return s.indexOf('\\') === -1 ? s : s.replace(/\\([\\*_`[\]()])/g, '$1');
}

/** Inline markup to HTML. The result is safe to place between tags. */
export function renderInline(text: string): string {
  const s = cleanText(String(text ?? ''));
  if (s.length === 0) return '';
  return parse({ s, none: new Map(), linkBudget: LINK_BUDGET_FLOOR + LINK_BUDGET_PER_CHAR * s.length }, 0, s.length, 0, false);
}

/** Plain text of inline markup (for titles in attributes, the agenda's aria text…): markers removed. */
export function inlineToText(text: string): string {
  return renderInline(text)
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#96;/g, '`')
    .replace(/&amp;/g, '&');
}

/**
 * Speaker notes: paragraphs split on blank lines, single newlines kept as line breaks, inline
 * markup inside.
 */
export function renderNotes(text: string): string {
  const s = cleanText(String(text ?? '')).replace(/\r\n?/g, '\n').trim();
  if (s.length === 0) return '';
  return s
    .split(/\n[ \t]*\n+/)
    .map((p) => `<p>${p.split('\n').map(renderInline).join('<br>')}</p>`)
    .join('');
}
