/**
 * The bridge: named verbs over the IPC contract, never `ipcRenderer` itself.
 *
 * The preload calls `createBridge(ipcRenderer.invoke, on)` and exposes the result as
 * `window.briefdeck`; the Playwright fixture calls the SAME function with Playwright's
 * exposed bindings as transport. Only the transport differs, so the e2e tests exercise the
 * real bridge code. The renderer imports TYPES only from here.
 */
import type {
  AppInfo,
  DeckFileInfo,
  DocState,
  EventChannel,
  EventContract,
  ExportRequest,
  InvokeArgs,
  InvokeChannel,
  InvokeResult,
  OpenedDeck,
  ImportedDeck,
  PresentCommand,
  PresentRequest,
  PresentSession,
  RecentFile,
  RecoveredDeck,
  Result,
  SaveRequest,
  DisplayInfo,
  SpellCheck,
} from './contract.ts';
import { EVENT_CHANNELS } from './contract.ts';
import type { Deck } from '../../engine/model/schema.ts';
import type { UiLang } from '../../engine/i18n/index.ts';

/** Transport for requests: ipcRenderer.invoke in Electron, an exposed binding in tests. */
export type InvokeFn = <C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>) => Promise<InvokeResult<C>>;
/** Transport for pushes: subscribe, returning an unsubscribe function. */
export type OnFn = <E extends EventChannel>(channel: E, listener: (payload: EventContract[E]) => void) => () => void;

export interface BriefdeckApi {
  appInfo(): Promise<AppInfo>;
  /** Open a deck: a path (recent file) or null to show the Open dialog. */
  openDeck(path?: string | null): Promise<Result<OpenedDeck>>;
  /** Open a file dropped on the window (the sandbox hides paths; the preload recovers it). */
  openDroppedFile(file: File): Promise<Result<OpenedDeck>>;
  /** Save; `path: null` shows the Save As dialog. Failure code 'conflict' means changed on disk. */
  saveDeck(req: SaveRequest): Promise<Result<DeckFileInfo>>;
  revertDeck(path: string): Promise<Result<OpenedDeck>>;
  /** File → Import: an outline or PowerPoint file as a new unsaved deck (null shows the dialog). */
  importDeck(path?: string | null): Promise<Result<ImportedDeck>>;
  recentFiles(): Promise<RecentFile[]>;
  /** Hot exit: journal unsaved work (call about a second after typing stops). */
  writeRecovery(docId: string, deck: Deck, path: string | null): Promise<Result<{ savedAt: number }>>;
  /** The document was saved or discarded: drop its journal. */
  clearRecovery(docId: string): Promise<void>;
  listRecovered(): Promise<RecoveredDeck[]>;
  restoreRecovered(id: string): Promise<Result<OpenedDeck>>;
  discardRecovered(id: string): Promise<void>;
  exportDeck(req: ExportRequest): Promise<Result<{ path: string; bytes: number }>>;
  present(req: PresentRequest): Promise<Result<{ displays: DisplayInfo[] }>>;
  stopPresenting(): Promise<void>;
  pickImage(): Promise<Result<{ dataUrl: string; name: string }>>;
  /** Tell main the file name and unsaved state (window title, close prompt). */
  setDocState(state: DocState): Promise<void>;
  openExternal(url: string): Promise<Result<object>>;
  /** Present windows only. */
  presentSession(): Promise<PresentSession | null>;
  presentControl(cmd: PresentCommand): Promise<void>;
  /** The UI language changed (or the editor started): main's menus and dialogs follow it. */
  setUiLang(lang: UiLang | null): Promise<void>;
  /** Context menu: spelling of one word, and "Add to Dictionary". */
  checkSpelling(word: string): Promise<SpellCheck>;
  addToDictionary(word: string): Promise<Result<object>>;
  /** Context menu Paste (the page itself may not read the clipboard). */
  paste(): Promise<void>;
  on<E extends EventChannel>(channel: E, listener: (payload: EventContract[E]) => void): () => void;
}

/** Electron's `webUtils.getPathForFile` in the preload; the test fixture maps names to its folder. */
export type PathForFile = (file: File) => string;

export function createBridge(invoke: InvokeFn, on: OnFn, pathForFile: PathForFile = () => ''): BriefdeckApi {
  return {
    appInfo: () => invoke('app:info'),
    openDeck: (path = null) => invoke('deck:open', { path }),
    openDroppedFile: async (file) => {
      const path = pathForFile(file);
      if (!path) return { ok: false, code: 'unsupported', message: `Could not open ${file.name}: only files from disk can be dropped here.` };
      return invoke('deck:open', { path });
    },
    saveDeck: (req) => invoke('deck:save', req),
    revertDeck: (path) => invoke('deck:revert', { path }),
    importDeck: (path = null) => invoke('deck:import', { path }),
    recentFiles: () => invoke('recent:list'),
    writeRecovery: (docId, deck, path) => invoke('recovery:write', { docId, deck, path }),
    clearRecovery: (docId) => invoke('recovery:clear', { docId }),
    listRecovered: () => invoke('recovery:list'),
    restoreRecovered: (id) => invoke('recovery:restore', { id }),
    discardRecovered: (id) => invoke('recovery:discard', { id }),
    exportDeck: (req) => invoke('export:run', req),
    present: (req) => invoke('present:start', req),
    stopPresenting: () => invoke('present:stop'),
    pickImage: () => invoke('image:pick'),
    setDocState: (state) => invoke('doc:state', state),
    openExternal: (url) => invoke('shell:open-external', url),
    presentSession: () => invoke('present:session'),
    presentControl: (cmd) => invoke('present:control', cmd),
    setUiLang: (lang) => invoke('ui:set-lang', lang),
    checkSpelling: (word) => invoke('spell:check', word),
    addToDictionary: (word) => invoke('spell:add', word),
    paste: () => invoke('edit:paste'),
    // Only channels in the contract may be subscribed to: a typo or a hostile page cannot
    // listen on an arbitrary channel.
    on: (channel, listener) => {
      if (!(EVENT_CHANNELS as readonly string[]).includes(channel)) throw new Error(`unknown event channel: ${String(channel)}`);
      return on(channel, listener);
    },
  };
}
