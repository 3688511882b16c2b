import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/index.ts';
import { selectDirty, selectOverflow, selectPreviewAt, selectRecovery } from '../store/selectors.ts';
import { NoticeLine } from './NoticeLine.tsx';
import { hasShell } from '../shell.ts';

function clock(ms: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(ms);
}

export function StatusBar() {
  const { t, i18n } = useTranslation();
  const recovery = useEditor(selectRecovery);
  const dirty = useEditor(selectDirty);
  const saved = useEditor((s) => s.file.path !== null);
  const sections = useEditor((s) => s.deck.sections.length);
  const overflow = useEditor(selectOverflow).length;
  // The same count the preview and the export show: sections the layout continued (Checks names the slides).
  const continued = useEditor(selectPreviewAt).continued ?? 0;

  let save: string;
  if (!hasShell()) save = t('editor:status.noShell');
  // A new deck nobody has saved yet is clean, but "All changes saved" would be untrue.
  else if (!dirty) save = saved ? t('editor:status.saved') : t('editor:status.new');
  else if (recovery.state === 'pending') save = t('editor:status.recoveryPending');
  else if (recovery.state === 'saved') save = t('editor:status.recoveryAt', { time: clock(recovery.at, i18n.language) });
  else if (recovery.state === 'error') save = t('editor:status.recoveryFailed', { message: recovery.message });
  else save = t('editor:status.unsaved');

  return (
    <footer className="statusbar">
      <span className={`status-save ${recovery.state === 'error' ? 'is-error' : ''}`} data-testid="recovery-status" role="status">
        {save}
      </span>
      <NoticeLine />
      <span className="muted">
        {t('editor:status.sections', { count: sections })}
        {continued > 0 ? ` · ${t('editor:status.continued', { count: continued })}` : ''}
        {overflow > 0 ? ` · ${t('editor:status.overflowing', { count: overflow })}` : ''}
      </span>
    </footer>
  );
}
