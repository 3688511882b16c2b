/**
 * Matching key presses against Electron accelerator strings ("CmdOrCtrl+Shift+Z"), so the
 * shortcuts in the editor and the menus in main come from the same `keys` text.
 */
export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

interface KeyEventLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function matchesAccelerator(e: KeyEventLike, accel: string, isMac = IS_MAC): boolean {
  const parts = accel.split('+');
  // "CmdOrCtrl+=" splits fine; "CmdOrCtrl++" would not, and we do not use it.
  const key = parts.pop() ?? '';
  const want = { mod: false, shift: false, alt: false, ctrl: false };
  for (const p of parts) {
    if (p === 'CmdOrCtrl' || p === 'CommandOrControl') want.mod = true;
    else if (p === 'Shift') want.shift = true;
    else if (p === 'Alt' || p === 'Option') want.alt = true;
    else if (p === 'Ctrl' || p === 'Control') want.ctrl = true;
  }
  const mod = isMac ? e.metaKey : e.ctrlKey;
  const extraCtrl = isMac ? e.ctrlKey !== want.ctrl : false;
  if (mod !== want.mod || e.shiftKey !== want.shift || e.altKey !== want.alt || extraCtrl) return false;
  if (!isMac && e.metaKey) return false;
  if (e.key.toUpperCase() === key.toUpperCase()) return true;
  // With Shift held, e.key is the shifted character ("?" for "/"): fall back to the physical key.
  if (e.code && key.length === 1) {
    const code = /^[A-Z]$/i.test(key) ? `Key${key.toUpperCase()}` : /^\d$/.test(key) ? `Digit${key}` : key === '/' ? 'Slash' : key === '=' ? 'Equal' : key === '-' ? 'Minus' : '';
    return code !== '' && e.code === code;
  }
  return false;
}
