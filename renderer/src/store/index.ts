/**
 * The editor's one store: typed slices combined under one middleware stack. zundo's
 * `temporal` wraps the combined store but partializes to the deck, so undo never touches
 * selection, panels or file state.
 */
import { create } from 'zustand';
import { temporal } from 'zundo';
import { createDeck } from '../../../engine/format/index.ts';
import type { Deck } from '../../../engine/model/schema.ts';
import { createDeckSlice } from './deckSlice.ts';
import { createUiSlice } from './uiSlice.ts';
import { createFileSlice } from './fileSlice.ts';
import { breakBurst, burstHandleSet, HISTORY_LIMIT } from './history.ts';
import type { EditorState } from './types.ts';

export function createEditorStore(initial: Deck = createDeck()) {
  return create<EditorState>()(
    temporal(
      (...a) => ({
        ...createDeckSlice(initial)(...a),
        ...createUiSlice(...a),
        ...createFileSlice(initial)(...a),
      }),
      {
        partialize: (s) => ({ deck: s.deck }),
        equality: (a, b) => a.deck === b.deck,
        limit: HISTORY_LIMIT,
        handleSet: (handleSet) => burstHandleSet(handleSet),
      },
    ),
  );
}

export type EditorStore = ReturnType<typeof createEditorStore>;

export const useEditor = createEditorStore();

/** Undo/redo keep the selection on a section that still exists. */
function fixSelection(store: EditorStore): void {
  const s = store.getState();
  if (s.selectedSectionId !== null && !s.deck.sections.some((x) => x.id === s.selectedSectionId)) {
    s.select(s.deck.sections[0]?.id ?? null);
  }
}

export function undo(store: EditorStore = useEditor): void {
  breakBurst();
  store.temporal.getState().undo();
  fixSelection(store);
}

export function redo(store: EditorStore = useEditor): void {
  breakBurst();
  store.temporal.getState().redo();
  fixSelection(store);
}

export type { EditorState } from './types.ts';
