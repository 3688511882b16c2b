/**
 * The plain-text outline format (docs/OUTLINE.md): `parseOutline` for import and the CLI,
 * `parseOutlinePoints` for paste in the editor, both from the same line rules.
 */
export { parseOutline, parseOutlineDetailed, parseOutlinePoints, IMPLICIT_SECTION_TITLE, type OutlineResult } from './parse.ts';
export { OutlineError, type OutlineWarning } from './errors.ts';
export { parseDate } from './dates.ts';
export { isBlankDeck, looksLikeOutline, mergePastedSources, sectionsFromLines } from './paste.ts';
