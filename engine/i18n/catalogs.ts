/**
 * Every catalog, imported explicitly (the CLI's esbuild bundle has no import.meta.glob).
 * One JSON file per namespace and language; a feature adds its namespace here.
 * tests/unit/engine/i18n checks that en and ko hold the same keys.
 */
import enCommon from './locales/en/common.json';
import koCommon from './locales/ko/common.json';
import enTables from './locales/en/tables.json';
import koTables from './locales/ko/tables.json';

export const resources = {
  en: { common: enCommon, tables: enTables },
  ko: { common: koCommon, tables: koTables },
} as const;

export const NAMESPACES = Object.keys(resources.en) as (keyof typeof resources.en)[];
