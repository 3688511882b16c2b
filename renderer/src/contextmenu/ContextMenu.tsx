/**
 * The editor's right-click menu: spelling suggestions and "Add to Dictionary" for the word
 * under the pointer (main's offline Hunspell, English and Korean), then Cut / Copy / Paste /
 * Select All. Electron draws no context menu of its own, so without this there was none.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { SpellCheck } from '../../../electron/shared/contract.ts';
import { hasShell, shell } from '../shell.ts';
import { useEditor } from '../store/index.ts';
import { t } from '../../i18n.ts';
import { menuEntries, placeMenu, wordAt, type MenuAction, type WordRange } from './model.ts';
import { failureText } from '../failure-text.ts';

type Field = HTMLTextAreaElement | HTMLInputElement;

interface OpenMenu {
  x: number;
  y: number;
  field: Field | null;
  range: WordRange | null;
  hasSelection: boolean;
  spell: SpellCheck | null;
}

const TEXT_INPUTS = new Set(['text', 'search', 'url', 'email', '']);

function textField(target: EventTarget | null): Field | null {
  if (target instanceof HTMLTextAreaElement) return target.readOnly || target.disabled ? null : target;
  if (target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type)) return target.readOnly || target.disabled ? null : target;
  return null;
}

/** The caret offset under the pointer in `field` (Chromium reports form controls), else its caret. */
function offsetAt(field: Field, x: number, y: number): number {
  const pos = (document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null }).caretPositionFromPoint?.(x, y);
  if (pos && pos.offsetNode === field) return pos.offset;
  return field.selectionStart ?? 0;
}

export function ContextMenu() {
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [active, setActive] = useState(0);
  const ref = useRef<HTMLUListElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);

  useEffect(() => {
    const onContextMenu = (e: MouseEvent) => {
      const field = textField(e.target);
      const selected = field ? field.selectionStart !== field.selectionEnd : !!window.getSelection()?.toString();
      if (!field && !selected) return;
      e.preventDefault();
      // A right-click inside a selection keeps it; elsewhere it is on one word.
      const range = field && !selected ? wordAt(field.value, offsetAt(field, e.clientX, e.clientY)) : null;
      const opened: OpenMenu = { x: e.clientX, y: e.clientY, field, range, hasSelection: selected, spell: null };
      setMenu(opened);
      setActive(0);
      setPlace(null);
      if (range && hasShell()) {
        void shell()
          .checkSpelling(range.word)
          .then((spell) => setMenu((m) => (m === opened ? { ...m, spell } : m)))
          .catch(() => undefined);
      }
    };
    window.addEventListener('contextmenu', onContextMenu);
    return () => window.removeEventListener('contextmenu', onContextMenu);
  }, []);

  const entries = menu ? menuEntries({ editable: !!menu.field, hasSelection: menu.hasSelection, spell: menu.spell, t: (key, options) => t(key, options) }) : [];

  useLayoutEffect(() => {
    if (!menu || !ref.current) return;
    const box = ref.current.getBoundingClientRect();
    setPlace(placeMenu(menu, { width: box.width, height: box.height }, { width: window.innerWidth, height: window.innerHeight }));
    ref.current.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [menu]);

  // Escape closes the open menu wherever focus is: focus moves into the menu only once an item
  // is enabled (the spelling answer can come later), and a quick Escape must not be lost.
  useEffect(() => {
    if (!menu) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || ref.current?.contains(document.activeElement)) return;
      e.preventDefault();
      e.stopPropagation();
      setMenu(null);
      menu.field?.focus();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [menu]);

  if (!menu) return null;

  const close = (refocus = true) => {
    setMenu(null);
    if (refocus) menu.field?.focus();
  };

  const run = async (action: MenuAction) => {
    const field = menu.field;
    close(false);
    field?.focus();
    switch (action.type) {
      case 'replace':
        if (field && menu.range) {
          field.setSelectionRange(menu.range.start, menu.range.end);
          // insertText keeps the field's own undo and fires the input event React listens to.
          document.execCommand('insertText', false, action.text);
        }
        return;
      case 'add-word': {
        const r = await shell().addToDictionary(action.word);
        if (!r.ok) useEditor.getState().notify(failureText(r), 'error');
        return;
      }
      case 'cut':
      case 'copy':
        document.execCommand(action.type);
        return;
      case 'paste':
        // Pages may not read the clipboard (execCommand('paste') is off in Electron 42+): main pastes.
        if (hasShell()) await shell().paste();
        return;
      case 'select-all':
        if (field) field.select();
        else document.execCommand('selectAll');
        return;
    }
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const focusable = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
    const i = focusable.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      close();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = (i + (e.key === 'ArrowDown' ? 1 : -1) + focusable.length) % focusable.length;
      focusable[next]?.focus();
      setActive(next);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      focusable[e.key === 'Home' ? 0 : focusable.length - 1]?.focus();
    }
  };

  return (
    <div className="context-backdrop" onMouseDown={() => close()} onContextMenu={(e) => (e.preventDefault(), close())}>
      <ul
        ref={ref}
        role="menu"
        aria-label={t('desktop:contextMenu.label')}
        className="context-menu"
        style={place ? { left: place.left, top: place.top } : { left: menu.x, top: menu.y, visibility: 'hidden' }}
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
        data-active={active}
      >
        {entries.map((entry) =>
          entry.kind === 'separator' ? (
            <li key={entry.id} role="separator" className="context-sep" />
          ) : entry.kind === 'note' ? (
            <li key={entry.id} role="none" className="context-note">
              {entry.label}
            </li>
          ) : (
            <li
              key={entry.id}
              role="menuitem"
              tabIndex={-1}
              aria-disabled={entry.enabled ? undefined : true}
              className={entry.action.type === 'replace' ? 'is-suggestion' : undefined}
              onClick={() => entry.enabled && void run(entry.action)}
              onKeyDown={(e) => {
                if ((e.key === 'Enter' || e.key === ' ') && entry.enabled) {
                  e.preventDefault();
                  void run(entry.action);
                }
              }}
            >
              {entry.label}
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
