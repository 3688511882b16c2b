/** Main's UI language: system locale, the editor's override, and menus rebuilt on a change. */
import { describe, expect, it } from 'vitest';
import { createUiLanguage } from '../../../electron/main/services/ui-language.ts';
import { createAppMenu } from '../../../electron/main/services/app-menu.ts';
import { buildMenuTemplate } from '../../../electron/main/menu-template.ts';
import { VALIDATORS } from '../../../electron/main/ipc/validate.ts';
import { recordingPlatform } from './_helpers/platform.ts';

const tops = (menus: { label: string }[]) => menus.map((m) => m.label);

describe('UI language in main', () => {
  it('follows the system locale until the editor chooses, and back on null', () => {
    let system = ['ko-KR'];
    const lang = createUiLanguage(() => system);
    expect(lang.lang()).toBe('ko');
    expect(lang.t('commands:file.save')).toBe('저장');
    system = ['fr-FR'];
    expect(lang.lang()).toBe('en');
    lang.set('ko');
    expect(lang.t('desktop:close.dontSave')).toBe('저장 안 함');
    lang.set(null);
    expect(lang.t('desktop:close.dontSave')).toBe('Don’t Save');
  });

  it('tells listeners only when the language in effect changes', () => {
    const lang = createUiLanguage(() => ['en-US']);
    const seen: string[] = [];
    lang.onChange((l) => seen.push(l));
    lang.set('en');
    lang.set('ko');
    lang.set('ko');
    lang.set(null);
    expect(seen).toEqual(['ko', 'en']);
  });

  it('rebuilds the menu in the new language; the editor gets the commands main does not own', () => {
    const platform = recordingPlatform('/tmp/unused');
    const lang = createUiLanguage(() => ['en-US']);
    const menu = createAppMenu(platform, lang);
    expect(platform.menus).toEqual([]); // nothing until main installs it at ready
    menu.install((id) => id === 'help.about');
    expect(tops(platform.menus.at(-1)!)).toEqual(['File', 'Edit', 'View', 'Present', 'Help']);
    lang.set('ko');
    expect(platform.menus).toHaveLength(2);
    const ko = platform.menus.at(-1)!;
    expect(tops(ko)).toEqual(['파일', '편집', '보기', '발표', '도움말']);
    expect(ko[0]!.submenu.map((i) => i.label)).toContain('다른 이름으로 저장…');
    expect(ko[0]!.submenu.at(-1)).toMatchObject({ role: 'quit', label: '종료' });
    ko[0]!.submenu.find((i) => i.id === 'file.save')!.click!();
    ko.at(-1)!.submenu.find((i) => i.id === 'help.about')!.click!();
    expect(platform.sent).toEqual([{ role: 'editor', channel: 'menu:command', payload: { id: 'file.save' } }]);
  });

  it('the macOS app menu and the accelerators stay the same in Korean', () => {
    const lang = createUiLanguage(() => ['ko']);
    const mac = buildMenuTemplate('darwin', () => undefined, lang.t);
    expect(mac[0]!.label).toBe('Briefdeck');
    expect(mac[0]!.submenu[0]).toMatchObject({ id: 'help.about', label: 'Briefdeck 정보' });
    expect(mac[1]!.submenu.find((i) => i.id === 'file.save')).toMatchObject({ label: '저장', accelerator: 'CmdOrCtrl+S' });
  });

  it('ui:set-lang accepts en, ko or null and refuses anything else', () => {
    expect(VALIDATORS['ui:set-lang'](['ko'])).toEqual(['ko']);
    expect(VALIDATORS['ui:set-lang']([null])).toEqual([null]);
    expect(() => VALIDATORS['ui:set-lang'](['fr'])).toThrow(/lang: expected one of en, ko or null/);
    expect(() => VALIDATORS['ui:set-lang'](['ko', 'en'])).toThrow();
  });
});
