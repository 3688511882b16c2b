import type { StateCreator } from 'zustand';
import type { TemporalState } from 'zundo';
import type { StoreApi } from 'zustand';
import type { OverflowMeasure } from '../../../engine/checks/index.ts';
import type { Deck, DeckMeta, DeckSettings, KeyFigure, Marking, Point, Section, Source } from '../../../engine/model/schema.ts';

/** 'outline' is outline mode: the whole deck as one outline, in place of the section list and editor. */
export type PanelId = 'section' | 'outline' | 'deck' | 'sources' | 'checks';
export type Screen = 'start' | 'editor';

export interface FocusRequest {
  /** What to focus: a point (by id) or a named field of the selected section/deck panel. */
  target: string;
  caret?: number;
  /** Bumps so asking twice for the same target still focuses. */
  nonce: number;
}

export interface DeckSlice {
  deck: Deck;
  setMeta: (patch: Partial<DeckMeta>) => void;
  /** `typingField` (the field typed in) merges a burst into one undo step; without it, one step. */
  setMarking: (patch: Partial<Marking>, typingField?: string) => void;
  setSettings: (patch: Partial<DeckSettings>) => void;
  addSection: (afterId?: string | null) => string;
  /**
   * A pasted outline's sections, after `afterId` (null: at the end), as one undo step; with
   * `replace` they take the place of every section (pasting into a blank deck). Selects the first.
   */
  insertSections: (sections: Section[], afterId: string | null, replace?: boolean, sources?: Source[]) => void;
  duplicateSection: (id: string) => string | null;
  deleteSection: (id: string) => void;
  moveSection: (id: string, toIndex: number) => void;
  /** Typed edits to one field of a section (merged into one undo step per burst). */
  editSection: (id: string, field: 'title' | 'notes', value: string) => void;
  setSectionKind: (id: string, kind: Section['kind']) => void;
  /** Replace a section's points; `typingField` marks a keystroke, undefined a structural edit. */
  setPoints: (id: string, points: Point[], typingField?: string) => void;
  /** Replace the deck's sources (edits of their fields); `typingField` merges a typing burst. */
  setSources: (sources: Source[], typingField?: string) => void;
  /** Add a deck source (fields default to ''); returns its id. */
  addSource: (init?: Partial<Omit<Source, 'id'>>) => string;
  /** Remove a source and every citation of it, in one undo step. */
  deleteSource: (id: string) => void;
  setFigures: (id: string, figures: KeyFigure[], typingField?: string) => void;
  setImage: (id: string, image: Section['image'], typingField?: string) => void;
  setDecision: (id: string, decision: Section['decision'], typingField?: string) => void;
  setSectionMarking: (id: string, marking: Section['marking'], typingField?: string) => void;
  /** A section's table or chart (null removes it); typing in one cell merges per burst like points. */
  setTable: (id: string, table: Section['table'], typingField?: string) => void;
  setChart: (id: string, chart: Section['chart'], typingField?: string) => void;
  /** Outline mode: the whole section list at once; `typingField` marks a keystroke in that line. */
  setSections: (sections: Section[], typingField?: string) => void;
}

export interface UiSlice {
  screen: Screen;
  selectedSectionId: string | null;
  panel: PanelId;
  paletteOpen: boolean;
  /** The keyboard sheet (Ctrl/Cmd+/). */
  sheetOpen: boolean;
  focus: FocusRequest | null;
  /** One-line message shown in the status bar (errors, refusals). */
  notice: { text: string; tone: 'info' | 'error'; at: number } | null;
  /** Slides the preview measured as overflowing (UI state: never in undo history). */
  overflow: OverflowMeasure[];
  previewVisible: boolean;
  /**
   * Where the preview stands, for its caption: 0-based slide index, slide count, and how many
   * of them "n / N" counts (engine slideCount: backup slides come after and are not counted).
   */
  previewAt: PreviewAt;
  setPreviewAt: (at: PreviewAt) => void;
  setOverflow: (o: OverflowMeasure[]) => void;
  togglePreview: () => void;
  select: (id: string | null) => void;
  setPanel: (p: PanelId) => void;
  setPaletteOpen: (open: boolean) => void;
  setSheetOpen: (open: boolean) => void;
  requestFocus: (target: string, caret?: number) => void;
  /** The element asked for took focus: forget the request, so a later remount does not steal focus. */
  clearFocus: () => void;
  notify: (text: string, tone?: 'info' | 'error') => void;
  setScreen: (s: Screen) => void;
}

export interface FileInfo {
  path: string | null;
  name: string;
  mtimeMs: number | null;
}

export type RecoveryStatus = { state: 'idle' } | { state: 'pending' } | { state: 'saved'; at: number } | { state: 'error'; message: string };

export interface FileSlice {
  file: FileInfo;
  /** Identifies this document's recovery copy. */
  docId: string;
  /** The deck as last saved or opened; dirty = the deck is not this object. */
  savedDeck: Deck;
  recovery: RecoveryStatus;
  /** Replace the document (open, new from template, recovery). Not undoable. */
  loadDeck: (deck: Deck, file?: Partial<FileInfo> & { dirty?: boolean; docId?: string }) => void;
  markSaved: (deck: Deck, file: FileInfo) => void;
  setRecovery: (r: RecoveryStatus) => void;
}

export type EditorState = DeckSlice & UiSlice & FileSlice;
/** zundo types its mutator as unknown inside the creator; the built store has the real type. */
export type Mutators = [['temporal', unknown]];
export type DeckTemporal = StoreApi<TemporalState<{ deck: Deck }>>;
export type Slice<T> = StateCreator<EditorState, Mutators, [], T>;

export interface PreviewAt {
  index: number;
  total: number;
  counted: number;
  /** The section of the slide in view (null: title, agenda, sources, close) and that slide's notes. */
  sectionId?: string | null;
  notes?: string;
  /** Sections the layout continued over more than one slide (a notice, not an error). */
  continued?: number;
  /** The preview is still drawing a deck it opened in stages: the total is not known yet. */
  partial?: boolean;
}
