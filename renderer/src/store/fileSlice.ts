import { newId } from '../../../engine/format/index.ts';
import type { Deck } from '../../../engine/model/schema.ts';
import { breakBurst } from './history.ts';
import type { DeckTemporal, FileSlice, Slice } from './types.ts';

export const UNTITLED = 'Untitled';

export function createFileSlice(initial: Deck): Slice<FileSlice> {
  return (set, _get, store) => ({
    file: { path: null, name: UNTITLED, mtimeMs: null },
    docId: newId('doc'),
    savedDeck: initial,
    recovery: { state: 'idle' },
    loadDeck: (deck, file = {}) => {
      // Opening or applying a template replaces the document: it is not an undo step, and
      // the old document's history must not leak into the new one.
      const temporal = (store.temporal as DeckTemporal).getState();
      temporal.pause();
      set({
        deck,
        // A recovered deck was never saved where it belongs: it starts dirty.
        savedDeck: file.dirty ? ({ ...deck } as Deck) : deck,
        file: { path: file.path ?? null, name: file.name ?? UNTITLED, mtimeMs: file.mtimeMs ?? null },
        // A restored draft keeps its journal id, so its next journal write replaces it.
        docId: file.docId ?? newId('doc'),
        selectedSectionId: deck.sections[0]?.id ?? null,
        recovery: { state: 'idle' },
        screen: 'editor',
        panel: 'section',
      });
      temporal.clear();
      temporal.resume();
      breakBurst();
    },
    markSaved: (deck, file) => set({ savedDeck: deck, file }),
    setRecovery: (recovery) => set({ recovery }),
  });
}
