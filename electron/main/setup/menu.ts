/** The application menu, from the shared command list; most items go to the editor. */
import { Menu } from 'electron';
import { buildMenuTemplate } from '../menu-template.ts';
import type { MainServices } from '../services/index.ts';
import type { Platform } from '../services/ports.ts';
import { windowFor } from './windows.ts';

export function setupMenu(platform: Platform, services: MainServices): void {
  const choose = (id: string) => {
    switch (id) {
      case 'file.close':
        windowFor('editor')?.close();
        return;
      case 'present.toggle-presenter':
        void services.presenter.control({ type: 'toggle-presenter' });
        return;
      case 'present.stop':
        void services.presenter.stop();
        return;
      case 'help.about': {
        const i = platform.info;
        void platform.dialogs.notice(`${i.name} ${i.version}`, `Electron ${i.electron}\nChromium ${i.chrome}\nNode.js ${i.node}\nPlatform ${i.platform}`);
        return;
      }
      default:
        platform.send('editor', 'menu:command', { id });
    }
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, choose) as Electron.MenuItemConstructorOptions[]));
}
