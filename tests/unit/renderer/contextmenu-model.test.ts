import { describe, expect, it } from 'vitest';
import { menuEntries, placeMenu, wordAt } from '../../../renderer/src/contextmenu/model.ts';

const t = (key: string, o?: Record<string, string>) => (o?.word ? `${key}(${o.word})` : key);
const ids = (e: ReturnType<typeof menuEntries>) => e.map((x) => (x.kind === 'item' ? `${x.id}${x.enabled ? '' : ' (off)'}` : x.kind === 'note' ? `note:${x.id}` : '---'));

describe('wordAt', () => {
  it('finds the word around the caret, at its ends too', () => {
    expect(wordAt('The readyness review', 6)).toEqual({ word: 'readyness', start: 4, end: 13 });
    expect(wordAt('The readyness review', 4)).toEqual({ word: 'readyness', start: 4, end: 13 });
    expect(wordAt('The readyness review', 13)).toEqual({ word: 'readyness', start: 4, end: 13 });
    expect(wordAt("we don't know", 5)?.word).toBe("don't");
    expect(wordAt("'quoted'", 3)).toEqual({ word: 'quoted', start: 1, end: 7 });
  });
  it('Korean words end at spaces and punctuation', () => {
    expect(wordAt('한미 방산협력을 강화, 됬다', 5)?.word).toBe('방산협력을');
    expect(wordAt('한미 방산협력을 강화, 됬다', 15)?.word).toBe('됬다');
  });
  it('no word between spaces or on numbers; offsets past the end are clamped', () => {
    expect(wordAt('a  b', 2)).toBeNull();
    expect(wordAt('2026', 2)).toBeNull();
    expect(wordAt('end', 99)?.word).toBe('end');
  });
});

describe('menuEntries', () => {
  it('a misspelt word: suggestions, Add to Dictionary, then the clipboard', () => {
    const e = menuEntries({ editable: true, hasSelection: false, spell: { word: 'readyness', lang: 'en', correct: false, suggestions: ['readiness', 'realness'] }, t });
    expect(ids(e)).toEqual(['suggest:readiness', 'suggest:realness', 'add-word', '---', 'cut (off)', 'copy (off)', 'paste', '---', 'select-all']);
    expect(e.find((x) => x.id === 'add-word')).toMatchObject({ label: 'desktop:contextMenu.addToDictionary(readyness)', action: { type: 'add-word', word: 'readyness' } });
  });
  it('no suggestions says so; a correct word shows only the clipboard', () => {
    expect(ids(menuEntries({ editable: true, hasSelection: true, spell: { word: 'ㅁㄴㅇ', lang: 'ko', correct: false, suggestions: [] }, t })).slice(0, 2)).toEqual(['note:no-suggestions', 'add-word']);
    expect(ids(menuEntries({ editable: true, hasSelection: true, spell: { word: 'ok', lang: 'en', correct: true, suggestions: [] }, t }))).toEqual(['cut', 'copy', 'paste', '---', 'select-all']);
  });
  it('outside a text field: Copy and Select All only', () => {
    expect(ids(menuEntries({ editable: false, hasSelection: true, spell: null, t }))).toEqual(['copy', '---', 'select-all']);
  });
});

describe('placeMenu', () => {
  it('flips to stay inside the window', () => {
    expect(placeMenu({ x: 10, y: 10 }, { width: 200, height: 100 }, { width: 800, height: 600 })).toEqual({ left: 10, top: 10 });
    expect(placeMenu({ x: 700, y: 550 }, { width: 200, height: 100 }, { width: 800, height: 600 })).toEqual({ left: 500, top: 450 });
  });
});
