import { useEditor } from '../store/index.ts';
import { selectDirty, selectOverflow, selectPreviewAt, selectRecovery } from '../store/selectors.ts';
import { NoticeLine } from './NoticeLine.tsx';
import { hasShell } from '../shell.ts';

function clock(ms: number): string {
  return new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

export function StatusBar() {
  const recovery = useEditor(selectRecovery);
  const dirty = useEditor(selectDirty);
  const saved = useEditor((s) => s.file.path !== null);
  const sections = useEditor((s) => s.deck.sections.length);
  const overflow = useEditor(selectOverflow).length;
  // The same count the preview and the export show: sections the layout continued (Checks names the slides).
  const continued = useEditor(selectPreviewAt).continued ?? 0;

  let save: string;
  if (!hasShell()) save = 'Not connected to the desktop app: saving is off.';
  // A new deck nobody has saved yet is clean, but "All changes saved" would be untrue.
  else if (!dirty) save = saved ? 'All changes saved.' : 'New briefing · not saved to a file yet.';
  else if (recovery.state === 'pending') save = 'Unsaved · recovery copy pending…';
  else if (recovery.state === 'saved') save = `Unsaved · recovery copy at ${clock(recovery.at)}`;
  else if (recovery.state === 'error') save = `Unsaved · recovery copy failed: ${recovery.message}`;
  else save = 'Unsaved changes';

  return (
    <footer className="statusbar">
      <span className={`status-save ${recovery.state === 'error' ? 'is-error' : ''}`} data-testid="recovery-status" role="status">
        {save}
      </span>
      <NoticeLine />
      <span className="muted">
        {sections} section{sections === 1 ? '' : 's'}
        {continued > 0 ? ` · ${continued} section${continued === 1 ? ' continues' : 's continue'} on more slides` : ''}
        {overflow > 0 ? ` · ${overflow} overflowing slide${overflow === 1 ? '' : 's'}` : ''}
      </span>
    </footer>
  );
}
