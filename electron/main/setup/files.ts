/**
 * Files: single instance, decks from argv / second launch / OS association (open-file),
 * the close guard (Save / Don't Save / Cancel) and start-up clean-up of stale temp files.
 */
import { app, type BrowserWindow } from 'electron';
import { dirname } from 'node:path';
import { deckPathFromArgv, deliverOutsideOpen, mayCloseEditor } from '../open-requests.ts';
import { cleanupStaleTemps } from '../services/atomic-write.ts';
import type { MainServices } from '../services/index.ts';
import type { Platform } from '../services/ports.ts';
import { windowFor } from './windows.ts';

const SAVE_BEFORE_CLOSE_TIMEOUT_MS = 5 * 60_000;

/** False when another instance runs: it got our argv and we must quit. */
export function claimSingleInstance(): boolean {
  return app.requestSingleInstanceLock();
}

/**
 * Registers the open-file/second-instance listeners at once (macOS sends open-file before
 * ready); `start` opens the editor once security and IPC are in place.
 */
export function setupFiles(platform: Platform, services: MainServices, showEditor: () => BrowserWindow): { start(): Promise<void> } {
  const pending: string[] = [];
  let editorReady = false;

  const deliver = (path: string) => deliverOutsideOpen(path, services, platform);

  function openFromOutside(path: string) {
    if (editorReady) void deliver(path);
    else pending.push(path);
    const win = windowFor('editor');
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  }

  const fromArgv = deckPathFromArgv(process.argv, process.cwd());
  if (fromArgv) pending.push(fromArgv);

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = deckPathFromArgv(argv, workingDirectory);
    if (path) openFromOutside(path);
    else showEditor().focus();
  });
  // macOS: the OS association and drops on the Dock icon (may fire before ready).
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromOutside(path);
  });

  async function start() {
    const win = showEditor();
    win.webContents.once('did-finish-load', () => {
      // The editor subscribes to deck:opened when React has rendered; wait for that first.
      void editorRendered(win).then(() => {
        editorReady = true;
        for (const path of pending.splice(0)) void deliver(path);
      });
    });
    guardClose(win, platform, services);
    // Temp files a crash left behind: the journal folder and the folders of recent decks.
    await services.recovery.cleanup();
    const recent = await services.recent.list();
    await Promise.all([...new Set(recent.map((r) => dirname(r.path)))].map((dir) => cleanupStaleTemps(dir)));
  }
  return { start };
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

function guardClose(win: BrowserWindow, platform: Platform, services: MainServices): void {
  let allowed = false;
  let asking = false;
  win.on('close', (event) => {
    if (allowed) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    void mayCloseEditor({ doc: services.doc, dialogs: platform.dialogs, askEditorToSave: () => platform.send('editor', 'app:save-before-close', {}), recovery: services.recovery }, SAVE_BEFORE_CLOSE_TIMEOUT_MS)
      .then((ok) => {
        if (!ok) return;
        allowed = true;
        void services.presenter.stop();
        win.close();
      })
      .finally(() => {
        asking = false;
      });
  });
}
