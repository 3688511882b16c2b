/**
 * Pasting whole outlines into the editor: text with `#`/`##` headings or section labels
 * (`Notes:`, `Sources:`, `Figures:`) is a briefing, not a run of points, so it becomes
 * sections (docs/OUTLINE.md, "Paste"). Plain lines pasted into the sections list become one
 * section per top-level line, with the lines nested under it as its points.
 */
import type { Deck, Section } from '../model/schema.ts';
import { newId } from '../format/index.ts';
import { FIGURE_LABELS, NOTE_LABELS, SOURCE_LABELS } from './labels.ts';
import { heading, labelled, splitLines } from './lines.ts';
import { parseOutlinePoints } from './parse.ts';

const SECTION_LABELS = [...NOTE_LABELS, ...SOURCE_LABELS, ...FIGURE_LABELS];

/** True when pasted text reads as a whole outline: a `#`/`##` heading or a section label at the margin. */
export function looksLikeOutline(text: string): boolean {
  for (const line of splitLines(text)) {
    if (line.indent > 0 || line.text === '') continue;
    const h = heading(line.text);
    if (h && h.level <= 2) return true;
    if (labelled(line.text, SECTION_LABELS) !== null) return true;
  }
  return false;
}

/** Plain lines pasted into the sections list: each top-level line a section, its nested lines points. */
export function sectionsFromLines(text: string): Section[] {
  return parseOutlinePoints(text).map((p) => ({
    id: newId('s'),
    kind: 'content',
    title: p.text.slice(0, 500),
    points: p.children,
    notes: '',
    sources: [],
    figures: [],
    image: null,
    marking: null,
    decision: null,
  }));
}

/** A deck nobody has written in yet (a blank template's one empty section), which a pasted outline may replace. */
export function isBlankDeck(deck: Deck): boolean {
  const emptyPoints = (ps: Section['points']): boolean => ps.every((p) => p.text.trim() === '' && emptyPoints(p.children));
  return deck.sections.every((s) => s.title.trim() === '' && s.notes.trim() === '' && emptyPoints(s.points) && s.figures.length === 0 && s.sources.length === 0 && s.image === null && s.decision === null);
}
