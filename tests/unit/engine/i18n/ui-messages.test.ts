/**
 * Messages that main and the engine send as keys (issue 11): main's failures, DeckError reasons,
 * the importer's refusals and warnings, the outline parser's warnings and errors. Each key
 * renders in both languages with its values filled in, and the Korean says it in Korean: no
 * "{{" left, no raw key, and no Latin words but product, format and file-format names.
 */
import { describe, expect, it } from 'vitest';
import { resources } from '../../../../engine/i18n/catalogs.ts';
import { createI18n } from '../../../../engine/i18n/index.ts';
import { isUiMessage, renderUiMessage, type UiMessage, type UiParam } from '../../../../engine/i18n/ui-message.ts';
import { DECK_ERROR_REASONS, DeckError } from '../../../../engine/format/errors.ts';
import { OutlineError, parseOutlineDetailed } from '../../../../engine/outline/index.ts';
import { IO_REASONS, toFailure } from '../../../../electron/main/services/failures.ts';

const ko = createI18n('ko');
const en = createI18n('en');
const render = (lang: 'ko' | 'en', m: UiMessage) => renderUiMessage(m, (key, options) => (lang === 'ko' ? ko : en).t(key, options));

/** Latin allowed in the Korean: product and format names, file extensions, notations the outline format itself uses. */
const LATIN_OK = new Set(['Briefdeck', 'briefdeck', 'PowerPoint', 'Word', 'Excel', 'Office', 'SmartArt', 'PDF', 'PNG', 'JPEG', 'GIF', 'WebP', 'JSON', 'XML', 'UTF', 'zip', 'MB', 'ID', 'https', 'mailto', 'md', 'txt', 'pptx', 'yyyy', 'mm', 'dd', 'en', 'ko']);

function strayLatin(text: string): string[] {
  // Quoted text is the user's own or a literal the format reads ("Untitled section", "##").
  const unquoted = text.replace(/"[^"]*"|“[^”]*”/g, '');
  return [...new Set(unquoted.match(/[A-Za-z]{2,}/g) ?? [])].filter((w) => !LATIN_OK.has(w));
}

function expectKorean(m: UiMessage): string {
  const text = render('ko', m);
  expect(text, m.key).not.toContain('{{');
  expect(text, m.key).toMatch(/[가-힣]/);
  // Values are the user's text or the literals the format reads (theme and chart names): not the catalog's words.
  const values = Object.values(m.params ?? {}).filter((v): v is string => typeof v === 'string').sort((a, b) => b.length - a.length);
  expect(strayLatin(values.reduce((t, v) => t.replaceAll(v, ''), text)), `${m.key}: ${text}`).toEqual([]);
  const english = render('en', m);
  expect(english, m.key).not.toContain('{{');
  expect(english, m.key).not.toBe(m.key.split(':')[1]);
  return text;
}

type Tree = { [k: string]: string | Tree };
function keysOf(ns: string): string[] {
  const walk = (node: Tree, prefix: string): string[] => Object.entries(node).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : walk(v, `${prefix}${k}.`)));
  const keys = walk((resources.en as unknown as Record<string, Tree>)[ns]!, '');
  return [...new Set(keys.map((k) => k.replace(/_(one|other)$/, '')))].map((k) => `${ns}:${k}`);
}

/** Sample values for a key's placeholders: nested messages for the parts, numbers for counts, Hangul for names. */
function sample(key: string): UiMessage {
  const [ns, rest] = key.split(/:(.*)/s) as [string, string];
  const enText = JSON.stringify((resources.en as unknown as Record<string, Tree>)[ns]);
  const names = new Set<string>();
  for (const suffix of ['', '_one', '_other']) {
    const value = rest.split('.').reduce<unknown>((node, part, i, all) => (node as Tree | undefined)?.[i === all.length - 1 ? part + suffix : part], (resources.en as unknown as Record<string, Tree>)[ns]);
    if (typeof value === 'string') for (const m of value.matchAll(/\{\{\s*(\w+)/g)) names.add(m[1]!);
  }
  expect(enText.length).toBeGreaterThan(0);
  const params: Record<string, UiParam> = {};
  for (const name of names) {
    if (['action', 'reason', 'list', 'first', 'rest'].includes(name)) params[name] = { key: 'failures:io.ENOSPC' };
    else if (['count', 'max', 'n', 'line', 'header'].includes(name)) params[name] = 3;
    else params[name] = '보고서';
  }
  return { key, params };
}

describe('messages sent as keys', () => {
  for (const ns of ['failures', 'importing', 'outlineText']) {
    it(`every ${ns} key renders in Korean and English with its values`, () => {
      const keys = keysOf(ns);
      expect(keys.length).toBeGreaterThan(10);
      for (const key of keys) expectKorean(sample(key));
    });
  }

  it('every DeckError code and file-system code has a reason in both catalogs', () => {
    const codes = Object.keys(DECK_ERROR_REASONS) as (keyof typeof DECK_ERROR_REASONS)[];
    expect(codes).toHaveLength(19);
    for (const code of codes) {
      const error = new DeckError(code, 'English detail', null, '/d/x.briefdeck');
      expect(error.ui).toEqual({ key: DECK_ERROR_REASONS[code] });
      const failure = toFailure(error, 'Could not open x.briefdeck', { key: 'failures:action.open', params: { name: 'x.briefdeck' } });
      expect(failure.message).toContain('English detail');
      expect(expectKorean(failure.ui!)).toMatch(/^“x\.briefdeck” 파일을 열 수 없습니다\. .+\.$/);
    }
    for (const code of Object.keys(IO_REASONS)) {
      const failure = toFailure(Object.assign(new Error(`${code}: raw`), { code }), 'Could not save a.briefdeck', { key: 'failures:action.save', params: { name: 'a.briefdeck' } });
      expect(failure.code).toBe('io');
      expectKorean(failure.ui!);
    }
  });

  it('a DeckError at a path and an outline error at a line say where, in Korean', () => {
    const atPath = new DeckError('invalid', 'expected text', 'sections[2].title');
    expect(render('ko', atPath.ui)).toBe('덱이 손상되었거나 올바르지 않습니다(위치: sections[2].title)');
    const outline = new OutlineError(12, 'a deck holds at most 200 sections', { key: 'outlineText:error.tooManySections', params: { max: 200 } });
    expect(outline.message).toBe('line 12: a deck holds at most 200 sections');
    expect(render('ko', outline.ui)).toBe('12번째 줄: 덱에는 섹션을 최대 200개까지 넣을 수 있습니다');
    // inFile keeps the reason.
    expect(outline.inFile('a.md').reason).toEqual(outline.reason);
  });

  it('an unforeseen error keeps its own words, inside a Korean sentence', () => {
    const f = toFailure(new Error('EIO'), 'Could not export a.pdf', { key: 'failures:action.export', params: { name: 'a.pdf' } });
    expect(render('ko', f.ui!)).toBe('“a.pdf” 파일로 내보낼 수 없습니다. 예기치 못한 오류가 발생했습니다(EIO).');
  });

  it('refuses malformed messages from across IPC', () => {
    expect(isUiMessage({ key: 'failures:io.ENOSPC' })).toBe(true);
    expect(isUiMessage({ key: 'failures:withReason', params: { action: { key: 'failures:action.open', params: { name: 'a' } }, reason: { key: 'failures:deck.empty' } } })).toBe(true);
    expect(isUiMessage({ key: 'no namespace' })).toBe(false);
    expect(isUiMessage({ key: 'failures:x', params: { a: [1] } })).toBe(false);
    expect(isUiMessage({ key: 'failures:x', params: { a: { key: 7 } } })).toBe(false);
    expect(isUiMessage(null)).toBe(false);
  });
});

/** An outline that makes each warning the parser can give. */
const WARNINGS: Record<string, string> = {
  noTable: '## A\nTable: Trade\n- a\n',
  secondTitle: '# T\n## A\n- a\n# B\n- b\n',
  untitledSection: '## A\n- a\n##\n- b\n',
  secondRecommendation: '## Decision: D\nOptions:\n- Buy: now\n- Wait: later\nRecommendation: Buy\nRecommendation: Wait\n',
  badTheme: 'Theme: purple\n## A\n- a\n',
  badAspect: 'Aspect: 5:4\n## A\n- a\n',
  badDateIgnored: 'Date: someday\n## A\n- a\n',
  badLang: 'Language: english!\n## A\n- a\n',
  unknownLabel: 'To: all staff\n## A\n- a\n',
  tooDeep: '## A\n- a\n  - b\n    - c\n      - d\n',
  sourceTwice: '## A\n- a [1]\nSources:\n[1] X, Y, 2024\n[1] Z, W, 2023\n',
  noSources: '## A\n- a [1]\n',
  unknownCite: '## A\n- a [2]\nSources:\n- X, Y, 2024\n',
  figureCite: '## A\n- a\nFigures:\n- Exports: 5 bn [3]\nSources:\n- X, Y, 2024\n',
  badDate: '## A\n- a\nFigures:\n- Exports: 5 bn (as of someday)\n',
  figureNoValue: '## A\n- a\nFigures:\n- Exports\n',
  recommendationNoOption: '## Decision: D\nOptions:\n- Buy: now\n- Wait: later\nRecommendation: Sell\n',
  openComment: '## A <!-- x\n- a\n',
  noHeadings: '- a\n- b\n',
  badChartKind: '## A\nChart: pie\n| a | b |\n| --- | --- |\n| x | 1 |\n',
};

describe('outline warnings', () => {
  it('each warning the parser gives carries a key, in both catalogs, that renders with its values', () => {
    const seen = new Set<string>();
    for (const [name, text] of Object.entries(WARNINGS)) {
      const { warnings } = parseOutlineDetailed(text);
      const keys = warnings.map((w) => w.ui.key);
      expect(keys, name).toContain(`outlineText:warn.${name}`);
      for (const w of warnings) {
        seen.add(w.ui.key);
        // The English line for the CLI is unchanged; the UI's Korean says the same.
        expect(w.message).toMatch(/[a-z]/);
        expectKorean(w.ui);
      }
    }
    // Every warning key in the catalog is one the parser really gives (none left unexercised).
    expect([...seen].sort()).toEqual(keysOf('outlineText').filter((k) => k.startsWith('outlineText:warn.')).sort());
  });

  it('renders the unknown-label warning with the label and the line', () => {
    const [w] = parseOutlineDetailed('To: all staff\n## A\n- a\n').warnings;
    expect(render('ko', w!.ui)).toBe('첫 섹션 앞의 "To:"은(는) 알 수 없는 표지여서 이 줄을 무시했습니다: To: all staff');
    expect(render('en', w!.ui)).toBe(w!.message);
  });

  it('outline errors carry keys too (a paste that breaks a limit)', () => {
    expect(() => parseOutlineDetailed('## A\n| a | b |\n| x | y |\n')).toThrow(OutlineError);
    try {
      parseOutlineDetailed('## A\n| a | b |\n| x | y |\n');
    } catch (e) {
      expect(render('ko', (e as OutlineError).ui)).toBe('3번째 줄: 파이프 표에는 머리글 아래에 구분선(| --- | --- |)이 있어야 합니다');
    }
  });
});
