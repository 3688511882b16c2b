/**
 * The platform the main-process services run on, injected. Electron supplies the real one
 * (electron/main/setup/platform.ts); vitest and the Playwright fixture supply
 * their own. Nothing here may import 'electron'.
 */
import type { Deck } from '../../../engine/model/schema.ts';
import type { DisplayInfo, EventChannel, EventContract, ExportFormat, PresentSession } from '../../shared/contract.ts';
import type { MenuData } from '../menu-template.ts';

/** The engine functions the services use; injected so services test without the whole engine. */
export interface DeckCodec {
  /** engine/format `restoreDeck`: validate, fill defaults, migrate. Throws DeckError. */
  restore(input: unknown): Deck;
  /** engine/format `serializeDeck`: the versioned envelope as text. */
  serialize(deck: Deck): string;
  /** electron/main/services/deck-file.ts `readDeckFile`: bounded, refuses FIFOs etc. */
  readFile(path: string): Promise<Deck>;
}

export interface Dialogs {
  /**
   * Paths are absolute; null means the user canceled. `folder` is where the dialog starts
   * (services/dialog-folders.ts); null leaves it to the OS.
   */
  openDeck(folder?: string | null): Promise<string | null>;
  saveDeck(suggestedName: string, folder?: string | null): Promise<string | null>;
  exportTarget(format: ExportFormat, suggestedName: string, folder?: string | null): Promise<string | null>;
  pickImage(folder?: string | null): Promise<string | null>;
  /** File → Import: an outline (.md, .txt) or a PowerPoint file (.pptx). */
  importFile(folder?: string | null): Promise<string | null>;
  /** "Save changes to X before closing?" */
  confirmClose(name: string): Promise<'save' | 'discard' | 'cancel'>;
  /** A one-line notice that needs no answer (a skipped corrupt journal, an About box). */
  notice(message: string, detail?: string): Promise<void>;
}

export interface DisplayWithBounds extends DisplayInfo {
  bounds: { x: number; y: number; width: number; height: number };
}

export interface PresentPlan {
  audience: DisplayWithBounds;
  presenter: DisplayWithBounds;
  presenterVisible: boolean;
}

export type WindowRole = 'editor' | 'presenter' | 'audience';

export interface PresentationWindows {
  /** Open the present windows: audience fullscreen, presenter on its display (hidden until toggled when both share one). */
  open(plan: PresentPlan): Promise<void>;
  /** Show or hide the presenter window (single-display toggle). */
  setPresenterVisible(visible: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface Platform {
  userDataDir: string;
  dialogs: Dialogs;
  /** Hand a link to the system browser or mail client (already checked by safeExternalUrl). */
  openInBrowser(url: string): Promise<void>;
  displays(): DisplayWithBounds[];
  presentation: PresentationWindows;
  /** Push an event to the windows with that role. */
  send<E extends EventChannel>(role: WindowRole, channel: E, payload: EventContract[E]): void;
  /** Print compiled deck HTML to PDF in a hidden, sandboxed, preload-less window (`?print-pdf`). */
  printToPdf(html: string, options: { notesPages: boolean }): Promise<Uint8Array>;
  /** Window title; `dirty` also sets macOS's unsaved-changes dot. */
  setTitle(title: string, dirty: boolean): void;
  /** Paste the clipboard into the focused field of the window with this webContents id. */
  paste(senderId: number): void;
  now(): number;
  /** Install the application menu (plain data; Electron builds it, the e2e fixture records it). */
  setMenu(menus: MenuData[]): void;
  info: { name: string; version: string; electron: string; chrome: string; node: string; platform: string };
}

export type { PresentSession };
