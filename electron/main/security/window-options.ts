/**
 * BrowserWindow options for every window we open, as a pure function (after electron/
 * fiddle's getMainWindowOptions): the security switches are spelled out, never inherited
 * from defaults that could change between Electron versions.
 */
import type { DisplayWithBounds } from '../services/ports.ts';
import { partitionFor } from '../present/window-rules.ts';

export type WindowKind = 'editor' | 'presenter' | 'audience' | 'print';

export interface WebPreferencesLike {
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  enableBlinkFeatures?: undefined;
  /**
   * Kept for Electronegativity's AUXCLICK check, but a no-op in today's Chromium (no such
   * runtime feature; tests/e2e/desktop.spec.ts shows auxclick still fires with it). What stops
   * a middle-clicked link from opening a window is setWindowOpenHandler (setup/security.ts).
   */
  disableBlinkFeatures: 'Auxclick';
  navigateOnDragDrop: false;
  /** Chromium's spellchecker: off everywhere (it downloads Hunspell files from a Google CDN on Windows and Linux); the editor's context menu checks spelling offline instead. */
  spellcheck: false;
  preload?: string;
  backgroundThrottling?: boolean;
  /** Present windows get their own session: Chromium's zoom is per host per session. */
  partition?: string;
}

export interface WindowOptionsLike {
  title: string;
  width?: number;
  height?: number;
  x?: number;
  y?: number;
  minWidth?: number;
  minHeight?: number;
  show: boolean;
  fullscreen?: boolean;
  backgroundColor: string;
  autoHideMenuBar?: boolean;
  webPreferences: WebPreferencesLike;
}

export interface WindowOptionsInput {
  kind: WindowKind;
  /** Absolute path of the built preload (out/preload/index.cjs); ignored for 'print'. */
  preloadPath: string;
  display?: DisplayWithBounds;
}

export function windowOptions({ kind, preloadPath, display }: WindowOptionsInput): WindowOptionsLike {
  const webPreferences: WebPreferencesLike = {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    disableBlinkFeatures: 'Auxclick',
    spellcheck: false,
    // The print window shows only our compiled, self-contained deck: it needs no bridge.
    ...(kind === 'print' ? {} : { preload: preloadPath }),
    // The audience keeps animating while the presenter window has focus.
    ...(kind === 'audience' ? { backgroundThrottling: false } : {}),
    ...(partitionFor(kind) ? { partition: partitionFor(kind) } : {}),
  };
  const at = display?.bounds;
  switch (kind) {
    case 'editor':
      return { title: 'Briefdeck', width: 1280, height: 820, minWidth: 800, minHeight: 560, show: false, backgroundColor: '#ffffff', webPreferences };
    case 'audience':
      // Not `fullscreen: true`: setup/present.ts goes fullscreen after placing and showing it (present/window-rules.ts).
      return { title: 'Briefdeck — Audience', ...(at ? { x: at.x, y: at.y, width: at.width, height: at.height } : {}), show: false, backgroundColor: '#000000', autoHideMenuBar: true, webPreferences };
    case 'presenter':
      return { title: 'Briefdeck — Presenter', ...(at ? { x: at.x + 40, y: at.y + 40, width: Math.min(1200, at.width - 80), height: Math.min(800, at.height - 80) } : { width: 1200, height: 800 }), show: false, backgroundColor: '#1b1b1b', autoHideMenuBar: true, webPreferences };
    case 'print':
      return { title: 'Briefdeck — Print', width: 1280, height: 720, show: false, backgroundColor: '#ffffff', webPreferences };
  }
}
