import { describe, expect, it } from 'vitest';
import { matchesAccelerator } from '../../../renderer/src/commands/keys.ts';
import { buildCommands, EDITOR_COMMANDS } from '../../../renderer/src/commands/index.ts';
import { COMMANDS } from '../../../electron/shared/commands.ts';

const ev = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}, code?: string) => ({ key, code, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('matchesAccelerator', () => {
  it('maps CmdOrCtrl to Ctrl off macOS and to Cmd on macOS', () => {
    expect(matchesAccelerator(ev('z', { ctrlKey: true }), 'CmdOrCtrl+Z', false)).toBe(true);
    expect(matchesAccelerator(ev('z', { metaKey: true }), 'CmdOrCtrl+Z', false)).toBe(false);
    expect(matchesAccelerator(ev('z', { metaKey: true }), 'CmdOrCtrl+Z', true)).toBe(true);
    expect(matchesAccelerator(ev('z', { ctrlKey: true }), 'CmdOrCtrl+Z', true)).toBe(false);
  });
  it('requires the exact modifiers, so Undo never fires for Redo', () => {
    expect(matchesAccelerator(ev('Z', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Z', false)).toBe(false);
    expect(matchesAccelerator(ev('Z', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+Z', false)).toBe(true);
    expect(matchesAccelerator(ev('F5'), 'F5', false)).toBe(true);
    expect(matchesAccelerator(ev('F5', { shiftKey: true }), 'Shift+F5', false)).toBe(true);
  });
  it('falls back to the physical key when the layout changes the character (Korean layout: Ctrl+ㅋ is Ctrl+Z)', () => {
    expect(matchesAccelerator(ev('ㅋ', { ctrlKey: true }, 'KeyZ'), 'CmdOrCtrl+Z', false)).toBe(true);
    expect(matchesAccelerator(ev('ㅋ', { ctrlKey: true }, 'KeyZ'), 'CmdOrCtrl+S', false)).toBe(false);
    expect(matchesAccelerator(ev('/', { ctrlKey: true }, 'Slash'), 'CmdOrCtrl+/', false)).toBe(true);
    expect(matchesAccelerator(ev('ArrowUp', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+ArrowUp', false)).toBe(true);
  });
});

describe('buildCommands', () => {
  it('gives runners to shared ids, keeps their labels and keys, and leaves role/main items to main', () => {
    const ran: string[] = [];
    const list = buildCommands({ 'edit.undo': () => void ran.push('undo'), 'edit.copy': () => void ran.push('copy'), 'section.add': () => void ran.push('add') });
    expect(list.map((c) => c.id)).toEqual(['edit.undo', 'section.add']);
    const undo = list[0]!;
    expect(undo.labelKey).toBe(COMMANDS.find((c) => c.id === 'edit.undo')!.labelKey);
    expect(undo.keys).toBe('CmdOrCtrl+Z');
    void undo.run();
    expect(ran).toEqual(['undo']);
    const ids = [...COMMANDS.map((c) => c.id), ...EDITOR_COMMANDS.map((c) => c.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });
});
