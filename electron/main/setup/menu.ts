/** The application menu, from the shared command list; most items go to the editor. */
import { BrowserWindow, Menu } from 'electron';
import { COMMANDS, type CommandInfo } from '../../shared/commands.ts';
import { buildMenuTemplate } from '../menu-template.ts';
import { commandTarget } from '../present/window-rules.ts';
import type { MainServices } from '../services/index.ts';
import type { Platform, WindowRole } from '../services/ports.ts';
import { windowFor } from './windows.ts';

const MAIN_IDS = new Set((COMMANDS as readonly CommandInfo[]).filter((c) => c.main).map((c) => c.id));

function focusedRole(): WindowRole | null {
  const focused = BrowserWindow.getFocusedWindow();
  if (!focused) return null;
  return (['editor', 'presenter', 'audience'] as const).find((role) => windowFor(role) === focused) ?? null;
}

export function setupMenu(platform: Platform, services: MainServices): void {
  const choose = (id: string) => {
    const target = commandTarget(id, focusedRole(), MAIN_IDS.has(id));
    if (target.kind === 'ignore') return;
    if (target.kind === 'end-show') return void services.presenter.stop();
    if (target.kind === 'editor') return platform.send('editor', 'menu:command', { id });
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
    }
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, choose) as Electron.MenuItemConstructorOptions[]));
}
