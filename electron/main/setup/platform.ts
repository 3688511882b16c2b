/** The real platform: Electron's dialogs, screens, shell and windows behind the services' ports. */
import { app, dialog, screen, BrowserWindow, Menu } from 'electron';
import { openSafeExternal } from './external.ts';
import type { Platform } from '../services/ports.ts';
import type { UiLanguage } from '../services/ui-language.ts';
import { windowFor } from './windows.ts';

/** Dialogs, screens, links, titles and the menu; export and present bring their own parts. Dialog words follow the UI language. */
export function createElectronPlatform(parts: Pick<Platform, 'printToPdf' | 'presentation'>, language: Pick<UiLanguage, 't'>): Platform {
  const { t } = language;
  const deckFilter = () => ({ name: t('main:filter.deck'), extensions: ['briefdeck'] });
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
      openDeck: () => pick({ properties: ['openFile'], filters: [deckFilter()] }),
      saveDeck: (suggestedName) => saveTo({ defaultPath: suggestedName, filters: [deckFilter()] }),
      exportTarget: (format, suggestedName) =>
        saveTo({ defaultPath: suggestedName, filters: [format === 'html' ? { name: t('main:filter.html'), extensions: ['html'] } : { name: 'PDF', extensions: ['pdf'] }] }),
      pickImage: () => pick({ properties: ['openFile'], filters: [{ name: t('main:filter.images'), extensions: ['png', 'jpg', 'jpeg', 'gif', 'webp'] }] }),
      confirmClose: async (name) => {
        const options = {
          type: 'warning' as const,
          message: t('main:close.message', { name }),
          detail: t('main:close.detail'),
          buttons: [t('main:close.save'), t('main:close.discard'), t('main:close.cancel')],
          defaultId: 0,
          cancelId: 2,
        };
        const win = parent();
        const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
        return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
      },
      notice: async (message, detail) => {
        const win = parent();
        const options = { type: 'info' as const, message, ...(detail ? { detail } : {}), buttons: [t('main:notice.ok')] };
        if (win) await dialog.showMessageBox(win, options);
        else await dialog.showMessageBox(options);
      },
    },
    openInBrowser: async (url) => {
      await openSafeExternal(url);
    },
    displays: () => {
      const primaryId = screen.getPrimaryDisplay().id;
      return screen.getAllDisplays().map((d, i) => ({ id: d.id, label: d.label || t('main:display', { n: i + 1 }), primary: d.id === primaryId, bounds: d.bounds }));
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
