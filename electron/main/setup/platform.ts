/** The real platform: Electron's dialogs, screens, shell and windows behind the services' ports. */
import { app, dialog, screen, webContents, BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { createI18n, pickUiLang } from '../../../engine/i18n/index.ts';
import { openSafeExternal } from './external.ts';
import type { Platform } from '../services/ports.ts';
import { windowFor } from './windows.ts';

let translate: TFunction<'desktop'> | null = null;
/** Main's UI words (dialogs, notices) in the system's language; made on first use, after ready. */
export function tDesktop(): TFunction<'desktop'> {
  return (translate ??= createI18n(pickUiLang(app.getPreferredSystemLanguages())).getFixedT(null, 'desktop'));
}

/** `name` inside `folder` when there is one: dialogs start there, not in Downloads (Electron 43+). */
const at = (folder: string | null | undefined, name?: string) => (folder ? (name ? join(folder, name) : folder) : name);

const deckFilter = () => ({ name: tDesktop()('filters.deck'), extensions: ['briefdeck'] });
const defaultPath = (path: string | undefined) => (path ? { defaultPath: path } : {});

/** Dialogs, screens, links and titles; export and present bring their own parts. */
export function createElectronPlatform(parts: Pick<Platform, 'printToPdf' | 'presentation'>): Platform {
  const parent = () => windowFor('editor') ?? BrowserWindow.getFocusedWindow() ?? undefined;
  const pick = async (options: Electron.OpenDialogOptions) => {
    const win = parent();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  const saveTo = async (options: Electron.SaveDialogOptions) => {
    const win = parent();
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  return {
    userDataDir: app.getPath('userData'),
    dialogs: {
      openDeck: (folder) => pick({ properties: ['openFile'], filters: [deckFilter()], ...defaultPath(at(folder)) }),
      saveDeck: (suggestedName, folder) => saveTo({ filters: [deckFilter()], ...defaultPath(at(folder, suggestedName)) }),
      exportTarget: (format, suggestedName, folder) =>
        saveTo({ filters: [format === 'html' ? { name: tDesktop()('filters.html'), extensions: ['html'] } : { name: tDesktop()('filters.pdf'), extensions: ['pdf'] }], ...defaultPath(at(folder, suggestedName)) }),
      pickImage: (folder) => pick({ properties: ['openFile'], filters: [{ name: tDesktop()('filters.images'), extensions: ['png', 'jpg', 'jpeg', 'gif', 'webp'] }], ...defaultPath(at(folder)) }),
      importFile: (folder) => pick({ properties: ['openFile'], filters: [{ name: tDesktop()('filters.import'), extensions: ['md', 'markdown', 'txt', 'pptx'] }], ...defaultPath(at(folder)) }),
      confirmClose: async (name) => {
        const t = tDesktop();
        const options = {
          type: 'warning' as const,
          message: t('close.message', { name }),
          detail: t('close.detail'),
          buttons: [t('close.save'), t('close.dontSave'), t('close.cancel')],
          defaultId: 0,
          cancelId: 2,
        };
        const win = parent();
        const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
        return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
      },
      notice: async (message, detail) => {
        const win = parent();
        const options = { type: 'info' as const, message, ...(detail ? { detail } : {}), buttons: ['OK'] };
        if (win) await dialog.showMessageBox(win, options);
        else await dialog.showMessageBox(options);
      },
    },
    openInBrowser: async (url) => {
      await openSafeExternal(url);
    },
    displays: () => {
      const primaryId = screen.getPrimaryDisplay().id;
      return screen.getAllDisplays().map((d, i) => ({ id: d.id, label: d.label || `Display ${i + 1}`, primary: d.id === primaryId, bounds: d.bounds }));
    },
    presentation: parts.presentation,
    send: (role, channel, payload) => {
      const win = windowFor(role);
      if (win && !win.webContents.isDestroyed()) win.webContents.send(channel, payload);
    },
    printToPdf: parts.printToPdf,
    setTitle: (title, dirty) => {
      const win = windowFor('editor');
      win?.setTitle(title);
      if (process.platform === 'darwin') win?.setDocumentEdited(dirty);
    },
    paste: (senderId) => webContents.fromId(senderId)?.paste(),
    now: () => Date.now(),
    info: {
      name: app.getName(),
      version: app.getVersion(),
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
      node: process.versions.node,
      platform: process.platform,
    },
  };
}
