/**
 * Pasting whole outlines into the editor: text with `#`/`##` headings or section labels
 * (`Notes:`, `Sources:`, `Figures:`) is a briefing, not a run of points, so it becomes
 * sections (docs/OUTLINE.md, "Paste"). Plain lines pasted into the sections list become one
 * section per top-level line, with the lines nested under it as its points.
 */
import { SectionSchema, type Deck, type Point, type Section, type Source } from '../model/schema.ts';
import { sourceKey } from '../compile/order.ts';
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
  // Through the schema, so every field a section has (now and later) gets its default.
  return parseOutlinePoints(text).map((p) => SectionSchema.parse({ id: newId('s'), title: p.text.slice(0, 500), points: p.children }));
}

/**
 * Sources a pasted outline brings, merged into the deck's: one that the deck already lists
 * (same title, publisher, date and URL) is not added again, and the pasted sections' citations
 * are pointed at the deck's copy.
 */
export function mergePastedSources(deckSources: Source[], pasted: Source[], sections: Section[]): { sources: Source[]; sections: Section[] } {
  const byKey = new Map(deckSources.map((s) => [sourceKey(s), s.id]));
  const remap = new Map<string, string>();
  const added: Source[] = [];
  for (const s of pasted) {
    const existing = byKey.get(sourceKey(s));
    if (existing) remap.set(s.id, existing);
    else {
      byKey.set(sourceKey(s), s.id);
      added.push(s);
    }
  }
  if (remap.size === 0) return { sources: [...deckSources, ...added], sections };
  const id = (x: string) => remap.get(x) ?? x;
  const points = (ps: Point[]): Point[] => ps.map((p) => ({ ...p, cites: p.cites.map(id), children: points(p.children) }));
  return {
    sources: [...deckSources, ...added],
    sections: sections.map((s) => ({ ...s, points: points(s.points), figures: s.figures.map((f) => ({ ...f, sourceId: f.sourceId && id(f.sourceId) })) })),
  };
}

/** A deck nobody has written in yet (a blank template's one empty section), which a pasted outline may replace. */
export function isBlankDeck(deck: Deck): boolean {
  const emptyPoints = (ps: Section['points']): boolean => ps.every((p) => p.text.trim() === '' && emptyPoints(p.children));
  return deck.sources.length === 0 && deck.sections.every((s) => s.title.trim() === '' && s.notes.trim() === '' && emptyPoints(s.points) && s.figures.length === 0 && s.image === null && s.decision === null);
}
