/**
 * The application menu in the current UI language, rebuilt whenever the language changes.
 * Electron-free: the platform's setMenu hands the plain data to Menu.buildFromTemplate (or,
 * in the e2e fixture, records it so tests can read the menus).
 */
import { buildMenuTemplate } from '../menu-template.ts';
import type { Platform } from './ports.ts';
import type { UiLanguage } from './ui-language.ts';

export interface AppMenu {
  /**
   * Set the menu and keep it in the UI language. `handleMain` runs the commands main owns
   * (close, presenter toggle, About) and returns true; every other choice goes to the editor.
   */
  install(handleMain: (id: string) => boolean): void;
}

export function createAppMenu(platform: Platform, language: UiLanguage): AppMenu {
  let handleMain: ((id: string) => boolean) | null = null;
  const choose = (id: string) => {
    if (handleMain?.(id)) return;
    platform.send('editor', 'menu:command', { id });
  };
  const refresh = () => {
    if (handleMain) platform.setMenu(buildMenuTemplate(platform.info.platform, choose, language.t));
  };
  language.onChange(refresh);
  return {
    install: (handler) => {
      handleMain = handler;
      refresh();
    },
  };
}
