/**
 * Decks that arrive from outside the editor — command-line argument, second launch, macOS
 * open-file (the OS association) — and the close guard. Pure logic, no Electron import.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocState } from '../shared/contract.ts';
import type { DocTracker, Services } from './ipc/handlers.ts';
import type { RecoveryJournal } from './services/recovery-journal.ts';
import type { Dialogs, Platform } from './services/ports.ts';

/**
 * A deck from outside the editor (argv, second launch, OS association): read it with the
 * same checks as Open, remember it as writable and recent, and push the result — success
 * or a one-line failure — to the editor as `deck:opened`.
 */
export async function deliverOutsideOpen(path: string, services: Pick<Services, 'files' | 'known' | 'recent' | 'folders'>, platform: Pick<Platform, 'send'>): Promise<void> {
  const result = await services.files.open(path);
  if (result.ok) {
    services.known.add(path);
    services.folders.deckAt(path);
    await services.recent.add(path).catch(() => undefined);
  }
  platform.send('editor', 'deck:opened', result);
}

/**
 * The first `.briefdeck` argument, made absolute against the launching shell's folder.
 * Linux file managers may pass a `file:` URL (the .desktop entry's %U/%u): it is
 * percent-decoded (`My%20Deck.briefdeck` → `My Deck.briefdeck`); other URL schemes
 * (sftp:, smb: from a file manager's network view) are not files we can open.
 */
export function deckPathFromArgv(argv: readonly string[], cwd: string): string | null {
  // argv[0] is the executable; in development argv[1] is the app folder. Flags never count.
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    const path = /^file:/i.test(arg) ? filePathFromUrl(arg) : /^[a-z][a-z0-9+.-]+:\/\//i.test(arg) ? null : arg;
    if (!path || !/\.briefdeck$/i.test(path)) continue;
    return isAbsolute(path) ? path : resolve(cwd, path);
  }
  return null;
}

/** `file:///home/u/My%20Deck.briefdeck` → `/home/u/My Deck.briefdeck`; null when malformed or on another host. */
export function filePathFromUrl(url: string): string | null {
  try {
    return fileURLToPath(url);
  } catch {
    return null; // bad %-escapes, an encoded '/', a remote host on POSIX
  }
}

export interface CloseGuardDeps {
  doc: () => DocState;
  dialogs: Pick<Dialogs, 'confirmClose'>;
  /** Ask the editor to save; resolves true once it reports a clean document. */
  requestSave: () => Promise<boolean>;
  /** "Don't Save": the unsaved work is thrown away on purpose, so its journal goes too. */
  discardJournal: (docId: string) => Promise<void>;
}

/** Resolves true when the window may close. */
export async function mayClose(deps: CloseGuardDeps): Promise<boolean> {
  const state = deps.doc();
  if (!state.dirty) return true;
  const answer = await deps.dialogs.confirmClose(state.name);
  if (answer === 'cancel') return false;
  if (answer === 'discard') {
    if (state.docId) await deps.discardJournal(state.docId);
    return true;
  }
  return deps.requestSave();
}

export interface EditorCloseDeps {
  doc: Pick<DocTracker, 'get' | 'nextReport'>;
  dialogs: Pick<Dialogs, 'confirmClose'>;
  /** Push `app:save-before-close` to the editor. */
  askEditorToSave: () => unknown;
  recovery: Pick<RecoveryJournal, 'clear'>;
}

/**
 * The editor window's close guard, as Electron and the e2e fixture both run it: "Save" asks
 * the editor to save (maybe through Save As) and closes only when its reply says the
 * document is clean; "Don't Save" drops the journal.
 */
export function mayCloseEditor(deps: EditorCloseDeps, saveTimeoutMs: number): Promise<boolean> {
  return mayClose({
    doc: () => deps.doc.get(),
    dialogs: deps.dialogs,
    requestSave: async () => {
      // Listen before asking, so a fast reply cannot be missed.
      const reply = deps.doc.nextReport(saveTimeoutMs);
      await deps.askEditorToSave();
      const state = await reply;
      return state !== null && !state.dirty;
    },
    discardJournal: (id) => deps.recovery.clear(id),
  });
}
