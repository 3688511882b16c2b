/**
 * What the commands do: file, export and present actions that cross the bridge. Every
 * failure becomes one line in the status bar; nothing typed is lost to an error, because
 * the deck in the store is never replaced by a failed call.
 */
import { getTemplate } from '../../engine/templates/index.ts';
import { LIMITS } from '../../engine/model/defaults.ts';
import type { Point, Section } from '../../engine/model/schema.ts';
import { isBlankDeck, looksLikeOutline, mergePastedSources, parseOutlineDetailed, sectionsFromLines } from '../../engine/outline/index.ts';
import type { Failure } from '../../electron/shared/contract.ts';
import { keyLabel } from './commands/index.ts';
import { shell } from './shell.ts';
import { t } from '../i18n.ts';
import { failureText, uiText } from './failure-text.ts';
import { blankSection } from './store/deckSlice.ts';
import { redo, undo, useEditor, type EditorStore } from './store/index.ts';
import { selectDirty } from './store/selectors.ts';

function fail(store: EditorStore, f: Failure | Error): void {
  if ('ok' in f && f.code === 'canceled') return;
  store.getState().notify(failureText(f), 'error');
}

async function attempt(store: EditorStore, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    fail(store, e instanceof Error ? e : new Error(String(e)));
  }
}

/**
 * After a delete or duplicate the row that had focus loses its buttons (or is gone), and
 * focus would fall to the page: put it on the now-selected outline row (or on Add when none
 * is left), so a keyboard user carries on where they were.
 */
export function focusSelectedRow(store: EditorStore = useEditor): void {
  requestAnimationFrame(() => {
    const id = store.getState().selectedSectionId;
    const row = id ? document.querySelector<HTMLElement>(`.outline-row[data-section-id="${CSS.escape(id)}"] .outline-item`) : null;
    (row ?? document.querySelector<HTMLElement>('.outline .pane-head button'))?.focus();
  });
}

/** Delete a section from the outline button, the menu, the palette or a shortcut alike: say how to get it back. */
export function deleteSection(id: string, store: EditorStore = useEditor): void {
  const s = store.getState();
  const section = s.deck.sections.find((x) => x.id === id);
  if (!section) return;
  s.deleteSection(id);
  s.notify(t('notices:deleted', { title: section.title.trim() || t('editor:outline.untitled'), keys: keyLabel('CmdOrCtrl+Z') }));
  focusSelectedRow(store);
}

/** A new section after the selected one, from the outline's Add, the menu or a shortcut: ready to type its title. */
export function addSection(store: EditorStore = useEditor): void {
  const s = store.getState();
  s.addSection(s.selectedSectionId);
  s.setPanel('section');
  s.requestFocus('title');
}

/**
 * Undo or redo from a key, the menu or a button. When the change takes away the focused
 * field (undoing the Enter that made the point you are in), focus goes to the point before
 * it, or else to the selected outline row, never to the page body where typing is lost.
 */
export function stepHistory(dir: 'undo' | 'redo', store: EditorStore = useEditor): void {
  const points = () => [...document.querySelectorAll<HTMLTextAreaElement>('.points-list textarea')];
  const index = document.activeElement instanceof HTMLTextAreaElement ? points().indexOf(document.activeElement) : -1;
  (dir === 'undo' ? undo : redo)(store);
  requestAnimationFrame(() => {
    if (document.activeElement && document.activeElement !== document.body) return;
    const now = points();
    const near = index >= 0 ? now[Math.min(Math.max(index - 1, 0), now.length - 1)] : undefined;
    if (!near) return focusSelectedRow(store);
    near.focus();
    near.setSelectionRange(near.value.length, near.value.length);
  });
}

export function duplicateSection(id: string, store: EditorStore = useEditor): void {
  store.getState().duplicateSection(id);
  focusSelectedRow(store);
}

/** Leaving a document with unsaved edits asks first (they stay in recovery either way). */
export function confirmDiscard(store: EditorStore = useEditor): boolean {
  if (!selectDirty(store.getState()) || store.getState().screen === 'start') return true;
  return window.confirm(t('notices:confirmDiscard', { name: store.getState().file.name }));
}

export function newFromTemplate(id: string, store: EditorStore = useEditor): void {
  if (!confirmDiscard(store)) return;
  try {
    const deck = getTemplate(id);
    // A deck with no section would open on an empty editor: start the blank one with one.
    store.getState().loadDeck(deck.sections.length > 0 ? deck : { ...deck, sections: [blankSection()] });
  } catch (e) {
    fail(store, e instanceof Error ? e : new Error(String(e)));
  }
}

/** Open what `read` brings (a dialog's pick, a path, a dropped file), after asking about unsaved changes. */
function openFrom(store: EditorStore, read: () => ReturnType<ReturnType<typeof shell>['openDeck']>): Promise<void> {
  return attempt(store, async () => {
    if (!confirmDiscard(store)) return;
    const r = await read();
    if (!r.ok) return fail(store, r);
    store.getState().loadDeck(r.deck, { path: r.path, name: r.name, mtimeMs: r.mtimeMs });
    store.getState().notify(t('notices:opened', { name: r.name }));
  });
}

export function openDeck(path: string | null = null, store: EditorStore = useEditor): Promise<void> {
  return openFrom(store, () => shell().openDeck(path));
}

/**
 * File → Import: an outline or a PowerPoint file becomes a new, unsaved deck (Save asks where),
 * after asking about unsaved changes. What the importer bent or left behind is one notice.
 */
export function importDeck(path: string | null = null, store: EditorStore = useEditor): Promise<void> {
  return attempt(store, async () => {
    if (!confirmDiscard(store)) return;
    const r = await shell().importDeck(path);
    if (!r.ok) return fail(store, r);
    store.getState().loadDeck(r.deck, { dirty: true });
    const warned = r.warnings.length;
    // The importer (shared with the CLI) words its warnings in English and sends them as catalog messages too.
    const said = r.warnings.map((w, i) => uiText(r.warningsUi?.[i], w));
    store.getState().notify(warned === 0 ? t('notices:imported', { name: r.name }) : warned === 1 ? t('notices:importedWarning', { name: r.name, warning: said[0] }) : t('notices:importedWarnings', { name: r.name, count: warned, list: `${said.slice(0, 3).join('; ')}${warned > 3 ? '…' : ''}` }));
  });
}

/**
 * A whole outline pasted into the editor (`##` headings or section labels) becomes sections
 * after `afterId`, or replaces a blank deck's empty section; with `linesAsSections` (a paste
 * into the sections list) plain lines become one section each. One undo step. Returns false
 * when the text is not for sections (the caller pastes it as points).
 */
export function pasteOutline(text: string, afterId: string | null, linesAsSections: boolean, store: EditorStore = useEditor): boolean {
  const s = store.getState();
  const whole = looksLikeOutline(text);
  if (!whole && !linesAsSections) return false;
  try {
    let sections: Section[];
    let warnings: string[] = [];
    let sources = s.deck.sources;
    if (whole) {
      const parsed = parseOutlineDetailed(text);
      ({ sources, sections } = mergePastedSources(s.deck.sources, parsed.deck.sources, parsed.deck.sections));
      // The parser's own words stay English (shared with the CLI); the line number is the UI's.
      warnings = parsed.warnings.map((w) => t('notices:pasteWarningLine', { line: w.line, message: uiText(w.ui, w.message) }));
    } else sections = sectionsFromLines(text);
    if (sections.length === 0) return true;
    const replace = isBlankDeck(s.deck);
    const kept = replace ? 0 : s.deck.sections.length;
    if (kept + sections.length > LIMITS.sections) {
      s.notify(t('notices:pasteTooManySections', { max: LIMITS.sections, count: sections.length }), 'error');
      return true;
    }
    const count = (ps: Point[]): number => ps.reduce((n, p) => n + 1 + count(p.children), 0);
    const points = (list: Section[]) => list.reduce((n, x) => n + count(x.points), 0);
    if ((replace ? 0 : points(s.deck.sections)) + points(sections) > LIMITS.points) {
      s.notify(t('notices:pasteTooManyPoints', { max: LIMITS.points }), 'error');
      return true;
    }
    if (sources.length > LIMITS.sources) {
      s.notify(t('notices:pasteTooManySources', { max: LIMITS.sources }), 'error');
      return true;
    }
    s.insertSections(sections, afterId, replace, sources);
    const said = t('notices:pastedSections', { count: sections.length });
    s.notify(warnings.length === 0 ? said : warnings.length === 1 ? t('notices:pastedWarning', { said, warning: warnings[0] }) : t('notices:pastedWarnings', { said, count: warnings.length, list: `${warnings.slice(0, 2).join('; ')}…` }));
  } catch (e) {
    s.notify(t('notices:pasteFailed', { message: e instanceof Error ? failureText(e) : String(e) }), 'error');
  }
  return true;
}

export function openDroppedDeck(file: File, store: EditorStore = useEditor): Promise<void> {
  return openFrom(store, () => shell().openDroppedFile(file));
}

export function saveDeck(saveAs = false, store: EditorStore = useEditor): Promise<void> {
  return attempt(store, async () => {
    const s = store.getState();
    const deck = s.deck;
    let r = await shell().saveDeck({ deck, path: saveAs ? null : s.file.path, expectedMtimeMs: s.file.mtimeMs });
    if (!r.ok && r.code === 'conflict' && window.confirm(t('notices:confirmOverwrite', { message: failureText(r) }))) {
      r = await shell().saveDeck({ deck, path: s.file.path, expectedMtimeMs: s.file.mtimeMs, overwrite: true });
    }
    if (!r.ok) return fail(store, r);
    store.getState().markSaved(deck, { path: r.path, name: r.name, mtimeMs: r.mtimeMs });
    store.getState().notify(t('notices:saved', { name: r.name }));
    await shell().clearRecovery(s.docId);
    store.getState().setRecovery({ state: 'idle' });
  });
}

export function revertDeck(store: EditorStore = useEditor): Promise<void> {
  return attempt(store, async () => {
    const path = store.getState().file.path;
    if (path === null) return store.getState().notify(t('notices:neverSaved'), 'error');
    if (!window.confirm(t('notices:confirmRevert'))) return;
    const r = await shell().revertDeck(path);
    if (!r.ok) return fail(store, r);
    store.getState().loadDeck(r.deck, { path: r.path, name: r.name, mtimeMs: r.mtimeMs });
  });
}

export function exportDeck(format: 'html' | 'pdf', store: EditorStore = useEditor): Promise<void> {
  return attempt(store, async () => {
    const s = store.getState();
    const suggestedName = s.file.path ? s.file.name.replace(/\.briefdeck$/i, '') : s.deck.meta.title;
    store.getState().notify(t('notices:exporting', { format: format.toUpperCase() }));
    const r = await shell().exportDeck({ deck: s.deck, format, suggestedName });
    if (!r.ok) return fail(store, r);
    store.getState().notify(t('notices:exported', { path: r.path, kb: Math.max(1, Math.round(r.bytes / 1024)) }));
  });
}

export function present(fromSection: boolean, store: EditorStore = useEditor): Promise<void> {
  return attempt(store, async () => {
    const s = store.getState();
    const r = await shell().present({ deck: s.deck, startSectionId: fromSection ? s.selectedSectionId : null });
    if (!r.ok) fail(store, r);
  });
}

export function restoreRecovered(id: string, store: EditorStore = useEditor): Promise<void> {
  return attempt(store, async () => {
    const r = await shell().restoreRecovered(id);
    if (!r.ok) return fail(store, r);
    store.getState().loadDeck(r.deck, { path: r.path, name: r.name, mtimeMs: r.mtimeMs, dirty: true, docId: id });
    store.getState().notify(t('notices:recovered', { name: r.name }));
  });
}

export function discardRecovered(id: string, store: EditorStore = useEditor): Promise<void> {
  return attempt(store, () => shell().discardRecovered(id));
}
