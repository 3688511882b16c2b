/**
 * Every shortcut the editor knows, grouped for the keyboard sheet (Ctrl/Cmd+/): the menu
 * commands and the editor's own (from the one command list, so a new command shows up by
 * itself), then the keys of the points editor and of outline mode, which act inside a
 * field and so are not commands. Pure: the grouping and the search are unit-tested.
 */
import { COMMANDS, MENU_ORDER, type MenuName } from '../../../electron/shared/commands.ts';
import { EDITOR_COMMANDS } from './index.ts';

export interface Shortcut {
  /** Accelerator syntax ("CmdOrCtrl+Shift+O"), or several joined by " / ". */
  keys: string;
  label: string;
}

export interface ShortcutGroup {
  id: MenuName | 'section' | 'points' | 'outline';
  title: string;
  items: Shortcut[];
}

type Translate = (key: string) => string;

/** The outliner's keys, shared by the points editor and outline mode. */
function outlinerKeys(t: Translate): Shortcut[] {
  return [
    { keys: 'Enter', label: t('outlineMode:sheet.keys.split') },
    { keys: 'Tab', label: t('outlineMode:sheet.keys.indent') },
    { keys: 'Shift+Tab', label: t('outlineMode:sheet.keys.outdent') },
    { keys: 'Alt+ArrowUp / Alt+ArrowDown', label: t('outlineMode:sheet.keys.move') },
    { keys: 'Backspace', label: t('outlineMode:sheet.keys.join') },
    { keys: 'CmdOrCtrl+B', label: t('outlineMode:sheet.keys.bold') },
    { keys: 'CmdOrCtrl+I', label: t('outlineMode:sheet.keys.italic') },
    { keys: 'ArrowUp / ArrowDown', label: t('outlineMode:sheet.keys.prevNext') },
    { keys: 'Escape', label: t('outlineMode:sheet.keys.leave') },
  ];
}

export function shortcutGroups(t: Translate): ShortcutGroup[] {
  const groups: ShortcutGroup[] = MENU_ORDER.map(({ menu }) => ({
    id: menu,
    title: t(`outlineMode:sheet.groups.${menu}`),
    items: COMMANDS.filter((c): c is (typeof COMMANDS)[number] & { keys: string } => c.menu === menu && 'keys' in c && typeof c.keys === 'string').map((c) => ({ keys: c.keys, label: t(c.labelKey) })),
  }));
  groups.push({ id: 'section', title: t('outlineMode:sheet.groups.section'), items: EDITOR_COMMANDS.filter((c) => 'keys' in c).map((c) => ({ keys: (c as { keys: string }).keys, label: t(c.labelKey) })) });
  groups.push({ id: 'points', title: t('outlineMode:sheet.groups.points'), items: outlinerKeys(t) });
  groups.push({
    id: 'outline',
    title: t('outlineMode:sheet.groups.outline'),
    items: [
      ...outlinerKeys(t),
      { keys: 'Tab', label: t('outlineMode:sheet.keys.demoteSection') },
      { keys: 'Shift+Tab', label: t('outlineMode:sheet.keys.promotePoint') },
      { keys: 'Alt+Enter', label: t('outlineMode:sheet.keys.notes') },
      { keys: 'CmdOrCtrl+V', label: t('outlineMode:sheet.keys.paste') },
    ],
  });
  return groups.filter((g) => g.items.length > 0);
}

/**
 * Search by words: every word must appear in the label, the keys or the group's title
 * ("outline tab", "ctrl s"). Groups with no match are left out.
 */
export function filterShortcuts(groups: readonly ShortcutGroup[], query: string, keyText: (keys: string) => string = (k) => k): ShortcutGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...groups];
  const out: ShortcutGroup[] = [];
  for (const g of groups) {
    const items = g.items.filter((s) => {
      const hay = `${s.label} ${s.keys} ${keyText(s.keys)} ${g.title}`.toLowerCase();
      return words.every((w) => hay.includes(w));
    });
    if (items.length) out.push({ ...g, items });
  }
  return out;
}
