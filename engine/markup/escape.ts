/**
 * Escaping: the only way a user string reaches HTML. Everything the compiler emits from deck
 * text goes through `escapeHtml`, `escapeAttr` or `renderInline`.
 */

// C0 controls except tab/newline/carriage return, DEL, C1 controls, and the noncharacters
// U+FFFE/U+FFFF: they have no business in a briefing and some (NUL) are treated specially by
// HTML parsers. Lone surrogates become U+FFFD so the output is always well-formed UTF-16.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops control characters and repairs lone surrogates; leaves all other text alone. */
export function cleanText(s: string): string {
  return s.replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};
const HTML_SPECIAL = /[&<>"'`]/g;

/** Text content: safe between tags (and, because quotes are escaped too, inside quoted attributes). */
export function escapeHtml(s: string): string {
  return cleanText(String(s)).replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c] ?? c);
}

/** A double-quoted attribute value. Newlines become spaces so an attribute stays on one line. */
export function escapeAttr(s: string): string {
  return escapeHtml(s).replace(/[\r\n\t]/g, ' ');
}
