import { describe, expect, it } from 'vitest';
import { createBridge } from '../../../electron/shared/bridge.ts';
import { COMMANDS, formatKeys, MENU_ORDER } from '../../../electron/shared/commands.ts';
import { INVOKE_CHANNELS } from '../../../electron/shared/contract.ts';
import { buildMenuTemplate } from '../../../electron/main/menu-template.ts';

describe('createBridge', () => {
  it('maps verbs onto contract channels and exposes no generic invoke', async () => {
    const calls: unknown[][] = [];
    const api = createBridge(
      (async (channel: string, ...args: unknown[]) => {
        calls.push([channel, ...args]);
        return null;
      }) as never,
      () => () => undefined,
    );
    await api.openDeck();
    await api.openDeck('/x.briefdeck');
    await api.saveDeck({ deck: {} as never, path: null, expectedMtimeMs: null });
    await api.setDocState({ name: 'n', dirty: true });
    await api.presentControl({ type: 'next' });
    expect(calls).toEqual([
      ['deck:open', { path: null }],
      ['deck:open', { path: '/x.briefdeck' }],
      ['deck:save', { deck: {}, path: null, expectedMtimeMs: null }],
      ['doc:state', { name: 'n', dirty: true }],
      ['present:control', { type: 'next' }],
    ]);
    expect(Object.keys(api)).not.toContain('invoke');
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('every invoke channel is reachable through some verb', async () => {
    const seen = new Set<string>();
    const api = createBridge((async (channel: string) => void seen.add(channel)) as never, () => () => undefined);
    for (const [name, fn] of Object.entries(api)) {
      if (name === 'on' || name === 'openDroppedFile') continue;
      await (fn as (...a: unknown[]) => Promise<unknown>)('/x', {}, null);
    }
    expect([...seen].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('subscribes only to contract events', () => {
    const subscribed: string[] = [];
    const api = createBridge((async () => null) as never, ((channel: string) => (subscribed.push(channel), () => undefined)) as never);
    api.on('menu:command', () => undefined);
    expect(() => api.on('evil:channel' as never, () => undefined)).toThrow(/unknown event channel/);
    expect(subscribed).toEqual(['menu:command']);
  });
});

describe('command list and menus', () => {
  it('ids are unique and every key combination is used once', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    const keys = COMMANDS.flatMap((c) => ('keys' in c && c.keys ? [c.keys] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('builds File/Edit/View/Present/Help from the list, with an app menu on macOS', () => {
    const other = buildMenuTemplate('linux', () => undefined);
    expect(other.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Present', 'Help']);
    expect(MENU_ORDER.map((m) => m.menu)).toEqual(['file', 'edit', 'view', 'present', 'help']);
    const mac = buildMenuTemplate('darwin', () => undefined);
    expect(mac.map((m) => m.label)).toEqual(['Briefdeck', 'File', 'Edit', 'View', 'Present', 'Help']);
    const items = other.flatMap((m) => m.submenu).filter((i) => i.id);
    expect(items.length).toBe(COMMANDS.length);
    const save = items.find((i) => i.id === 'file.save')!;
    expect(save).toMatchObject({ label: 'Save', accelerator: 'CmdOrCtrl+S' });
  });

  it('follows each platform: About once, in the macOS app menu; Exit on Windows, Quit on Linux', () => {
    const ids = (t: ReturnType<typeof buildMenuTemplate>) => t.flatMap((m) => m.submenu.map((i) => i.id)).filter((id) => id === 'help.about');
    const mac = buildMenuTemplate('darwin', () => undefined);
    expect(ids(mac)).toEqual(['help.about']);
    expect(mac[0]!.submenu[0]).toMatchObject({ id: 'help.about', label: 'About Briefdeck' });
    expect(mac.find((m) => m.label === 'Help')!.submenu.map((i) => i.id)).toEqual(['help.shortcuts']);
    expect(mac.find((m) => m.label === 'File')!.submenu.some((i) => i.role === 'quit')).toBe(false);
    const win = buildMenuTemplate('win32', () => undefined);
    expect(ids(win)).toEqual(['help.about']);
    expect(win[0]!.submenu.at(-1)).toEqual({ role: 'quit', label: 'Exit' });
    expect(buildMenuTemplate('linux', () => undefined)[0]!.submenu.at(-1)).toEqual({ role: 'quit', label: 'Quit', accelerator: 'CmdOrCtrl+Q' });
  });

  it('menu clicks send the command id (roles stay native)', () => {
    const chosen: string[] = [];
    const template = buildMenuTemplate('win32', (id) => chosen.push(id));
    const items = template.flatMap((m) => m.submenu);
    items.find((i) => i.id === 'file.export-pdf')!.click!();
    expect(chosen).toEqual(['file.export-pdf']);
    expect(items.find((i) => i.id === 'edit.copy')).toMatchObject({ role: 'copy' });
    expect(items.find((i) => i.id === 'edit.copy')!.click).toBeUndefined();
  });

  it('formats keys per platform', () => {
    expect(formatKeys('CmdOrCtrl+Shift+S', 'darwin')).toBe('⌘⇧S');
    expect(formatKeys('CmdOrCtrl+Shift+S', 'other')).toBe('Ctrl+Shift+S');
  });
});
