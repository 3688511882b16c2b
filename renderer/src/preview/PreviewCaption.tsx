/** Under the preview: where it stands, buttons to step through, and the notes of the slide in view. */
import { useTranslation } from 'react-i18next';
import { present } from '../actions.ts';
import { Icon } from '../components/Icon.tsx';
import { hasShell } from '../shell.ts';
import { useEditor } from '../store/index.ts';
import { selectPreviewAt, selectSelectedSection } from '../store/selectors.ts';
import { previewPosition } from './position.ts';

export function PreviewCaption({ step }: { step: (d: -1 | 1) => void }) {
  const at = useEditor(selectPreviewAt);
  const section = useEditor(selectSelectedSection);
  const { t } = useTranslation();
  return (
    <div className="preview-caption">
      <div className="preview-nav">
        <button type="button" className="btn btn-icon btn-small" aria-label={t('editor:preview.prev')} disabled={at.index <= 0} onClick={() => step(-1)}>
          <Icon name="left" size={14} />
        </button>
        <span className="preview-pos" aria-live="polite">
          {previewPosition(at, t)}
        </span>
        <button type="button" className="btn btn-icon btn-small" aria-label={t('editor:preview.next')} disabled={at.index >= at.total - 1} onClick={() => step(1)}>
          <Icon name="right" size={14} />
        </button>
        <span className="toolbar-spacer" />
        <button type="button" className="btn btn-small" disabled={!hasShell() || !section} onClick={() => void present(true)}>
          <Icon name="play" size={12} /> {t('editor:preview.presentHere')}
        </button>
      </div>
      {at.total > 0 ? (
        // The notes of the slide the preview shows (the title slide has none; a continuation
        // slide says where its section's notes are), as the presenter will see them.
        <section className="preview-notes" aria-label={t('editor:preview.notesLabel')} data-testid="preview-notes">
          <h2>{t('editor:section.notes')}</h2>
          {(at.notes ?? '').trim() === '' ? <p className="muted">{at.sectionId ? t('editor:preview.noNotes') : t('editor:preview.noNotesSlide')}</p> : (at.notes ?? '').split(/\n\s*\n/).map((para, i) => <p key={i}>{para}</p>)}
        </section>
      ) : null}
    </div>
  );
}
