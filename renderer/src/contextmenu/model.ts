/**
 * The editor's context menu as data (pure, unit-tested): which word the pointer is on, and
 * which items to show — spelling suggestions and "Add to Dictionary" for a misspelt word,
 * then Cut / Copy / Paste / Select All. Electron shows no context menu of its own.
 */
import type { SpellCheck } from '../../../electron/shared/contract.ts';

export interface WordRange {
  word: string;
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{M}'’]/u;

/** The word around `offset` in `text` (letters and inner apostrophes), or null. */
export function wordAt(text: string, offset: number): WordRange | null {
  const at = Math.max(0, Math.min(offset, text.length));
  let start = at;
  let end = at;
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
  while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
  // Quotes around a word are not part of it: 'word' → word.
  while (start < end && /['’]/.test(text[start]!)) start++;
  while (end > start && /['’]/.test(text[end - 1]!)) end--;
  return end > start ? { word: text.slice(start, end), start, end } : null;
}

export type MenuAction =
  | { type: 'replace'; text: string }
  | { type: 'add-word'; word: string }
  | { type: 'cut' | 'copy' | 'paste' | 'select-all' };

export type MenuEntry = { kind: 'item'; id: string; label: string; enabled: boolean; action: MenuAction } | { kind: 'separator'; id: string } | { kind: 'note'; id: string; label: string };

export interface MenuInput {
  editable: boolean;
  hasSelection: boolean;
  /** The spell check of the word under the pointer (null: none, or not answered yet). */
  spell: SpellCheck | null;
  t: (key: string, options?: Record<string, string>) => string;
}

export function menuEntries({ editable, hasSelection, spell, t }: MenuInput): MenuEntry[] {
  const entries: MenuEntry[] = [];
  if (editable && spell && !spell.correct) {
    if (spell.suggestions.length === 0) entries.push({ kind: 'note', id: 'no-suggestions', label: t('desktop:contextMenu.noSuggestions') });
    for (const s of spell.suggestions) entries.push({ kind: 'item', id: `suggest:${s}`, label: s, enabled: true, action: { type: 'replace', text: s } });
    entries.push({ kind: 'item', id: 'add-word', label: t('desktop:contextMenu.addToDictionary', { word: spell.word }), enabled: true, action: { type: 'add-word', word: spell.word } });
    entries.push({ kind: 'separator', id: 'sep-spell' });
  }
  if (editable) entries.push({ kind: 'item', id: 'cut', label: t('desktop:contextMenu.cut'), enabled: hasSelection, action: { type: 'cut' } });
  entries.push({ kind: 'item', id: 'copy', label: t('desktop:contextMenu.copy'), enabled: hasSelection, action: { type: 'copy' } });
  if (editable) entries.push({ kind: 'item', id: 'paste', label: t('desktop:contextMenu.paste'), enabled: true, action: { type: 'paste' } });
  entries.push({ kind: 'separator', id: 'sep-select' });
  entries.push({ kind: 'item', id: 'select-all', label: t('desktop:contextMenu.selectAll'), enabled: true, action: { type: 'select-all' } });
  return entries;
}

/** Keep the menu inside the window: flip left/up when it would overflow. */
export function placeMenu(at: { x: number; y: number }, size: { width: number; height: number }, viewport: { width: number; height: number }): { left: number; top: number } {
  const left = at.x + size.width > viewport.width ? Math.max(0, at.x - size.width) : at.x;
  const top = at.y + size.height > viewport.height ? Math.max(0, at.y - size.height) : at.y;
  return { left, top };
}
