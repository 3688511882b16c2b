/**
 * The one command list: the shared ids, labels and keys from electron/shared/commands.ts
 * (main builds its menus from the same list), each given a `run` here, plus the editor's
 * own commands that have no menu. Shortcuts, the palette and menu clicks all call `run`.
 */
// commands.ts is data only (no IPC, no Node); the renderer fence allows it by name.
import { COMMANDS, formatKeys, type CommandId } from '../../../electron/shared/commands.ts';
import { IS_MAC } from './keys.ts';

export interface EditorCommand {
  id: string;
  /** A `commands` catalog key; the palette shows it translated. */
  labelKey: string;
  keys?: string;
  /** Shown in the palette only when this returns true (e.g. needs a selected section). */
  enabled?: () => boolean;
  run: () => void | Promise<void>;
}

export type Runner = () => void | Promise<void>;

/** Editor-only commands: no menu item, but a shortcut and a palette entry. */
export const EDITOR_COMMANDS = [
  { id: 'section.add', labelKey: 'commands:section.add', keys: 'CmdOrCtrl+Shift+Enter' },
  { id: 'section.duplicate', labelKey: 'commands:section.duplicate', keys: 'CmdOrCtrl+Shift+D' },
  { id: 'section.delete', labelKey: 'commands:section.delete' },
  { id: 'section.move-up', labelKey: 'commands:section.move-up', keys: 'CmdOrCtrl+Shift+ArrowUp' },
  { id: 'section.move-down', labelKey: 'commands:section.move-down', keys: 'CmdOrCtrl+Shift+ArrowDown' },
  { id: 'view.section', labelKey: 'commands:view.section', keys: 'CmdOrCtrl+1' },
  { id: 'view.deck', labelKey: 'commands:view.deck', keys: 'CmdOrCtrl+2' },
  { id: 'view.start', labelKey: 'commands:view.start' },
  { id: 'ui.lang-en', labelKey: 'commands:ui.lang-en' },
  { id: 'ui.lang-ko', labelKey: 'commands:ui.lang-ko' },
] as const;

export type EditorCommandId = CommandId | (typeof EDITOR_COMMANDS)[number]['id'];

/** Combine ids/labels/keys with the editor's runners; commands without a runner are main's. */
export function buildCommands(runners: Partial<Record<EditorCommandId, Runner>>, enabled: Partial<Record<EditorCommandId, () => boolean>> = {}): EditorCommand[] {
  const out: EditorCommand[] = [];
  const all: readonly { id: string; labelKey: string; keys?: string; role?: string; main?: boolean }[] = [...COMMANDS, ...EDITOR_COMMANDS];
  for (const c of all) {
    const run = runners[c.id as EditorCommandId];
    if (!run || c.role || c.main) continue;
    out.push({ id: c.id, labelKey: c.labelKey, keys: c.keys, run, enabled: enabled[c.id as EditorCommandId] });
  }
  return out;
}

export function keyLabel(keys: string | undefined): string {
  if (!keys) return '';
  return formatKeys(keys, IS_MAC ? 'darwin' : 'other').replace(/ArrowUp/g, '↑').replace(/ArrowDown/g, '↓');
}
