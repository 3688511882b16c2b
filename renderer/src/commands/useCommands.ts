/**
 * The editor's runners for the shared command ids, the global shortcut listener and the
 * menu bridge: a key press, a palette pick and a menu click all end in the same `run`.
 */
import { useEffect, useMemo } from 'react';
import { addSection, confirmDiscard, deleteSection, duplicateSection, importDeck, openDeck, present, revertDeck, saveDeck, stepHistory } from '../actions.ts';
import { hasShell, shell } from '../shell.ts';
import { useEditor } from '../store/index.ts';
import { buildCommands, type EditorCommand, type EditorCommandId, type Runner } from './index.ts';
import { matchesAccelerator } from './keys.ts';
import { isComposing } from '../points/keys.ts';
import { openExportDialog } from '../components/ExportDialog.tsx';
import { chooseUiLang } from '../../i18n.ts';

function selected(): string | null {
  return useEditor.getState().selectedSectionId;
}

function inEditor(): boolean {
  return useEditor.getState().screen === 'editor';
}

export function editorRunners(): Partial<Record<EditorCommandId, Runner>> {
  const st = useEditor.getState;
  return {
    'file.new': () => {
      if (confirmDiscard()) st().setScreen('start');
    },
    'file.open': () => openDeck(null),
    'file.open-recent': () => st().setScreen('start'),
    'file.import': () => importDeck(null),
    'file.save': () => saveDeck(false),
    'file.save-as': () => saveDeck(true),
    'file.revert': () => revertDeck(),
    // One dialog for every format (components/ExportDialog.tsx); Export PDF… opens it on PDF.
    'file.export': () => openExportDialog(),
    'file.export-pdf': () => openExportDialog('pdf'),
    'edit.undo': () => stepHistory('undo'),
    'edit.redo': () => stepHistory('redo'),
    'edit.command-palette': () => st().setPaletteOpen(!st().paletteOpen),
    'view.toggle-preview': () => st().togglePreview(),
    'view.checks': () => st().setPanel(st().panel === 'checks' ? 'section' : 'checks'),
    'view.outline-mode': () => st().setPanel(st().panel === 'outline' ? 'section' : 'outline'),
    'present.start': () => present(false),
    'present.from-section': () => present(true),
    'help.shortcuts': () => st().setSheetOpen(!st().sheetOpen),
    'section.add': () => addSection(),
    'section.duplicate': () => {
      const id = selected();
      if (id) duplicateSection(id);
    },
    'section.delete': () => {
      const id = selected();
      if (id) deleteSection(id);
    },
    'section.move-up': () => {
      const id = selected();
      const i = st().deck.sections.findIndex((s) => s.id === id);
      if (id && i > 0) st().moveSection(id, i - 1);
    },
    'section.move-down': () => {
      const id = selected();
      const i = st().deck.sections.findIndex((s) => s.id === id);
      if (id && i >= 0) st().moveSection(id, i + 1);
    },
    'view.section': () => st().setPanel('section'),
    'view.deck': () => st().setPanel('deck'),
    'view.start': () => {
      if (confirmDiscard()) st().setScreen('start');
    },
    'ui.lang-en': () => chooseUiLang('en'),
    'ui.lang-ko': () => chooseUiLang('ko'),
  };
}

const NEEDS_DOCUMENT: readonly string[] = ['file.save', 'file.save-as', 'file.revert', 'file.export', 'file.export-pdf', 'edit.undo', 'edit.redo', 'view.toggle-preview', 'view.checks', 'view.outline-mode', 'present.start', 'present.from-section', 'section.add', 'section.duplicate', 'section.delete', 'section.move-up', 'section.move-down', 'view.section', 'view.deck', 'view.start'];
const NEEDS_SHELL: readonly string[] = ['file.open', 'file.import', 'file.save', 'file.save-as', 'file.revert', 'file.export', 'file.export-pdf', 'present.start', 'present.from-section'];

export function useCommands(): EditorCommand[] {
  const commands = useMemo(() => {
    const enabled: Partial<Record<EditorCommandId, () => boolean>> = {};
    for (const id of new Set([...NEEDS_DOCUMENT, ...NEEDS_SHELL])) {
      enabled[id as EditorCommandId] = () => (!NEEDS_DOCUMENT.includes(id) || inEditor()) && (!NEEDS_SHELL.includes(id) || hasShell());
    }
    return buildCommands(editorRunners(), enabled);
  }, []);

  useEffect(() => {
    const run = (c: EditorCommand) => {
      if (c.enabled && !c.enabled()) return;
      void Promise.resolve(c.run()).catch((e: unknown) => useEditor.getState().notify(e instanceof Error ? e.message : String(e), 'error'));
    };
    // Capture phase: Ctrl+Z must reach the deck's undo before a textarea's own undo does.
    const onKey = (e: KeyboardEvent) => {
      if (isComposing(e) || e.defaultPrevented) return;
      // The palette (and the keyboard sheet) is modal: behind it only its own key (which closes it) acts, so Ctrl+Z
      // in its search box edits the search instead of undoing the deck out of sight.
      const st = useEditor.getState();
      const modal = st.paletteOpen || st.sheetOpen;
      for (const c of commands) {
        if (modal && c.id !== (st.sheetOpen ? 'help.shortcuts' : 'edit.command-palette')) continue;
        if (c.keys && matchesAccelerator(e, c.keys)) {
          e.preventDefault();
          e.stopPropagation();
          run(c);
          return;
        }
      }
    };
    window.addEventListener('keydown', onKey, true);
    const offs: (() => void)[] = [];
    if (hasShell()) {
      offs.push(
        shell().on('menu:command', ({ id }) => {
          const c = commands.find((x) => x.id === id);
          if (c) run(c);
        }),
      );
    }
    return () => {
      window.removeEventListener('keydown', onKey, true);
      for (const off of offs) off();
    };
  }, [commands]);

  return commands;
}
