import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon.tsx';
import { DocName } from './DocName.tsx';
import { keyLabel } from '../commands/index.ts';
import { present, saveDeck, stepHistory } from '../actions.ts';
import { openExportDialog } from './ExportDialog.tsx';
import { hasShell } from '../shell.ts';
import { useEditor } from '../store/index.ts';
import { selectFile, selectPanel } from '../store/selectors.ts';
import type { PanelId } from '../store/types.ts';
import { UNTITLED } from '../store/fileSlice.ts';

const TABS: { id: PanelId; labelKey: string }[] = [
  { id: 'section', labelKey: 'editor:tab.section' },
  { id: 'outline', labelKey: 'outlineMode:heading' },
  { id: 'deck', labelKey: 'editor:tab.deck' },
  { id: 'sources', labelKey: 'sources:tab' },
  { id: 'checks', labelKey: 'editor:tab.checks' },
];

export function Toolbar() {
  const { t } = useTranslation();
  const file = useEditor(selectFile);
  const panel = useEditor(selectPanel);
  const canUndo = useStore(useEditor.temporal, (t) => t.pastStates.length > 0);
  const canRedo = useStore(useEditor.temporal, (t) => t.futureStates.length > 0);
  const st = useEditor.getState;
  const shellOk = hasShell();
  // A deck never saved is "Untitled" in the store (and main's title bar); here, in the UI language.
  const fileName = file.path === null && file.name === UNTITLED ? t('editor:toolbar.untitled') : file.name;
  return (
    <header className="toolbar">
      <button type="button" className="btn btn-icon brand-btn" aria-label={t('editor:toolbar.start')} title={t('editor:toolbar.start')} onClick={() => st().setScreen('start')}>
        <Icon name="deck" />
      </button>
      <h1 className="sr-only">{t('editor:toolbar.heading', { name: fileName })}</h1>
      <DocName />
      <div className="toolbar-group" role="group" aria-label={t('editor:toolbar.history')}>
        <button type="button" className="btn btn-icon" onClick={() => stepHistory('undo')} disabled={!canUndo} aria-label={t('commands:edit.undo')} title={t('editor:toolbar.withKey', { label: t('commands:edit.undo'), keys: keyLabel('CmdOrCtrl+Z') })}>
          <Icon name="undo" />
        </button>
        <button type="button" className="btn btn-icon" onClick={() => stepHistory('redo')} disabled={!canRedo} aria-label={t('commands:edit.redo')} title={t('editor:toolbar.withKey', { label: t('commands:edit.redo'), keys: keyLabel('CmdOrCtrl+Shift+Z') })}>
          <Icon name="redo" />
        </button>
      </div>
      <div className="tabs" role="tablist" aria-label={t('editor:toolbar.panels')}>
        {TABS.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={panel === tab.id}
            aria-controls="panel"
            // The tab pattern: one tab stop, ←/→ (and Home/End) move between the panels.
            tabIndex={panel === tab.id ? 0 : -1}
            className={`tab ${panel === tab.id ? 'is-active' : ''}`}
            onClick={() => st().setPanel(tab.id)}
            onKeyDown={(e) => {
              const i = TABS.findIndex((x) => x.id === tab.id);
              const to = e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i + TABS.length - 1) % TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
              if (to < 0) return;
              e.preventDefault();
              st().setPanel(TABS[to]!.id);
              document.getElementById(`tab-${TABS[to]!.id}`)?.focus();
            }}
          >
            {t(tab.labelKey)}
          </button>
        ))}
      </div>
      <div className="toolbar-spacer" />
      <button type="button" className="btn btn-quiet" onClick={() => st().setPaletteOpen(true)} title={t('editor:toolbar.withKey', { label: t('editor:palette.title'), keys: keyLabel('CmdOrCtrl+K') })}>
        {t('editor:toolbar.commands')} <kbd>{keyLabel('CmdOrCtrl+K')}</kbd>
      </button>
      <button type="button" className="btn" onClick={() => void saveDeck(false)} disabled={!shellOk} title={t('editor:toolbar.withKey', { label: t('commands:file.save'), keys: keyLabel('CmdOrCtrl+S') })}>
        {t('editor:toolbar.save')}
      </button>
      <button type="button" className="btn" onClick={() => openExportDialog()} disabled={!shellOk} title={t('editor:toolbar.withKey', { label: t('commands:file.export'), keys: keyLabel('CmdOrCtrl+E') })}>
        {t('editor:toolbar.export')}
      </button>
      <button type="button" className="btn btn-primary" onClick={() => void present(false)} disabled={!shellOk} title={t('editor:toolbar.withKey', { label: t('editor:toolbar.present'), keys: 'F5' })}>
        <Icon name="play" size={14} /> {t('editor:toolbar.present')}
      </button>
    </header>
  );
}
