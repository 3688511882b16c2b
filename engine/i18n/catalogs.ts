/**
 * Every catalog, imported explicitly (the CLI's esbuild bundle has no import.meta.glob).
 * One JSON file per namespace and language; a feature adds its namespace here.
 * tests/unit/engine/i18n checks that en and ko hold the same keys.
 */
import enCommon from './locales/en/common.json';
import koCommon from './locales/ko/common.json';
import enPresenterNav from './locales/en/presenter-nav.json';
import koPresenterNav from './locales/ko/presenter-nav.json';

export const resources = {
  en: { common: enCommon, 'presenter-nav': enPresenterNav },
  ko: { common: koCommon, 'presenter-nav': koPresenterNav },
} as const;

export const NAMESPACES = Object.keys(resources.en) as (keyof typeof resources.en)[];
