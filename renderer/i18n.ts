/**
 * The UI language in the renderer's pages (editor, presenter, audience): the user's choice
 * (localStorage, shared by every window of the app's origin) or else the browser's
 * languages, which Electron takes from the system locale. One i18next instance per page.
 */
import type { i18n } from 'i18next';
import { setI18n } from 'react-i18next';
import { createI18n, pickUiLang, UI_LANGS, type UiLang } from '../engine/i18n/index.ts';

export const UI_LANG_KEY = 'briefdeck.uiLang';

/** The stored choice, or null when the user never chose (or storage is unavailable). */
export function storedUiLang(): UiLang | null {
  try {
    const v = localStorage.getItem(UI_LANG_KEY);
    return (UI_LANGS as readonly string[]).includes(v ?? '') ? (v as UiLang) : null;
  } catch {
    return null;
  }
}

export function initialUiLang(): UiLang {
  return storedUiLang() ?? pickUiLang(typeof navigator === 'undefined' ? [] : navigator.languages);
}

let instance: i18n | null = null;

/** This page's instance, created on first use in the initial language; <html lang> follows it. */
export function uiI18n(): i18n {
  if (!instance) {
    instance = createI18n(initialUiLang());
    // Also react-i18next's default, so a component rendered outside the provider (unit tests) reads the same words.
    setI18n(instance);
    const follow = (lng: string) => {
      if (typeof document !== 'undefined') document.documentElement.lang = lng;
    };
    follow(instance.language);
    instance.on('languageChanged', follow);
  }
  return instance;
}

/** Switch the UI language now and remember it for the next start and the other windows. */
export function chooseUiLang(lang: UiLang): void {
  try {
    localStorage.setItem(UI_LANG_KEY, lang);
  } catch {
    // Storage refused (private mode): the choice still holds for this session.
  }
  void uiI18n().changeLanguage(lang);
}

/** Translate outside React (actions, notices): 'namespace:key' in the current UI language. */
export function t(key: string, options?: Record<string, unknown>): string {
  return uiI18n().t(key, options ?? {});
}
