/** Ctrl/Cmd+/: every shortcut, grouped and searchable (renderer/src/commands/shortcuts.ts). */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { keyLabel } from '../commands/index.ts';
import { filterShortcuts, shortcutGroups } from '../commands/shortcuts.ts';
import { useEditor } from '../store/index.ts';
import { useTranslation } from 'react-i18next';
import '../outline-mode/outline-mode.css';

/** "Alt+ArrowUp / Alt+ArrowDown" → "Alt+↑ / Alt+↓" (Ctrl or ⌘ as the platform has it). */
function keysText(keys: string): string {
  return keys
    .split(' / ')
    .map((k) => keyLabel(k))
    .join(' / ');
}

export function KeyboardSheet() {
  const { t } = useTranslation();
  const close = () => useEditor.getState().setSheetOpen(false);
  const [query, setQuery] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const titleId = useId();
  const all = useMemo(() => shortcutGroups((k) => t(k)), [t]);
  const groups = useMemo(() => filterShortcuts(all, query, keysText), [all, query]);

  useEffect(() => {
    returnFocus.current = document.activeElement;
    inputRef.current?.focus();
    return () => {
      if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus();
    };
  }, []);

  return (
    <div className="palette-backdrop" onMouseDown={close}>
      <div
        className="palette keysheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="keyboard-sheet"
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            close();
          } else if (e.key === 'Tab') {
            // Modal: Tab cycles between the search box and Close instead of leaving for the page behind.
            const stops = [...e.currentTarget.querySelectorAll<HTMLElement>('button, input')];
            const i = stops.indexOf(document.activeElement as HTMLElement);
            const next = stops[(i + (e.shiftKey ? stops.length - 1 : 1)) % stops.length];
            if (next) {
              e.preventDefault();
              next.focus();
            }
          }
        }}
      >
        <div className="keysheet-head">
          <h2 id={titleId}>{t('outlineMode:sheet.title')}</h2>
          <button type="button" className="btn btn-quiet btn-small" onClick={close}>
            {t('outlineMode:sheet.close')}
          </button>
        </div>
        <input ref={inputRef} className="palette-input" type="search" aria-label={t('outlineMode:sheet.search')} placeholder={`${t('outlineMode:sheet.search')}…`} value={query} onChange={(e) => setQuery(e.target.value)} />
        <div className="keysheet-body">
          {groups.map((g) => (
            <section key={g.id} className="keysheet-group" aria-labelledby={`${titleId}-${g.id}`}>
              <h3 id={`${titleId}-${g.id}`}>{g.title}</h3>
              <dl>
                {g.items.map((s, i) => (
                  <div key={`${s.keys}-${i}`} className="keysheet-row">
                    <dt>
                      <kbd>{keysText(s.keys)}</kbd>
                    </dt>
                    <dd>{s.label}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
          {groups.length === 0 ? <p className="muted">{t('outlineMode:sheet.none', { query })}</p> : null}
        </div>
      </div>
    </div>
  );
}
