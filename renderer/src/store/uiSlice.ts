import type { Slice, UiSlice } from './types.ts';

let nonce = 0;

export const createUiSlice: Slice<UiSlice> = (set) => ({
  screen: 'start',
  selectedSectionId: null,
  panel: 'section',
  paletteOpen: false,
  sheetOpen: false,
  focus: null,
  notice: null,
  overflow: [],
  previewVisible: true,
  previewAt: { index: 0, total: 0, counted: 0 },
  setPreviewAt: (previewAt) => set({ previewAt }),
  setOverflow: (overflow) => set({ overflow }),
  togglePreview: () => set((s) => ({ previewVisible: !s.previewVisible })),
  select: (id) => set({ selectedSectionId: id }),
  setPanel: (panel) => set({ panel }),
  setPaletteOpen: (paletteOpen) => set({ paletteOpen }),
  setSheetOpen: (sheetOpen) => set({ sheetOpen }),
  requestFocus: (target, caret) => set({ focus: { target, caret, nonce: ++nonce } }),
  clearFocus: () => set({ focus: null }),
  notify: (text, tone = 'info') => set({ notice: { text, tone, at: Date.now() } }),
  setScreen: (screen) => set({ screen }),
});
