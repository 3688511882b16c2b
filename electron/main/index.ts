/**
 * Main process entry: a list of setupX() calls — export, present, files, then on ready
 * security, IPC and menu — after electron/fiddle's onReady, then the editor window. All logic lives in Electron-free modules; these files only wire it up.
 */
import { app, ipcMain } from 'electron';
import { createSenderCheck, registerHandlers } from './ipc/register.ts';
import { engineCodec, engineCompile, engineSlides } from './services/engine-deps.ts';
import { createMainServices } from './services/index.ts';
import { APP_ORIGIN } from './security/policy.ts';
import { claimSingleInstance, setupFiles } from './setup/files.ts';
import { setupExport } from './setup/export.ts';
import { setupMenu } from './setup/menu.ts';
import { setupPresent } from './setup/present.ts';
import { createElectronPlatform } from './setup/platform.ts';
import { registerAppScheme, setupSecurity } from './setup/security.ts';
import { openWindow, ownWebContentsIds } from './setup/windows.ts';
import { createUiLanguage } from './services/ui-language.ts';

if (!claimSingleInstance()) {
  app.quit();
} else {
  registerAppScheme();
  // Closing a present window ends the show; the presenter service (made below) owns that state.
  let endShow = () => {};
  const { printToPdf } = setupExport();
  const presentation = setupPresent(() => endShow());
  // The system's language until the editor reports the user's choice (read after ready: Windows).
  const language = createUiLanguage(() => (app.isReady() ? [app.getLocale()] : []));
  const platform = createElectronPlatform({ printToPdf, presentation }, language);
  const services = createMainServices(platform, { codec: engineCodec, compile: engineCompile, slides: engineSlides }, language);
  endShow = () => void services.presenter.stop();

  const openEditor = () => {
    const win = openWindow('editor');
    win.once('ready-to-show', () => win.show());
    return win;
  };

  const files = setupFiles(platform, services, openEditor);

  app.whenReady().then(async () => {
    setupSecurity();
    registerHandlers(ipcMain, services.handlers, createSenderCheck(ownWebContentsIds, APP_ORIGIN));
    setupMenu(platform, services);
    await files.start();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // macOS: clicking the Dock icon with no window open makes a new (guarded) editor.
  app.on('activate', () => {
    if (app.isReady()) files.host.show();
  });
}
