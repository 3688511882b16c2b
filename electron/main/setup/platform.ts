/** The real platform: Electron's dialogs, screens, shell and windows behind the services' ports. */
import { app, dialog, screen, webContents, BrowserWindow, Menu } from 'electron';
import { join } from 'node:path';
import { createUiLanguage, type UiLanguage } from '../services/ui-language.ts';
import { openSafeExternal } from './external.ts';
import type { Platform } from '../services/ports.ts';
import { windowFor } from './windows.ts';
import type { ExportFormat } from '../../shared/contract.ts';

let language: Pick<UiLanguage, 't'> = createUiLanguage(() => (app.isReady() ? app.getPreferredSystemLanguages() : []));
/** Main's UI words (dialogs, notices), 'namespace:key', in the UI language: the editor's choice, else the system's. */
export function tDesktop(): UiLanguage['t'] {
  return language.t;
}

/** `name` inside `folder` when there is one: dialogs start there, not in Downloads (Electron 43+). */
const at = (folder: string | null | undefined, name?: string) => (folder ? (name ? join(folder, name) : folder) : name);

const deckFilter = () => ({ name: tDesktop()('desktop:filters.deck'), extensions: ['briefdeck'] });
const defaultPath = (path: string | undefined) => (path ? { defaultPath: path } : {});

/** The save dialog's filter per export format (Office and outline names from the export namespace). */
function exportFilter(format: ExportFormat): { name: string; extensions: string[] } {
  const name = format === 'html' || format === 'pdf' ? tDesktop()(`desktop:filters.${format}`) : tDesktop()(`export:filters.${format}`);
  return { name, extensions: [format] };
}

/** Dialogs, screens, links, titles and the menu; export and present bring their own parts; words follow `uiLanguage`. */
export function createElectronPlatform(parts: Pick<Platform, 'printToPdf' | 'presentation'>, uiLanguage: Pick<UiLanguage, 't'>): Platform {
  language = uiLanguage;
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
        saveTo({ filters: [exportFilter(format)], ...defaultPath(at(folder, suggestedName)) }),
      pickImage: (folder) => pick({ properties: ['openFile'], filters: [{ name: tDesktop()('desktop:filters.images'), extensions: ['png', 'jpg', 'jpeg', 'gif', 'webp'] }], ...defaultPath(at(folder)) }),
      importFile: (folder) => pick({ properties: ['openFile'], filters: [{ name: tDesktop()('desktop:filters.import'), extensions: ['md', 'markdown', 'txt', 'pptx'] }], ...defaultPath(at(folder)) }),
      confirmClose: async (name) => {
        const t = tDesktop();
        const options = {
          type: 'warning' as const,
          message: t('desktop:close.message', { name }),
          detail: t('desktop:close.detail'),
          buttons: [t('desktop:close.save'), t('desktop:close.dontSave'), t('desktop:close.cancel')],
          defaultId: 0,
          cancelId: 2,
        };
        const win = parent();
        const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
        return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
      },
      notice: async (message, detail) => {
        const win = parent();
        const options = { type: 'info' as const, message, ...(detail ? { detail } : {}), buttons: [tDesktop()('main:notice.ok')] };
        if (win) await dialog.showMessageBox(win, options);
        else await dialog.showMessageBox(options);
      },
    },
    openInBrowser: async (url) => {
      await openSafeExternal(url);
    },
    displays: () => {
      const primaryId = screen.getPrimaryDisplay().id;
      return screen.getAllDisplays().map((d, i) => ({ id: d.id, label: d.label || tDesktop()('main:display', { n: i + 1 }), primary: d.id === primaryId, bounds: d.bounds }));
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
    setMenu: (menus) => Menu.setApplicationMenu(Menu.buildFromTemplate(menus as Electron.MenuItemConstructorOptions[])),
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
