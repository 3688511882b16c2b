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
  label: string;
  menu: MenuName;
  keys?: string;
  role?: 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen' | 'toggleDevTools';
  /** Handled in main (no round trip to the editor). */
  main?: boolean;
  /** Draw a separator above this item. */
  separatorBefore?: boolean;
}

export const COMMANDS = [
  { id: 'file.new', label: 'New from Template…', menu: 'file', keys: 'CmdOrCtrl+N' },
  { id: 'file.open', label: 'Open…', menu: 'file', keys: 'CmdOrCtrl+O' },
  // Ctrl/Cmd+Shift+O is outline mode's (PowerPoint's outline key); recent files are on the start screen.
  { id: 'file.open-recent', label: 'Open Recent…', menu: 'file' },
  { id: 'file.import', label: 'Import Outline or PowerPoint…', menu: 'file' },
  { id: 'file.save', label: 'Save', menu: 'file', keys: 'CmdOrCtrl+S', separatorBefore: true },
  { id: 'file.save-as', label: 'Save As…', menu: 'file', keys: 'CmdOrCtrl+Shift+S' },
  { id: 'file.revert', label: 'Revert to Saved', menu: 'file' },
  { id: 'file.export-html', label: 'Export HTML…', menu: 'file', keys: 'CmdOrCtrl+E', separatorBefore: true },
  { id: 'file.export-pdf', label: 'Export PDF…', menu: 'file', keys: 'CmdOrCtrl+Shift+E' },
  { id: 'file.close', label: 'Close Window', menu: 'file', keys: 'CmdOrCtrl+W', main: true, separatorBefore: true },
  { id: 'edit.undo', label: 'Undo', menu: 'edit', keys: 'CmdOrCtrl+Z' },
  { id: 'edit.redo', label: 'Redo', menu: 'edit', keys: 'CmdOrCtrl+Shift+Z' },
  { id: 'edit.cut', label: 'Cut', menu: 'edit', keys: 'CmdOrCtrl+X', role: 'cut', separatorBefore: true },
  { id: 'edit.copy', label: 'Copy', menu: 'edit', keys: 'CmdOrCtrl+C', role: 'copy' },
  { id: 'edit.paste', label: 'Paste', menu: 'edit', keys: 'CmdOrCtrl+V', role: 'paste' },
  { id: 'edit.select-all', label: 'Select All', menu: 'edit', keys: 'CmdOrCtrl+A', role: 'selectAll' },
  { id: 'edit.command-palette', label: 'Command Palette…', menu: 'edit', keys: 'CmdOrCtrl+K', separatorBefore: true },
  { id: 'view.toggle-preview', label: 'Toggle Preview', menu: 'view', keys: 'CmdOrCtrl+Shift+P' },
  { id: 'view.checks', label: 'Pre-brief Checks', menu: 'view', keys: 'CmdOrCtrl+Shift+K' },
  { id: 'view.outline-mode', label: 'Outline Mode', menu: 'view', keys: 'CmdOrCtrl+Shift+O' },
  { id: 'view.zoom-reset', label: 'Actual Size', menu: 'view', keys: 'CmdOrCtrl+0', role: 'resetZoom', separatorBefore: true },
  { id: 'view.zoom-in', label: 'Zoom In', menu: 'view', keys: 'CmdOrCtrl+=', role: 'zoomIn' },
  { id: 'view.zoom-out', label: 'Zoom Out', menu: 'view', keys: 'CmdOrCtrl+-', role: 'zoomOut' },
  { id: 'view.fullscreen', label: 'Toggle Full Screen', menu: 'view', keys: 'F11', role: 'togglefullscreen' },
  { id: 'present.start', label: 'Present from Start', menu: 'present', keys: 'F5' },
  { id: 'present.from-section', label: 'Present from Current Section', menu: 'present', keys: 'Shift+F5' },
  { id: 'present.toggle-presenter', label: 'Toggle Presenter View', menu: 'present', main: true },
  { id: 'present.stop', label: 'End Presentation', menu: 'present', main: true },
  { id: 'help.about', label: 'About Briefdeck', menu: 'help', main: true },
  { id: 'help.shortcuts', label: 'Keyboard Shortcuts', menu: 'help', keys: 'CmdOrCtrl+/' },
] as const satisfies readonly CommandInfo[];

export type CommandId = (typeof COMMANDS)[number]['id'];

export const MENU_ORDER: readonly { menu: MenuName; label: string }[] = [
  { menu: 'file', label: 'File' },
  { menu: 'edit', label: 'Edit' },
  { menu: 'view', label: 'View' },
  { menu: 'present', label: 'Present' },
  { menu: 'help', label: 'Help' },
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
