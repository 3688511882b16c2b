/** The real platform: Electron's dialogs, screens, shell and windows behind the services' ports. */
import { app, dialog, screen, BrowserWindow } from 'electron';
import { openSafeExternal } from './external.ts';
import type { Platform } from '../services/ports.ts';
import { windowFor } from './windows.ts';
import type { ExportFormat } from '../../shared/contract.ts';

const DECK_FILTER = { name: 'Briefdeck deck', extensions: ['briefdeck'] };

/** Dialogs, screens, links and titles; export and present bring their own parts. */
/** The save dialog's filter per export format. */
const EXPORT_FILTERS: Record<ExportFormat, { name: string; extensions: string[] }> = {
  html: { name: 'Web page (offline)', extensions: ['html'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  pptx: { name: 'PowerPoint', extensions: ['pptx'] },
  docx: { name: 'Word', extensions: ['docx'] },
  md: { name: 'Outline (text)', extensions: ['md'] },
};

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
      openDeck: () => pick({ properties: ['openFile'], filters: [DECK_FILTER] }),
      saveDeck: (suggestedName) => saveTo({ defaultPath: suggestedName, filters: [DECK_FILTER] }),
      exportTarget: (format, suggestedName) =>
        saveTo({ defaultPath: suggestedName, filters: [EXPORT_FILTERS[format]] }),
      pickImage: () => pick({ properties: ['openFile'], filters: [{ name: 'Images', extensions: ['png', 'jpg', 'jpeg', 'gif', 'webp'] }] }),
      confirmClose: async (name) => {
        const options = {
          type: 'warning' as const,
          message: `Save changes to ${name} before closing?`,
          detail: 'Your changes will be lost if you don’t save them.',
          buttons: ['Save', 'Don’t Save', 'Cancel'],
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
