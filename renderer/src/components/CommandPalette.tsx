/** Ctrl/Cmd+K: every command by name, filtered as you type, run with Enter. */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keyLabel, type EditorCommand } from '../commands/index.ts';
import { useEditor } from '../store/index.ts';

export function CommandPalette({ commands }: { commands: EditorCommand[] }) {
  const { t } = useTranslation();
  const close = () => useEditor.getState().setPaletteOpen(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const listId = useId();
  const list = useMemo(() => {
    const q = query.trim().toLowerCase();
    return commands.filter((c) => (c.enabled ? c.enabled() : true) && (q === '' || t(c.labelKey).toLowerCase().includes(q) || c.id.includes(q)));
  }, [commands, query, t]);

  useEffect(() => {
    returnFocus.current = document.activeElement;
    inputRef.current?.focus();
    return () => {
      if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus();
    };
  }, []);

  const run = (c: EditorCommand | undefined) => {
    if (!c) return;
    close();
    // After the palette is gone, so focus changes made by the command stick.
    setTimeout(() => void c.run(), 0);
  };

  return (
    <div className="palette-backdrop" onMouseDown={close}>
      <div className="palette" role="dialog" aria-modal="true" aria-label={t('editor:palette.title')} onMouseDown={(e) => e.stopPropagation()}>
        <input
          ref={inputRef}
          className="palette-input"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={list[active] ? `${listId}-${list[active].id}` : undefined}
          aria-label={t('editor:palette.input')}
          placeholder={t('editor:palette.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              close();
            } else if (e.key === 'ArrowDown') {
              e.preventDefault();
              setActive((a) => Math.min(a + 1, list.length - 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              e.preventDefault();
              run(list[active]);
            }
          }}
        />
        <ul className="palette-list" id={listId} role="listbox" aria-label={t('editor:palette.list')}>
          {list.map((c, i) => (
            <li key={c.id} id={`${listId}-${c.id}`} role="option" aria-selected={i === active} className={i === active ? 'is-active' : ''} onMouseEnter={() => setActive(i)} onClick={() => run(c)}>
              <span>{t(c.labelKey)}</span>
              {c.keys ? <kbd>{keyLabel(c.keys)}</kbd> : null}
            </li>
          ))}
          {list.length === 0 ? <li className="muted">{t('editor:palette.none')}</li> : null}
        </ul>
      </div>
    </div>
  );
}
