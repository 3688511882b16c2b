/**
 * Every catalog, imported explicitly (the CLI's esbuild bundle has no import.meta.glob).
 * One JSON file per namespace and language; a feature adds its namespace here.
 * tests/unit/engine/i18n checks that en and ko hold the same keys.
 */
import enCommon from './locales/en/common.json';
import koCommon from './locales/ko/common.json';
import enMarking from './locales/en/marking.json';
import koMarking from './locales/ko/marking.json';
import enSources from './locales/en/sources.json';
import koSources from './locales/ko/sources.json';

export const resources = {
  en: { common: enCommon, marking: enMarking, sources: enSources },
  ko: { common: koCommon, marking: koMarking, sources: koSources },
} as const;

export const NAMESPACES = Object.keys(resources.en) as (keyof typeof resources.en)[];
