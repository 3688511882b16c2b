/**
 * The one IPC contract. Main's handlers, the preload bridge and the renderer's types all
 * derive from these maps; there is no hand-kept .d.ts. Decks cross as plain data and main
 * runs every one through the engine's `restoreDeck` before it writes or compiles it.
 */
import type { Deck } from '../../engine/model/schema.ts';
import type { UiLang } from '../../engine/i18n/index.ts';
import type { UiMessage } from '../../engine/i18n/ui-message.ts';

/** A deck file as the editor knows it. */
export interface DeckFileInfo {
  /** Absolute path on disk, or null for a deck never saved. */
  path: string | null;
  /** File name shown in the title bar ("Untitled" when path is null). */
  name: string;
  /** mtime of the file when we last read or wrote it; used to detect edits by others. */
  mtimeMs: number | null;
}

export interface OpenedDeck extends DeckFileInfo {
  deck: Deck;
}

/** An outline or PowerPoint file brought in as a new, unsaved deck. */
export interface ImportedDeck {
  deck: Deck;
  /** The imported file's name (not a deck file: saving asks where). */
  name: string;
  /** What was bent or left behind, one line each (at most 20), in English. */
  warnings: string[];
  /** The same warnings as catalog messages, for the UI language (older mains sent none). */
  warningsUi?: UiMessage[];
}

/**
 * Failures carry a one-line, human message in English (logs, the CLI's wording); `ui` says the
 * same as catalog keys so the editor shows it in the UI language; `code` lets the UI pick an action.
 */
export interface Failure {
  ok: false;
  code: 'canceled' | 'invalid' | 'io' | 'conflict' | 'too-large' | 'unsupported';
  message: string;
  ui?: UiMessage;
}
export type Result<T> = ({ ok: true } & T) | Failure;

export interface RecentFile {
  path: string;
  name: string;
  openedAt: number;
}

export interface RecoveredDeck {
  id: string;
  title: string;
  /** The file it belongs to, or null for an untitled deck. */
  path: string | null;
  savedAt: number;
}

export interface SaveRequest {
  deck: Deck;
  /** Target path; null asks for one (Save As / first save). */
  path: string | null;
  /** mtime the editor last saw; a different mtime on disk means someone else changed it. */
  expectedMtimeMs: number | null;
  /** Write even though the file changed on disk (the user said so). */
  overwrite?: boolean;
}

/** What the Export dialog offers; the file's extension is the format's id. */
export type ExportFormat = 'html' | 'pdf' | 'pptx' | 'docx' | 'md';
/** PDF pages: slides, slides with notes pages, read-ahead (slide + notes + sources), handouts. */
export type PdfLayout = 'slides' | 'notes' | 'read-ahead' | 'handout-3' | 'handout-6';

export interface ExportRequest {
  deck: Deck;
  format: ExportFormat;
  /** PDF only: add a page of speaker notes after each slide (the same as pdfLayout 'notes'). */
  notesPages?: boolean;
  /** PDF only: which pages (default slides). */
  pdfLayout?: PdfLayout;
  /** Word only: include the speaker notes in the paper. */
  speakerNotes?: boolean;
  /** Suggested file name without extension. */
  suggestedName?: string;
}

export interface PresentRequest {
  deck: Deck;
  /** Section to start on; null starts at the title slide. */
  startSectionId: string | null;
  /** Display for the audience (DisplayInfo.id); omitted: the external one when there is one. */
  displayId?: number | null;
}

export interface DisplayInfo {
  id: number;
  label: string;
  primary: boolean;
}

export interface AppInfo {
  name: string;
  version: string;
  electron: string;
  chrome: string;
  node: string;
  platform: string;
}

export interface DocState {
  name: string;
  dirty: boolean;
  /** The editor's document id (its recovery journal key): "Don't Save" on close drops that journal. */
  docId?: string;
}

/** One slide as the present windows show it (html is one reveal `<section>` from the engine). */
export interface PresentSlide {
  key: string;
  html: string;
}

/** What the audience and presenter windows fetch when they load (`present:session`). */
export interface PresentSession {
  title: string;
  /** The deck's content language (meta.lang): the slides keep it whatever the UI language. */
  lang: string;
  slides: PresentSlide[];
  /** reveal.js options from the engine's `toRevealConfig(deck, 'preview')`. */
  revealConfig: Record<string, unknown>;
  /** The deck theme's CSS (engine `themeCss`), applied by the present pages as a <style>. */
  themeCss: string;
  targetMinutes: number;
  state: PresentState;
}

/** The one source of truth for a running presentation; main broadcasts it to both windows. */
export interface PresentState {
  index: number;
  count: number;
  /** B: black screen on the audience window. */
  blank: boolean;
  startedAt: number;
  /** True when the presenter view is shown (single display: toggled with the command). */
  presenterVisible: boolean;
}

/** Keys and clicks in either present window become one of these, sent to main. */
export type PresentCommand =
  | { type: 'next' | 'prev' | 'first' | 'last' | 'blank' | 'end' | 'toggle-presenter' }
  | { type: 'goto'; index: number };

/** What the spell checker says about one word (the editor's context menu). */
export interface SpellCheck {
  word: string;
  /** The dictionary that checked it; null when it is not a word we check (numbers, mixed scripts). */
  lang: 'en' | 'ko' | null;
  correct: boolean;
  suggestions: string[];
}

/** Renderer → main requests (ipcRenderer.invoke / ipcMain.handle). channel → [args, result]. */
export interface InvokeContract {
  'app:info': [[], AppInfo];
  'deck:open': [[req: { path: string | null }], Result<OpenedDeck>];
  'deck:save': [[req: SaveRequest], Result<DeckFileInfo>];
  'deck:revert': [[req: { path: string }], Result<OpenedDeck>];
  /** File → Import: a path, or null to show the Import dialog. */
  'deck:import': [[req: { path: string | null }], Result<ImportedDeck>];
  'recent:list': [[], RecentFile[]];
  'recovery:write': [[req: { docId: string; deck: Deck; path: string | null }], Result<{ savedAt: number }>];
  'recovery:clear': [[req: { docId: string }], void];
  'recovery:list': [[], RecoveredDeck[]];
  'recovery:restore': [[req: { id: string }], Result<OpenedDeck>];
  'recovery:discard': [[req: { id: string }], void];
  'export:run': [[req: ExportRequest], Result<{ path: string; bytes: number }>];
  'present:start': [[req: PresentRequest], Result<{ displays: DisplayInfo[] }>];
  'present:stop': [[], void];
  'image:pick': [[], Result<{ dataUrl: string; name: string }>];
  'doc:state': [[state: DocState], void];
  'shell:open-external': [[url: string], Result<object>];
  /** Present windows: fetch the running session (null when none). */
  'present:session': [[], PresentSession | null];
  /** Present windows: a key or click (next, previous, black, end…). */
  'present:control': [[cmd: PresentCommand], void];
  /** The editor's UI language (the user's choice, or null for the system's): main rebuilds its menus in it. */
  'ui:set-lang': [[lang: UiLang | null], void];
  /** Editor context menu: check one word (English or Korean Hunspell, plus the personal dictionary). */
  'spell:check': [[word: string], SpellCheck];
  /** "Add to Dictionary": the word joins the personal dictionary in the user-data folder. */
  'spell:add': [[word: string], Result<object>];
  /** Context menu Paste: main pastes into the sender's focused field (pages may not read the clipboard). */
  'edit:paste': [[], void];
}

/** Main → renderer pushes (webContents.send / ipcRenderer.on). channel → payload. */
export interface EventContract {
  /** A menu item or accelerator chose a command from the shared command list. */
  'menu:command': { id: string };
  /** A deck arrived from outside: second instance, drag onto the window, argv, OS association. */
  'deck:opened': Result<OpenedDeck>;
  /** Progress of a slow export, 0..1; `label` in English, `ui` the step for the UI language. */
  'export:progress': { fraction: number; label: string; ui?: UiMessage };
  /** Main asks the renderer to save before closing; reply with `doc:state`. */
  'app:save-before-close': Record<string, never>;
  /** The presentation moved (slide, black screen, presenter toggled); sent to both present windows. */
  'present:state': PresentState;
  /** The presentation ended (Esc, window closed, present:stop). */
  'present:ended': Record<string, never>;
}

export type InvokeChannel = keyof InvokeContract;
export type EventChannel = keyof EventContract;
export type InvokeArgs<C extends InvokeChannel> = InvokeContract[C][0];
export type InvokeResult<C extends InvokeChannel> = InvokeContract[C][1];

/** Every invoke channel, as a runtime list (main registers exactly these; tests walk them). */
export const INVOKE_CHANNELS = [
  'app:info',
  'deck:open',
  'deck:save',
  'deck:revert',
  'deck:import',
  'recent:list',
  'recovery:write',
  'recovery:clear',
  'recovery:list',
  'recovery:restore',
  'recovery:discard',
  'export:run',
  'present:start',
  'present:stop',
  'image:pick',
  'doc:state',
  'shell:open-external',
  'present:session',
  'present:control',
  'ui:set-lang',
  'spell:check',
  'spell:add',
  'edit:paste',
] as const satisfies readonly InvokeChannel[];

export const EVENT_CHANNELS = ['menu:command', 'deck:opened', 'export:progress', 'app:save-before-close', 'present:state', 'present:ended'] as const satisfies readonly EventChannel[];
