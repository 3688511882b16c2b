/**
 * Every catalog, imported explicitly (the CLI's esbuild bundle has no import.meta.glob).
 * One JSON file per namespace and language; a feature adds its namespace here.
 * Keys are flat ("toolbar.save"); code always names them in full, 'namespace:key'.
 * tests/unit/engine/i18n checks that en and ko hold the same keys and that code uses them all.
 */
import enCommon from './locales/en/common.json';
import koCommon from './locales/ko/common.json';
import enCommands from './locales/en/commands.json';
import koCommands from './locales/ko/commands.json';
import enEditor from './locales/en/editor.json';
import koEditor from './locales/ko/editor.json';
import enNotices from './locales/en/notices.json';
import koNotices from './locales/ko/notices.json';
import enChecks from './locales/en/checks.json';
import koChecks from './locales/ko/checks.json';
import enPresent from './locales/en/present.json';
import koPresent from './locales/ko/present.json';
import enMain from './locales/en/main.json';
import koMain from './locales/ko/main.json';

export const resources = {
  en: { common: enCommon, commands: enCommands, editor: enEditor, notices: enNotices, checks: enChecks, present: enPresent, main: enMain },
  ko: { common: koCommon, commands: koCommands, editor: koEditor, notices: koNotices, checks: koChecks, present: koPresent, main: koMain },
} as const;

export const NAMESPACES = Object.keys(resources.en) as (keyof typeof resources.en)[];
