/** The application menu, from the shared command list; most items go to the editor. */
import { BrowserWindow } from 'electron';
import { COMMANDS, type CommandInfo } from '../../shared/commands.ts';
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

/** Installs the menu (services/app-menu.ts rebuilds it in the UI language); returns true for the choices main handles itself. */
export function setupMenu(platform: Platform, services: MainServices): void {
  const { t } = services.language;
  services.menu.install((id) => {
    const target = commandTarget(id, focusedRole(), MAIN_IDS.has(id));
    if (target.kind === 'ignore') return true;
    if (target.kind === 'end-show') {
      void services.presenter.stop();
      return true;
    }
    if (target.kind === 'editor') return false;
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
        return true;
    }
  });
}
