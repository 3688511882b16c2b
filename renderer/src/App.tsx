import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { t } from '../i18n.ts';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { ChecksPanel } from './components/ChecksPanel.tsx';
import { CommandPalette } from './components/CommandPalette.tsx';
import { ExportDialog } from './components/ExportDialog.tsx';
import { ContextMenu } from './contextmenu/ContextMenu.tsx';
import { DeckPanel } from './components/DeckPanel.tsx';
import { SourcesPanel } from './components/SourcesPanel.tsx';
import { Outline } from './components/Outline.tsx';
import { SectionEditor } from './components/SectionEditor.tsx';
import { StartScreen } from './components/StartScreen.tsx';
import { StatusBar } from './components/StatusBar.tsx';
import { Toolbar } from './components/Toolbar.tsx';
import { KeyboardSheet } from './components/KeyboardSheet.tsx';
import { OutlineMode } from './outline-mode/OutlineMode.tsx';
import { useCommands } from './commands/useCommands.ts';
import { Preview } from './preview/Preview.tsx';
import { hasShell, shell } from './shell.ts';
import { onOutsideOpen } from './outside-open.ts';
import { confirmDiscard, openDroppedDeck, saveDeck } from './actions.ts';
import { useEditor } from './store/index.ts';
import { selectDirty, selectPaletteOpen, selectPanel, selectPreviewVisible, selectScreen, selectSheetOpen } from './store/selectors.ts';
import { failureText } from './failure-text.ts';

function usePushesFromShell(): void {
  useEffect(() => {
    if (!hasShell()) return;
    const offs = [
      onOutsideOpen((r) => {
        const st = useEditor.getState();
        if (!r.ok) return st.notify(failureText(r), 'error');
        // A second launch, Finder/Explorer or argv must not replace unsaved work unasked (as Open does).
        if (!confirmDiscard()) return;
        st.loadDeck(r.deck, { path: r.path, name: r.name, mtimeMs: r.mtimeMs });
      }),
      shell().on('export:progress', ({ fraction, label }) => {
        if (fraction < 1) useEditor.getState().notify(t('notices:progress', { label, fraction }));
      }),
      // The user chose "Save" in main's close prompt: save (Save As for a new deck), then
      // report the state; main closes only if the document is now clean.
      shell().on('app:save-before-close', () => {
        void (async () => {
          if (selectDirty(useEditor.getState())) await saveDeck(false);
          const s = useEditor.getState();
          await shell().setDocState({ name: s.file.name, dirty: selectDirty(s), docId: s.docId });
        })();
      }),
    ];
    // A .briefdeck dropped anywhere on the window opens it (the image drop zone handles its own drops).
    const onDragOver = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file || e.defaultPrevented) return;
      e.preventDefault();
      if (!/\.briefdeck$/i.test(file.name)) {
        useEditor.getState().notify(t('notices:notDeckFile', { name: file.name }), 'error');
        return;
      }
      void openDroppedDeck(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      offs.forEach((off) => off());
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}

export function App() {
  const screen = useEditor(selectScreen);
  const paletteOpen = useEditor(selectPaletteOpen);
  const sheetOpen = useEditor(selectSheetOpen);
  const commands = useCommands();
  usePushesFromShell();
  // After the hooks above have subscribed to the shell's pushes (menu commands, decks, saves):
  // a marker the end-to-end fixture waits for, so no test sends a command into the gap between
  // page load and React's effects (a person cannot click a menu that early).
  useEffect(() => {
    document.documentElement.dataset.bdReady = 'true';
  }, []);
  return (
    <div className="app">
      {screen === 'start' ? <StartScreen /> : <Editor />}
      {paletteOpen ? <CommandPalette commands={commands} /> : null}
      <ExportDialog />
      {sheetOpen ? <KeyboardSheet /> : null}
      <ContextMenu />
    </div>
  );
}

function Editor() {
  const panel = useEditor(selectPanel);
  const previewVisible = useEditor(selectPreviewVisible);
  const { t } = useTranslation();
  // The three panels share one scroller: a new tab starts at its top, not at the scroll
  // position the previous panel was left at (the Deck panel opened half-way down).
  const scroller = useRef<HTMLElement>(null);
  const shownPanel = useRef(panel);
  useEffect(() => {
    // Not at mount: the new scroller is at its top already, and scrollTo forces a layout of
    // the whole editor in the middle of the first render (a 1000-row outline opens slower).
    if (shownPanel.current === panel) return;
    shownPanel.current = panel;
    scroller.current?.scrollTo(0, 0);
  }, [panel]);
  return (
    <div className={`editor ${previewVisible ? '' : 'no-preview'} ${panel === 'outline' ? 'is-outline-mode' : ''}`}>
      <Toolbar />
      {/* Outline mode shows every section itself: the section list would repeat it. */}
      {panel === 'outline' ? null : (
        <ErrorBoundary name="editor:area.outline">
          <Outline />
        </ErrorBoundary>
      )}
      <main className="panel" ref={scroller}>
        <div id="panel" role="tabpanel" aria-labelledby={`tab-${panel}`} data-testid="panel">
          <ErrorBoundary key={panel} name={panel === 'section' ? 'editor:area.section' : panel === 'outline' ? 'editor:area.outlineMode' : panel === 'deck' ? 'editor:area.deck' : panel === 'sources' ? 'editor:area.sources' : 'editor:area.checks'}>
            {panel === 'section' ? <SectionEditor /> : panel === 'outline' ? <OutlineMode /> : panel === 'deck' ? <DeckPanel /> : panel === 'sources' ? <SourcesPanel /> : <ChecksPanel />}
          </ErrorBoundary>
        </div>
      </main>
      {previewVisible ? (
        <aside className="preview-pane" aria-label={t('editor:preview.pane')}>
          <ErrorBoundary name="editor:area.preview">
            <Preview />
          </ErrorBoundary>
        </aside>
      ) : null}
      <StatusBar />
    </div>
  );
}
