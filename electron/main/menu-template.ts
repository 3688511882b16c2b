/**
 * The application menu as plain data, built from the shared command list (pure, so tested
 * without Electron). setup/menu.ts hands it to Menu.buildFromTemplate.
 */
import { createI18n } from '../../engine/i18n/index.ts';
import { COMMANDS, MENU_ORDER, type CommandInfo } from '../shared/commands.ts';

/** A 'namespace:key' → words function: the UI language service's `t`, English by default. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
const english = createI18n('en');
const inEnglish: Translate = (key, options) => english.t(key, options ?? {});

export interface MenuItemData {
  id?: string;
  label?: string;
  type?: 'separator';
  accelerator?: string;
  role?: string;
  click?: () => void;
}

export interface MenuData {
  label: string;
  role?: string;
  submenu: MenuItemData[];
}

export function buildMenuTemplate(platform: NodeJS.Platform | string, choose: (id: string) => void, t: Translate = inEnglish): MenuData[] {
  const menus: MenuData[] = MENU_ORDER.map(({ menu, labelKey }) => ({
    label: t(labelKey),
    ...(menu === 'help' ? { role: 'help' } : {}),
    submenu: (COMMANDS as readonly CommandInfo[])
      .filter((c) => c.menu === menu)
      .flatMap((c): MenuItemData[] => {
        const item: MenuItemData = { id: c.id, label: t(c.labelKey), ...(c.keys ? { accelerator: c.keys } : {}) };
        // Clipboard and zoom use Electron's roles so they work in every text field natively.
        if (c.role) item.role = c.role;
        else item.click = () => choose(c.id);
        return c.separatorBefore ? [{ type: 'separator' }, item] : [item];
      }),
  }));
  if (platform === 'darwin') {
    // macOS convention: the app menu with About, Services, Hide and Quit comes first, and
    // About lives only there (not again under Help).
    const help = menus[MENU_ORDER.findIndex((m) => m.menu === 'help')]!;
    help.submenu = help.submenu.filter((item) => item.id !== 'help.about');
    if (help.submenu[0]?.type === 'separator') help.submenu.shift();
    menus.unshift({
      label: t('common:appName'),
      submenu: [
        { id: 'help.about', label: t('commands:help.about'), click: () => choose('help.about') },
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  } else {
    // Windows says Exit (Alt+F4), Linux desktops say Quit (Ctrl+Q).
    menus[0]!.submenu.push({ type: 'separator' }, platform === 'win32' ? { role: 'quit', label: t('main:menu.exit') } : { role: 'quit', label: t('main:menu.quit'), accelerator: 'CmdOrCtrl+Q' });
  }
  return menus;
}
