/**
 * The UI language in main: the system's (app.getLocale()) until the editor reports the
 * user's choice over `ui:set-lang`. Menus and native dialogs read their words through `t`,
 * so a change rebuilds the menus without a restart. Electron-free (the locale is injected).
 */
import type { TOptions } from 'i18next';
import { createI18n, pickUiLang, type UiLang } from '../../../engine/i18n/index.ts';

export interface UiLanguage {
  /** The language in effect now: the user's choice, else the system's. */
  lang(): UiLang;
  /** Translate a 'namespace:key' in the current language. */
  t(key: string, options?: TOptions): string;
  /** The editor's choice; null goes back to the system language. Listeners run when the language changes. */
  set(lang: UiLang | null): void;
  onChange(listener: (lang: UiLang) => void): () => void;
}

export function createUiLanguage(systemLocales: () => readonly string[]): UiLanguage {
  const i18n = createI18n('en');
  let chosen: UiLang | null = null;
  const listeners = new Set<(lang: UiLang) => void>();
  // Read lazily: on Windows app.getLocale() is only meaningful after 'ready'.
  const lang = () => chosen ?? pickUiLang(systemLocales());
  return {
    lang,
    t: (key, options) => i18n.t(key, { ...options, lng: lang() }),
    set: (next) => {
      const before = lang();
      chosen = next;
      if (lang() !== before) for (const listener of [...listeners]) listener(lang());
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
