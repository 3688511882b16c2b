/**
 * The one command list. Main builds the File / Edit / View / Present / Help menus from it;
 * the editor adds a `run` to each id for its shortcuts and command palette. Data only, so
 * the sandboxed renderer can import it too.
 *
 * `keys` uses Electron accelerator syntax; `CmdOrCtrl` becomes Cmd on macOS, Ctrl elsewhere.
 * `role` marks items Electron implements natively (clipboard, zoom…): main uses the role,
 * the renderer needs no `run` for them.
 */
export type MenuName = 'file' | 'edit' | 'view' | 'present' | 'help';

export interface CommandInfo {
  id: string;
  /** A key in the `commands` catalog (engine/i18n): menus and the palette show it in the UI language. */
  labelKey: string;
  menu: MenuName;
  keys?: string;
  role?: 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen' | 'toggleDevTools';
  /** Handled in main (no round trip to the editor). */
  main?: boolean;
  /** Draw a separator above this item. */
  separatorBefore?: boolean;
}

export const COMMANDS = [
  { id: 'file.new', labelKey: 'commands:file.new', menu: 'file', keys: 'CmdOrCtrl+N' },
  { id: 'file.open', labelKey: 'commands:file.open', menu: 'file', keys: 'CmdOrCtrl+O' },
  // Ctrl/Cmd+Shift+O is outline mode's (PowerPoint's outline key); recent files are on the start screen.
  { id: 'file.open-recent', labelKey: 'commands:file.open-recent', menu: 'file' },
  { id: 'file.import', labelKey: 'commands:file.import', menu: 'file' },
  { id: 'file.save', labelKey: 'commands:file.save', menu: 'file', keys: 'CmdOrCtrl+S', separatorBefore: true },
  { id: 'file.save-as', labelKey: 'commands:file.save-as', menu: 'file', keys: 'CmdOrCtrl+Shift+S' },
  { id: 'file.revert', labelKey: 'commands:file.revert', menu: 'file' },
  { id: 'file.export', labelKey: 'commands:file.export', menu: 'file', keys: 'CmdOrCtrl+E', separatorBefore: true },
  { id: 'file.export-pdf', labelKey: 'commands:file.export-pdf', menu: 'file', keys: 'CmdOrCtrl+Shift+E' },
  { id: 'file.close', labelKey: 'commands:file.close', menu: 'file', keys: 'CmdOrCtrl+W', main: true, separatorBefore: true },
  { id: 'edit.undo', labelKey: 'commands:edit.undo', menu: 'edit', keys: 'CmdOrCtrl+Z' },
  { id: 'edit.redo', labelKey: 'commands:edit.redo', menu: 'edit', keys: 'CmdOrCtrl+Shift+Z' },
  { id: 'edit.cut', labelKey: 'commands:edit.cut', menu: 'edit', keys: 'CmdOrCtrl+X', role: 'cut', separatorBefore: true },
  { id: 'edit.copy', labelKey: 'commands:edit.copy', menu: 'edit', keys: 'CmdOrCtrl+C', role: 'copy' },
  { id: 'edit.paste', labelKey: 'commands:edit.paste', menu: 'edit', keys: 'CmdOrCtrl+V', role: 'paste' },
  { id: 'edit.select-all', labelKey: 'commands:edit.select-all', menu: 'edit', keys: 'CmdOrCtrl+A', role: 'selectAll' },
  { id: 'edit.command-palette', labelKey: 'commands:edit.command-palette', menu: 'edit', keys: 'CmdOrCtrl+K', separatorBefore: true },
  { id: 'view.toggle-preview', labelKey: 'commands:view.toggle-preview', menu: 'view', keys: 'CmdOrCtrl+Shift+P' },
  { id: 'view.checks', labelKey: 'commands:view.checks', menu: 'view', keys: 'CmdOrCtrl+Shift+K' },
  { id: 'view.outline-mode', labelKey: 'commands:view.outline-mode', menu: 'view', keys: 'CmdOrCtrl+Shift+O' },
  { id: 'view.zoom-reset', labelKey: 'commands:view.zoom-reset', menu: 'view', keys: 'CmdOrCtrl+0', role: 'resetZoom', separatorBefore: true },
  { id: 'view.zoom-in', labelKey: 'commands:view.zoom-in', menu: 'view', keys: 'CmdOrCtrl+=', role: 'zoomIn' },
  { id: 'view.zoom-out', labelKey: 'commands:view.zoom-out', menu: 'view', keys: 'CmdOrCtrl+-', role: 'zoomOut' },
  { id: 'view.fullscreen', labelKey: 'commands:view.fullscreen', menu: 'view', keys: 'F11', role: 'togglefullscreen' },
  { id: 'present.start', labelKey: 'commands:present.start', menu: 'present', keys: 'F5' },
  { id: 'present.from-section', labelKey: 'commands:present.from-section', menu: 'present', keys: 'Shift+F5' },
  { id: 'present.toggle-presenter', labelKey: 'commands:present.toggle-presenter', menu: 'present', main: true },
  { id: 'present.stop', labelKey: 'commands:present.stop', menu: 'present', main: true },
  { id: 'help.about', labelKey: 'commands:help.about', menu: 'help', main: true },
  { id: 'help.shortcuts', labelKey: 'commands:help.shortcuts', menu: 'help', keys: 'CmdOrCtrl+/' },
] as const satisfies readonly CommandInfo[];

export type CommandId = (typeof COMMANDS)[number]['id'];

export const MENU_ORDER: readonly { menu: MenuName; labelKey: string }[] = [
  { menu: 'file', labelKey: 'commands:menu.file' },
  { menu: 'edit', labelKey: 'commands:menu.edit' },
  { menu: 'view', labelKey: 'commands:menu.view' },
  { menu: 'present', labelKey: 'commands:menu.present' },
  { menu: 'help', labelKey: 'commands:menu.help' },
];

/** "CmdOrCtrl+Shift+S" → "⌘⇧S" on macOS, "Ctrl+Shift+S" elsewhere: for labels in the editor. */
export function formatKeys(keys: string, platform: 'darwin' | 'other'): string {
  if (platform === 'darwin') {
    return keys
      .replace(/CmdOrCtrl\+/g, '⌘')
      .replace(/Shift\+/g, '⇧')
      .replace(/Alt\+/g, '⌥');
  }
  return keys.replace(/CmdOrCtrl/g, 'Ctrl');
}
