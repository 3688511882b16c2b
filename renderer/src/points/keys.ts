/**
 * Which tree edit a key press in a point asks for. Pure, so the IME rule is unit-tested:
 * while an input method is composing (Korean, Japanese, Chinese), Enter and Tab belong to
 * the IME — `isComposing`, or keyCode 229 that Chromium and Safari report for the keydown
 * that ends a composition.
 */
export type PointKeyAction =
  | { type: 'split' }
  | { type: 'indent' }
  | { type: 'outdent' }
  | { type: 'move'; dir: -1 | 1 }
  | { type: 'join' }
  | { type: 'wrap'; marker: '**' | '*' }
  | { type: 'focus'; dir: -1 | 1 };

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  isComposing?: boolean;
  keyCode?: number;
}

export interface CaretLike {
  start: number;
  end: number;
  textLength: number;
  /** Caret on the first / last visual line, so ↑/↓ leave the field only at its edge. */
  onFirstLine?: boolean;
  onLastLine?: boolean;
}

export function isComposing(e: KeyLike): boolean {
  return e.isComposing === true || e.keyCode === 229;
}

export function pointKeyAction(e: KeyLike, caret: CaretLike, isMac = false): PointKeyAction | null {
  if (isComposing(e)) return null;
  const mod = isMac ? e.metaKey : e.ctrlKey;
  if (mod && !e.altKey && !e.shiftKey) {
    const k = e.key.toLowerCase();
    if (k === 'b') return { type: 'wrap', marker: '**' };
    if (k === 'i') return { type: 'wrap', marker: '*' };
    return null;
  }
  if (e.ctrlKey || e.metaKey) return null;
  switch (e.key) {
    case 'Enter':
      return e.shiftKey || e.altKey ? null : { type: 'split' };
    case 'Tab':
      return e.altKey ? null : e.shiftKey ? { type: 'outdent' } : { type: 'indent' };
    case 'ArrowUp':
      if (e.altKey) return { type: 'move', dir: -1 };
      return !e.shiftKey && caret.start === caret.end && caret.onFirstLine !== false ? { type: 'focus', dir: -1 } : null;
    case 'ArrowDown':
      if (e.altKey) return { type: 'move', dir: 1 };
      return !e.shiftKey && caret.start === caret.end && caret.onLastLine !== false ? { type: 'focus', dir: 1 } : null;
    case 'Backspace':
      return !e.altKey && !e.shiftKey && caret.start === 0 && caret.end === 0 ? { type: 'join' } : null;
    default:
      return null;
  }
}

/**
 * Ctrl/Cmd+B and +I: wrap the selection in the marker, or unwrap it when it is already
 * wrapped. With no selection, insert an empty pair and put the caret between.
 */
export function toggleWrap(text: string, start: number, end: number, marker: '**' | '*'): { text: string; start: number; end: number } {
  const m = marker.length;
  const sel = text.slice(start, end);
  const before = text.slice(0, start);
  const after = text.slice(end);
  // Italic must not mistake bold's ** for its own *.
  const wrappedOutside = before.endsWith(marker) && after.startsWith(marker) && (marker === '**' || (!before.endsWith('**') && !after.startsWith('**')) || (before.endsWith('***') && after.startsWith('***')));
  if (wrappedOutside) {
    return { text: before.slice(0, -m) + sel + after.slice(m), start: start - m, end: end - m };
  }
  if (sel.length >= 2 * m && sel.startsWith(marker) && sel.endsWith(marker)) {
    const inner = sel.slice(m, -m);
    return { text: before + inner + after, start, end: start + inner.length };
  }
  return { text: before + marker + sel + marker + after, start: start + m, end: end + m };
}
