/** The application menu, from the shared command list; most items go to the editor. */
import type { MainServices } from '../services/index.ts';
import type { Platform } from '../services/ports.ts';
import { windowFor } from './windows.ts';

/** Installs the menu (services/app-menu.ts rebuilds it when the UI language changes); main runs its own commands. */
export function setupMenu(platform: Platform, services: MainServices): void {
  const { t } = services.language;
  services.menu.install((id) => {
    switch (id) {
      case 'file.close':
        windowFor('editor')?.close();
        return true;
      case 'present.toggle-presenter':
        void services.presenter.control({ type: 'toggle-presenter' });
        return true;
      case 'present.stop':
        void services.presenter.stop();
        return true;
      case 'help.about': {
        const i = platform.info;
        void platform.dialogs.notice(t('main:about.title', { name: i.name, version: i.version }), t('main:about.detail', { electron: i.electron, chrome: i.chrome, node: i.node, platform: i.platform }));
        return true;
      }
      default:
        return false;
    }
  });
}
