/**
 * Recovery journal and window state. About a second after typing stops, an unsaved deck is
 * written to the shell's recovery folder; the status bar shows that it happened. The shell
 * also learns the file name and dirty flag for the title bar and the close prompt.
 */
import { hasShell, shell } from './shell.ts';
import type { EditorStore } from './store/index.ts';
import { selectDirty } from './store/selectors.ts';
import { failureText } from './failure-text.ts';

export const RECOVERY_DELAY_MS = 1000;

export function startAutosave(store: EditorStore): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastDoc = { name: '', dirty: false, docId: '' };

  const writeNow = async () => {
    const s = store.getState();
    if (!selectDirty(s)) return;
    const r = await shell().writeRecovery(s.docId, s.deck, s.file.path);
    // A newer edit may have scheduled another write meanwhile; the status reflects the last result.
    store.getState().setRecovery(r.ok ? { state: 'saved', at: r.savedAt } : { state: 'error', message: failureText(r) });
  };

  const unsubscribe = store.subscribe((s, prev) => {
    // docId lets main drop this document's recovery copy when the user chooses "Don't Save".
    const doc = { name: s.file.name, dirty: selectDirty(s), docId: s.docId };
    if (hasShell() && (doc.name !== lastDoc.name || doc.dirty !== lastDoc.dirty || doc.docId !== lastDoc.docId)) {
      lastDoc = doc;
      void shell().setDocState(doc).catch(() => undefined);
    }
    if (s.deck === prev.deck || !hasShell() || !doc.dirty) return;
    if (s.recovery.state !== 'pending') store.getState().setRecovery({ state: 'pending' });
    clearTimeout(timer);
    timer = setTimeout(() => {
      writeNow().catch((e: unknown) => store.getState().setRecovery({ state: 'error', message: e instanceof Error ? failureText(e) : String(e) }));
    }, RECOVERY_DELAY_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
