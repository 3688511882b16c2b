import { newId } from '../../../engine/format/index.ts';
import type { Deck, Point, Section } from '../../../engine/model/schema.ts';
import { cloneWithIds } from '../points/tree.ts';
import { step, typing } from './history.ts';
import type { DeckSlice, EditorState, Slice } from './types.ts';

/** The deck without source `id` and without every cite and figure source that named it. */
export function withoutSource(deck: Deck, id: string): Deck {
  const strip = (points: Point[]): Point[] =>
    points.map((p) => {
      const children = strip(p.children);
      return p.cites.includes(id) ? { ...p, cites: p.cites.filter((c) => c !== id), children } : children.every((c, i) => c === p.children[i]) ? p : { ...p, children };
    });
  const sections = deck.sections.map((section) => {
    const points = strip(section.points);
    const usesFigure = section.figures.some((f) => f.sourceId === id);
    if (!usesFigure && points.every((p, i) => p === section.points[i])) return section;
    return { ...section, points, figures: usesFigure ? section.figures.map((f) => (f.sourceId === id ? { ...f, sourceId: '' } : f)) : section.figures };
  });
  return { ...deck, sources: deck.sources.filter((s) => s.id !== id), sections };
}

export function blankSection(): Section {
  return {
    id: newId('s'),
    kind: 'content',
    title: '',
    points: [{ id: newId('p'), text: '', cites: [], portion: '', children: [] }],
    notes: '',
    figures: [],
    image: null,
    marking: null,
    decision: null,
  };
}

/** Apply `edit` to one section, keeping every other section's identity (the preview relies on it). */
function withSection(state: EditorState, id: string, edit: (s: Section) => Section): Partial<EditorState> {
  const i = state.deck.sections.findIndex((s) => s.id === id);
  if (i < 0) return {};
  const sections = [...state.deck.sections];
  sections[i] = edit(sections[i]!);
  return { deck: { ...state.deck, sections } };
}

/**
 * A setter for one section field. With `typingField` (the input being typed in) edits join
 * the current typing burst, so a burst is one undo step; without it each call is its own step.
 */
function sectionSetter<K extends 'points' | 'figures' | 'decision' | 'marking' | 'image'>(set: Parameters<Slice<DeckSlice>>[0], field: K, burstTag: string) {
  return (id: string, value: Section[K], typingField?: string): void => {
    if (typingField) typing(`section:${id}:${burstTag}:${typingField}`);
    else step();
    set((s) => withSection(s, id, (x) => ({ ...x, [field]: value })));
  };
}

export const createDeckSlice = (initial: Deck): Slice<DeckSlice> => (set, get) => ({
  deck: initial,
  setMeta: (patch) => {
    typing(`meta:${Object.keys(patch).join(',')}`);
    set((s) => ({ deck: { ...s.deck, meta: { ...s.deck.meta, ...patch } } }));
  },
  setMarking: (patch, typingField) => {
    // Typing in a marking field is one undo step per burst; a level or colour pick is its own.
    if (typingField) typing(`marking:${typingField}`);
    else step();
    set((s) => ({ deck: { ...s.deck, marking: { ...s.deck.marking, ...patch } } }));
  },
  setSettings: (patch) => {
    step();
    set((s) => ({ deck: { ...s.deck, settings: { ...s.deck.settings, ...patch } } }));
  },
  addSection: (afterId = null) => {
    const section = blankSection();
    step();
    set((s) => {
      const sections = [...s.deck.sections];
      const at = afterId === null ? sections.length : sections.findIndex((x) => x.id === afterId) + 1;
      sections.splice(at <= 0 ? sections.length : at, 0, section);
      return { deck: { ...s.deck, sections }, selectedSectionId: section.id };
    });
    return section.id;
  },
  insertSections: (added, afterId, replace = false, sources) => {
    if (added.length === 0) return;
    step();
    set((s) => {
      const deckSources = sources ?? s.deck.sources;
      if (replace) return { deck: { ...s.deck, sources: deckSources, sections: added }, selectedSectionId: added[0]?.id ?? null };
      const sections = [...s.deck.sections];
      const at = afterId === null ? sections.length : sections.findIndex((x) => x.id === afterId) + 1;
      sections.splice(at <= 0 ? sections.length : at, 0, ...added);
      return { deck: { ...s.deck, sources: deckSources, sections }, selectedSectionId: added[0]?.id ?? null };
    });
  },
  duplicateSection: (id) => {
    const src = get().deck.sections.find((s) => s.id === id);
    if (!src) return null;
    // Sources are deck-wide: the copy cites the very same sources.
    const copy: Section = {
      ...structuredClone(src),
      id: newId('s'),
      title: src.title === '' ? '' : `${src.title} (copy)`,
      points: cloneWithIds(src.points, () => newId('p')),
      figures: src.figures.map((f) => ({ ...f, id: newId('f') })),
    };
    step();
    set((s) => {
      const sections = [...s.deck.sections];
      sections.splice(sections.findIndex((x) => x.id === id) + 1, 0, copy);
      return { deck: { ...s.deck, sections }, selectedSectionId: copy.id };
    });
    return copy.id;
  },
  deleteSection: (id) => {
    step();
    set((s) => {
      const i = s.deck.sections.findIndex((x) => x.id === id);
      if (i < 0) return {};
      const sections = s.deck.sections.filter((x) => x.id !== id);
      const next = sections[Math.min(i, sections.length - 1)]?.id ?? null;
      return { deck: { ...s.deck, sections }, selectedSectionId: s.selectedSectionId === id ? next : s.selectedSectionId };
    });
  },
  moveSection: (id, toIndex) => {
    const from = get().deck.sections.findIndex((x) => x.id === id);
    const to = Math.max(0, Math.min(toIndex, get().deck.sections.length - 1));
    if (from < 0 || from === to) return;
    step();
    set((s) => {
      const sections = [...s.deck.sections];
      const [moved] = sections.splice(from, 1);
      sections.splice(to, 0, moved!);
      return { deck: { ...s.deck, sections } };
    });
  },
  editSection: (id, field, value) => {
    typing(`section:${id}:${field}`);
    set((s) => withSection(s, id, (x) => ({ ...x, [field]: value })));
  },
  setSectionKind: (id, kind) => {
    step();
    set((s) => withSection(s, id, (x) => ({ ...x, kind })));
  },
  setPoints: sectionSetter(set, 'points', 'point'),
  setSources: (sources, typingField) => {
    if (typingField) typing(`sources:${typingField}`);
    else step();
    set((s) => ({ deck: { ...s.deck, sources } }));
  },
  addSource: (init = {}) => {
    const source = { id: newId('src'), title: '', publisher: '', date: '', url: '', ...init };
    step();
    set((s) => ({ deck: { ...s.deck, sources: [...s.deck.sources, source] } }));
    return source.id;
  },
  deleteSource: (id) => {
    // One undo step takes the source and every citation of it, so the deck stays valid.
    step();
    set((s) => ({ deck: withoutSource(s.deck, id) }));
  },
  setFigures: sectionSetter(set, 'figures', 'figures'),
  setDecision: sectionSetter(set, 'decision', 'decision'),
  setSectionMarking: sectionSetter(set, 'marking', 'marking'),
  setImage: sectionSetter(set, 'image', 'image'),
  setSections: (sections, typingField) => {
    if (typingField) typing(`outline:${typingField}`);
    else step();
    set((s) => ({ deck: { ...s.deck, sections } }));
  },
});
