/**
 * The header's document line: "Deck title · file.briefdeck ● unsaved". The deck title (what
 * the slides say) is a button that turns into a field to rename the deck in place; the file
 * name (where it is saved) stays plain text, so the two are never confused.
 */
import { useState } from 'react';
import { useEditor } from '../store/index.ts';
import { selectDirty, selectFile } from '../store/selectors.ts';
import { useTranslation } from 'react-i18next';

export function DocName() {
  const { t } = useTranslation();
  const file = useEditor(selectFile);
  const dirty = useEditor(selectDirty);
  const title = useEditor((s) => s.deck.meta.title);
  const [editing, setEditing] = useState(false);
  const commit = (value: string) => {
    setEditing(false);
    if (value !== title) useEditor.getState().setMeta({ title: value });
  };
  return (
    <div className="doc-name" data-testid="doc-name">
      {editing ? (
        <input
          className="doc-title-input"
          aria-label={t('outlineMode:header.titleField')}
          defaultValue={title}
          maxLength={500}
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          onBlur={(e) => commit(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) commit(e.currentTarget.value);
            else if (e.key === 'Escape') {
              e.stopPropagation();
              setEditing(false);
            }
          }}
        />
      ) : (
        <button type="button" className="doc-title" title={t('outlineMode:header.rename')} data-testid="doc-title" onClick={() => setEditing(true)}>
          {title || t('outlineMode:header.untitledDeck')}
        </button>
      )}
      <span className="doc-sep muted" aria-hidden="true">
        ·
      </span>
      <span className="doc-file">{file.name}</span>
      {dirty ? (
        <span className="dirty-dot" title={t('outlineMode:header.unsaved')} data-testid="dirty">
          <span aria-hidden="true">●</span> {t('outlineMode:header.unsaved')}
        </span>
      ) : null}
    </div>
  );
}
