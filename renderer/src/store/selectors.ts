/** Named selectors: components read the store only through these. */
import type { Section } from '../../../engine/model/schema.ts';
import type { EditorState } from './types.ts';

export const selectDeck = (s: EditorState) => s.deck;
export const selectSections = (s: EditorState) => s.deck.sections;
export const selectMeta = (s: EditorState) => s.deck.meta;
export const selectMarking = (s: EditorState) => s.deck.marking;
export const selectSettings = (s: EditorState) => s.deck.settings;
export const selectSources = (s: EditorState) => s.deck.sources;
export const selectSelectedId = (s: EditorState) => s.selectedSectionId;
export const selectSelectedSection = (s: EditorState): Section | null => s.deck.sections.find((x) => x.id === s.selectedSectionId) ?? null;
export const selectSectionIds = (s: EditorState) => s.deck.sections.map((x) => x.id);
/** For useShallow: the outline rows re-render only when a title or kind changes. */
export const selectOutlineRows = (s: EditorState) => s.deck.sections.map((x) => `${x.id}\u0000${x.kind}\u0000${x.title}`);
export const selectDirty = (s: EditorState) => s.deck !== s.savedDeck;
export const selectFile = (s: EditorState) => s.file;
export const selectRecovery = (s: EditorState) => s.recovery;
export const selectPanel = (s: EditorState) => s.panel;
export const selectScreen = (s: EditorState) => s.screen;
export const selectNotice = (s: EditorState) => s.notice;
export const selectFocus = (s: EditorState) => s.focus;
export const selectPaletteOpen = (s: EditorState) => s.paletteOpen;
export const selectOverflow = (s: EditorState) => s.overflow;
export const selectPreviewAt = (s: EditorState) => s.previewAt;
export const selectPreviewVisible = (s: EditorState) => s.previewVisible;
export const selectSheetOpen = (s: EditorState) => s.sheetOpen;
