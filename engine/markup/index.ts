/** Escaping and inline markup: the only way user text reaches HTML. */
export { cleanText, escapeAttr, escapeHtml } from './escape.ts';
export { inlineToText, renderInline, renderNotes } from './inline.ts';
export { safeUrl } from './url.ts';
