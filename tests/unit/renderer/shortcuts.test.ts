import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/shared/commands.ts';
import { createI18n } from '../../../engine/i18n/index.ts';
import { EDITOR_COMMANDS } from '../../../renderer/src/commands/index.ts';
import { filterShortcuts, shortcutGroups } from '../../../renderer/src/commands/shortcuts.ts';

const t = createI18n('en').getFixedT(null, 'outlineMode');

describe('keyboard sheet', () => {
  it('lists every command that has a shortcut, once, in its menu group', () => {
    const groups = shortcutGroups((k) => t(k));
    const listed = groups.filter((g) => g.id !== 'points' && g.id !== 'outline').flatMap((g) => g.items.map((i) => `${i.keys} ${i.label}`));
    const expected = [...COMMANDS, ...EDITOR_COMMANDS].filter((c) => 'keys' in c && c.keys).map((c) => `${(c as { keys: string }).keys} ${t(c.labelKey)}`);
    expect(listed.sort()).toEqual(expected.sort());
    expect(groups.find((g) => g.id === 'view')!.items).toContainEqual({ keys: 'CmdOrCtrl+Shift+O', label: 'Outline Mode' });
  });

  it("lists the outliner's keys and outline mode's own", () => {
    const groups = shortcutGroups((k) => t(k));
    const points = groups.find((g) => g.id === 'points')!.items.map((i) => i.keys);
    expect(points).toEqual(expect.arrayContaining(['Enter', 'Tab', 'Shift+Tab', 'Alt+ArrowUp / Alt+ArrowDown', 'Backspace', 'CmdOrCtrl+B', 'CmdOrCtrl+I']));
    const outline = groups.find((g) => g.id === 'outline')!;
    expect(outline.title).toBe('Outline mode');
    expect(outline.items.map((i) => i.keys)).toEqual(expect.arrayContaining(['Alt+Enter', 'Shift+Tab']));
    expect(outline.items.every((i) => i.label !== '' && !i.label.startsWith('sheet.'))).toBe(true);
  });

  it('searches by every word, across labels, keys and group titles', () => {
    const groups = shortcutGroups((k) => t(k));
    const hits = filterShortcuts(groups, 'outline promote');
    expect(hits.map((g) => g.id)).toEqual(['outline']);
    expect(hits[0]!.items.every((i) => /promote/i.test(i.label))).toBe(true);
    expect(filterShortcuts(groups, 'Ctrl+S', (k) => k.replace(/CmdOrCtrl/g, 'Ctrl')).flatMap((g) => g.items.map((i) => i.label))).toContain('Save');
    expect(filterShortcuts(groups, 'no such thing at all')).toEqual([]);
    expect(filterShortcuts(groups, '  ')).toHaveLength(groups.length);
  });
});
