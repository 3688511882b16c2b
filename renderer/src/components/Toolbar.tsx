import { useStore } from 'zustand';
import { Icon } from './Icon.tsx';
import { DocName } from './DocName.tsx';
import { t as tOutline } from '../outline-mode/i18n.ts';
import { keyLabel } from '../commands/index.ts';
import { exportDeck, present, saveDeck, stepHistory } from '../actions.ts';
import { hasShell } from '../shell.ts';
import { useEditor } from '../store/index.ts';
import { selectFile, selectPanel } from '../store/selectors.ts';
import type { PanelId } from '../store/types.ts';

const TABS: { id: PanelId; label: string }[] = [
  { id: 'section', label: 'Section' },
  { id: 'outline', label: tOutline('heading') },
  { id: 'deck', label: 'Deck' },
  { id: 'sources', label: 'Sources' },
  { id: 'checks', label: 'Checks' },
];

export function Toolbar() {
  const file = useEditor(selectFile);
  const panel = useEditor(selectPanel);
  const canUndo = useStore(useEditor.temporal, (t) => t.pastStates.length > 0);
  const canRedo = useStore(useEditor.temporal, (t) => t.futureStates.length > 0);
  const st = useEditor.getState;
  const shellOk = hasShell();
  return (
    <header className="toolbar">
      <button type="button" className="btn btn-icon brand-btn" aria-label="Start screen" title="Start screen" onClick={() => st().setScreen('start')}>
        <Icon name="deck" />
      </button>
      <h1 className="sr-only">Briefdeck: {file.name}</h1>
      <DocName />
      <div className="toolbar-group" role="group" aria-label="History">
        <button type="button" className="btn btn-icon" onClick={() => stepHistory('undo')} disabled={!canUndo} aria-label="Undo" title={`Undo (${keyLabel('CmdOrCtrl+Z')})`}>
          <Icon name="undo" />
        </button>
        <button type="button" className="btn btn-icon" onClick={() => stepHistory('redo')} disabled={!canRedo} aria-label="Redo" title={`Redo (${keyLabel('CmdOrCtrl+Shift+Z')})`}>
          <Icon name="redo" />
        </button>
      </div>
      <div className="tabs" role="tablist" aria-label="Panels">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={panel === t.id}
            aria-controls="panel"
            // The tab pattern: one tab stop, ←/→ (and Home/End) move between the panels.
            tabIndex={panel === t.id ? 0 : -1}
            className={`tab ${panel === t.id ? 'is-active' : ''}`}
            onClick={() => st().setPanel(t.id)}
            onKeyDown={(e) => {
              const i = TABS.findIndex((x) => x.id === t.id);
              const to = e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i + TABS.length - 1) % TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
              if (to < 0) return;
              e.preventDefault();
              st().setPanel(TABS[to]!.id);
              document.getElementById(`tab-${TABS[to]!.id}`)?.focus();
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="toolbar-spacer" />
      <button type="button" className="btn btn-quiet" onClick={() => st().setPaletteOpen(true)} title={`Command palette (${keyLabel('CmdOrCtrl+K')})`}>
        Commands <kbd>{keyLabel('CmdOrCtrl+K')}</kbd>
      </button>
      <button type="button" className="btn" onClick={() => void saveDeck(false)} disabled={!shellOk} title={`Save (${keyLabel('CmdOrCtrl+S')})`}>
        Save
      </button>
      <button type="button" className="btn" onClick={() => void exportDeck('html')} disabled={!shellOk} title={`Export HTML (${keyLabel('CmdOrCtrl+E')})`}>
        Export
      </button>
      <button type="button" className="btn btn-primary" onClick={() => void present(false)} disabled={!shellOk} title="Present (F5)">
        <Icon name="play" size={14} /> Present
      </button>
    </header>
  );
}
