/**
 * Main process entry: a list of setupX() calls (after electron/fiddle's onReady), then the
 * editor window. All logic lives in Electron-free modules; these files only wire it up.
 */
import { app, ipcMain } from 'electron';
import { createSenderCheck, registerHandlers } from './ipc/register.ts';
import { engineCodec, engineCompile, engineSlides } from './services/engine-deps.ts';
import { createMainServices } from './services/index.ts';
import { APP_ORIGIN } from './security/policy.ts';
import { claimSingleInstance, setupFiles } from './setup/files.ts';
import { setupMenu } from './setup/menu.ts';
import { createElectronPlatform } from './setup/platform.ts';
import { registerAppScheme, setupSecurity } from './setup/security.ts';
import { openWindow, ownWebContentsIds } from './setup/windows.ts';

if (!claimSingleInstance()) {
  app.quit();
} else {
  registerAppScheme();
  // Closing a present window (or Esc) ends the show; the presenter service owns that state.
  let services: ReturnType<typeof createMainServices> | null = null;
  const platform = createElectronPlatform(() => void services?.presenter.stop());
  services = createMainServices(platform, { codec: engineCodec, compile: engineCompile, slides: engineSlides });

  const showEditor = () => {
    const win = openWindow('editor');
    win.once('ready-to-show', () => win.show());
    return win;
  };

  const files = setupFiles(platform, services, showEditor);

  app.whenReady().then(async () => {
    setupSecurity();
    registerHandlers(ipcMain, services.handlers, createSenderCheck(ownWebContentsIds, APP_ORIGIN));
    setupMenu(platform, services);
    await files.start();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady()) showEditor();
  });
}
