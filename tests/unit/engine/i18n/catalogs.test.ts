/**
 * The catalogs stay complete and lean: English and Korean hold the same keys (with the plural
 * forms each language needs), every key the code names exists, and every key is used.
 *
 * Code names keys in full, 'namespace:key', as a quoted string (t('editor:toolbar.save'),
 * labelKey: 'commands:file.save', data-i18n="present:elapsed"), so a scan of the sources finds
 * them. Keys built at run time are the documented DYNAMIC families below, each checked against
 * the list of values that builds them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources, NAMESPACES } from '../../../../engine/i18n/catalogs.ts';
import { createI18n, UI_LANGS } from '../../../../engine/i18n/index.ts';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../../electron/shared/contract.ts';
import { TRANSITIONS } from '../../../../engine/model/schema.ts';
import { THEMES } from '../../../../engine/export/themes.ts';
import { MARKING_LEVELS } from '../../../../engine/marking/levels.ts';
import { SECTION_KINDS } from '../../../../engine/model/schema.ts';
import { MENU_ORDER } from '../../../../electron/shared/commands.ts';
import { REFUSALS } from '../../../../renderer/src/outline-mode/model.ts';
import { EXPORT_FORMATS } from '../../../../electron/main/office/format-names.ts';
import { PDF_LAYOUTS as PDF_LAYOUT_IDS } from '../../../../electron/main/services/print-html.ts';
import { CHART_KINDS } from '../../../../engine/model/chart.ts';

const ROOT = join(import.meta.dirname, '../../../..');
const SOURCE_DIRS = ['engine', 'electron', 'renderer'];
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Keys made from a value at run time (`editor:theme.${id}`): the family and the values that fill it. */
const DYNAMIC: Record<string, readonly string[]> = {
  'editor:transition.': TRANSITIONS,
  'editor:theme.': THEMES.map((t) => t.id),
  'checks:severity.': ['error', 'warning', 'info'],
  'common:lang.': UI_LANGS,
  'marking:levels.': MARKING_LEVELS,
  'outlineMode:kind.': SECTION_KINDS,
  'outlineMode:refused.': [...REFUSALS, 'points-limit', 'paste-failed'],
  // The menus' groups by MenuName, then the sheet's own groups (named in shortcuts.ts).
  'export:formats.': EXPORT_FORMATS,
  'export:hints.': EXPORT_FORMATS,
  'export:filters.': ['pptx', 'docx', 'md'],
  'export:pdfLayouts.': PDF_LAYOUT_IDS,
  'desktop:filters.': ['deck', 'html', 'pdf', 'images', 'import'],
  'tables:chart.kinds.': CHART_KINDS,
  'outlineMode:sheet.groups.': [...MENU_ORDER.map((m) => m.menu), 'section', 'points', 'outline'],
};

/**
 * Keys a namespace ships before the code that reads them lands (parallel work): each entry says
 * whose and why; remove it when the code arrives, and the test then holds those keys too.
 */
const PENDING: Record<string, string> = {
  'desktop:openFromOutside.': 'the prompt before a deck from outside replaces unsaved work (issue 10, desktop branch)',
};

type Catalog = Record<string, string>;
/** A namespace's keys as the code writes them: nested objects flattened to dotted keys. */
function flatten(node: unknown, prefix = ''): Catalog {
  if (typeof node === 'string') return { [prefix]: node };
  return Object.assign({}, ...Object.entries(node as Record<string, unknown>).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}
const catalog = (lang: string, ns: string) => flatten((resources as unknown as Record<string, Record<string, unknown>>)[lang]![ns]);
const base = (key: string) => key.replace(PLURAL, '');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' || name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

/** Every quoted 'ns:key' in the sources (IPC channel names, which share the shape, left out). */
function keysInCode(): Map<string, string> {
  const channels = new Set<string>([...INVOKE_CHANNELS, ...EVENT_CHANNELS]);
  const found = new Map<string, string>();
  const quoted = new RegExp(`['"\`](${NAMESPACES.join('|')}):([A-Za-z0-9_.-]+)['"\`]`, 'g');
  for (const file of SOURCE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d)))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(quoted)) {
      const key = `${m[1]}:${m[2]}`;
      if (!channels.has(key)) found.set(key, relative(ROOT, file));
    }
  }
  return found;
}

describe('UI catalogs', () => {
  it('English and Korean hold the same keys, each with the plural forms its language needs', () => {
    for (const ns of NAMESPACES) {
      const en = catalog('en', ns);
      const ko = catalog('ko', ns);
      expect([...new Set(Object.keys(ko).map(base))].sort(), `ko/${ns}.json`).toEqual([...new Set(Object.keys(en).map(base))].sort());
      for (const [lang, cat] of [['en', en], ['ko', ko]] as const) {
        const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const key of Object.keys(cat).filter((k) => PLURAL.test(k)).map(base)) {
          for (const form of forms) expect(cat[`${key}_${form}`], `${lang}/${ns}.json ${key}_${form}`).toBeTypeOf('string');
        }
        for (const [key, value] of Object.entries(cat)) expect(value.trim(), `${lang}/${ns}.json ${key}`).not.toBe('');
      }
    }
  });

  it('every key the code names exists in the catalogs', () => {
    const missing = [...keysInCode()].filter(([full]) => {
      const [ns, key] = full.split(/:(.*)/s) as [string, string];
      const cat = catalog('en', ns);
      return !(key in cat) && !Object.keys(cat).some((k) => base(k) === key && k !== key);
    });
    expect(missing.map(([k, file]) => `${k} (${file})`)).toEqual([]);
  });

  it('every key is used by the code (or belongs to a documented dynamic family)', () => {
    const used = new Set(keysInCode().keys());
    const unused: string[] = [];
    for (const ns of NAMESPACES) {
      for (const key of new Set(Object.keys(catalog('en', ns)).map(base))) {
        const full = `${ns}:${key}`;
        if (Object.keys(PENDING).some((prefix) => full.startsWith(prefix))) continue;
        const family = Object.keys(DYNAMIC).find((prefix) => full.startsWith(prefix));
        if (family ? !DYNAMIC[family]!.includes(full.slice(family.length)) : !used.has(full)) unused.push(full);
      }
    }
    expect(unused).toEqual([]);
  });

  it('each dynamic family has a key for every value that builds it', () => {
    for (const [prefix, values] of Object.entries(DYNAMIC)) {
      const [ns, rest] = prefix.split(/:(.*)/s) as [string, string];
      for (const v of values) expect(catalog('en', ns)[`${rest}${v}`], `${prefix}${v}`).toBeTypeOf('string');
    }
  });

  it('catches a missing key: i18next would show the raw key', () => {
    expect(createI18n('ko').t('editor:no.such.key')).toBe('no.such.key');
    expect(createI18n('ko').t('commands:file.save-as')).toBe('다른 이름으로 저장…');
  });
});
