/**
 * Files: single instance, decks from argv / second launch / OS association (open-file),
 * the editor's close guard (Save / Don't Save / Cancel) and start-up clean-up of stale temp
 * files. The rules live in ../editor-host.ts (pure, unit-tested); this file adapts Electron.
 */
import { app, type BrowserWindow } from 'electron';
import { dirname } from 'node:path';
import { createEditorHost, type EditorHost, type EditorWindowLike } from '../editor-host.ts';
import { deckPathFromArgv, deliverOutsideOpen, mayCloseEditor } from '../open-requests.ts';
import { cleanupStaleTemps } from '../services/atomic-write.ts';
import type { MainServices } from '../services/index.ts';
import type { Platform } from '../services/ports.ts';

const SAVE_BEFORE_CLOSE_TIMEOUT_MS = 5 * 60_000;

/** False when another instance runs: it got our argv and we must quit. */
export function claimSingleInstance(): boolean {
  return app.requestSingleInstanceLock();
}

/**
 * Registers the open-file/second-instance/before-quit listeners at once (macOS sends
 * open-file before ready); `start` opens the editor once security and IPC are in place.
 */
export function setupFiles(platform: Platform, services: MainServices, openEditor: () => BrowserWindow): { start(): Promise<void>; host: EditorHost } {
  const host = createEditorHost({
    create: () => adapt(openEditor()),
    isDirty: () => services.doc.get().dirty,
    confirmClose: () =>
      mayCloseEditor(
        { doc: services.doc, dialogs: platform.dialogs, askEditorToSave: () => platform.send('editor', 'app:save-before-close', {}), recovery: services.recovery },
        SAVE_BEFORE_CLOSE_TIMEOUT_MS,
      ),
    deliver: (path) => deliverOutsideOpen(path, services, platform),
    quit: () => app.quit(),
    onEditorClosing: () => void services.presenter.stop(),
  });

  const fromArgv = deckPathFromArgv(process.argv, process.cwd());
  if (fromArgv) host.open(fromArgv);

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = deckPathFromArgv(argv, workingDirectory);
    if (path) host.open(path);
    else host.show();
  });
  // macOS: the OS association and drops on the Dock icon (may fire before ready).
  app.on('open-file', (event, path) => {
    event.preventDefault();
    host.open(path);
  });
  app.on('before-quit', () => host.beforeQuit());

  async function start() {
    host.start();
    // Temp files a crash left behind: the journal folder and the folders of recent decks.
    await services.recovery.cleanup();
    const recent = await services.recent.list();
    await Promise.all([...new Set(recent.map((r) => dirname(r.path)))].map((dir) => cleanupStaleTemps(dir)));
  }
  return { start, host };
}

function adapt(win: BrowserWindow): EditorWindowLike {
  const loaded = new Promise<void>((resolve) => win.webContents.once('did-finish-load', () => resolve()));
  return {
    isDestroyed: () => win.isDestroyed(),
    isMinimized: () => win.isMinimized(),
    isVisible: () => win.isVisible(),
    restore: () => win.restore(),
    show: () => win.show(),
    focus: () => win.focus(),
    close: () => win.close(),
    onClose: (listener) =>
      void win.on('close', (event) => {
        if (listener()) event.preventDefault();
      }),
    onClosed: (listener) => void win.on('closed', listener),
    // The editor subscribes to deck:opened when React has rendered; wait for that.
    rendered: () => loaded.then(() => editorRendered(win)),
  };
}

/** Resolves once the editor's root has content (or after 10 s, so an open is never lost). */
async function editorRendered(win: BrowserWindow): Promise<void> {
  const until = Date.now() + 10_000;
  while (Date.now() < until && !win.isDestroyed()) {
    const rendered = await win.webContents.executeJavaScript("(document.getElementById('root')?.childElementCount ?? 0) > 0").catch(() => false);
    if (rendered) {
      // One more turn so effects that subscribe after the first paint have run.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
