/**
 * UI words, for the editor (renderer), main's menus and dialogs, and the presenter pages.
 * The catalogs are data (locales/<lang>/<namespace>.json) so every room can read them;
 * i18next is plain JavaScript (no DOM, no Node), which keeps the engine pure.
 * The slides' language is the deck's (meta.lang), never the UI's: see engine/compile/labels.ts.
 */
import i18next, { type i18n } from 'i18next';
import { NAMESPACES, resources } from './catalogs.ts';

export const UI_LANGS = ['en', 'ko'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** The first supported language among the system's preferences ('ko-KR' → 'ko'); else English. */
export function pickUiLang(preferred: readonly string[]): UiLang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const hit = UI_LANGS.find((l) => l === base);
    if (hit) return hit;
  }
  return 'en';
}

/** A fresh, synchronously initialised i18next instance (one per window / per main process). */
export function createI18n(lng: UiLang): i18n {
  const inst = i18next.createInstance();
  void inst.init({
    lng,
    fallbackLng: 'en',
    supportedLngs: [...UI_LANGS],
    resources,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    // Keys are written in full in code, 'namespace:key', so a scan of the sources finds every
    // key in use (tests/unit/engine/i18n). Catalogs may be flat ("toolbar.save": …) or nested;
    // i18next finds a flat key with dots too (ignoreJSONStructure, on by default).
    initAsync: false,
    // React and our own escaping do the escaping; i18next must not double it.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return inst;
}
