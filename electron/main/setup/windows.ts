/**
 * Our windows, by role. The IPC sender check asks this registry whether a webContents is
 * one of ours; events go to windows by role.
 */
import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { WindowRole } from '../services/ports.ts';
import { APP_ORIGIN } from '../security/policy.ts';
import { windowOptions, type WindowKind } from '../security/window-options.ts';
import type { DisplayWithBounds } from '../services/ports.ts';

const byRole = new Map<WindowRole, BrowserWindow>();

export const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');
export const RENDERER_DIR = join(import.meta.dirname, '../renderer');

export function ownWebContentsIds(): Set<number> {
  const ids = new Set<number>();
  for (const win of byRole.values()) if (!win.isDestroyed()) ids.add(win.webContents.id);
  return ids;
}

export function windowFor(role: WindowRole): BrowserWindow | null {
  const win = byRole.get(role);
  return win && !win.isDestroyed() ? win : null;
}

const PAGES: Record<WindowRole, string> = {
  editor: `${APP_ORIGIN}/index.html`,
  presenter: `${APP_ORIGIN}/presenter/index.html`,
  audience: `${APP_ORIGIN}/audience/index.html`,
};

/**
 * The one `new BrowserWindow` of the app (editor, present windows and the hidden print
 * window), with windowOptions' settings.
 */
export function createHardenedWindow(kind: WindowKind, display?: DisplayWithBounds): BrowserWindow {
  const options = windowOptions({ kind, preloadPath: PRELOAD_PATH, ...(display ? { display } : {}) });
  return new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      // Spelled out again at the call site (same values as windowOptions) so that static
      // checkers such as Electronegativity can see them.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

export function openWindow(role: WindowRole, display?: DisplayWithBounds): BrowserWindow {
  const existing = windowFor(role);
  if (existing) return existing;
  const kind: WindowKind = role;
  const win = createHardenedWindow(kind, display);
  byRole.set(role, win);
  win.on('closed', () => {
    if (byRole.get(role) === win) byRole.delete(role);
  });
  void win.loadURL(PAGES[role]);
  return win;
}
