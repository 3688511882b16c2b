/**
 * Outline mode: the whole deck as one keyboard-driven outline (PowerPoint's Outline view).
 * Level 1 lines are section titles, deeper lines their points. The edits are the pure
 * functions in model.ts; the keys are the points editor's (../points/keys.ts: IME guard,
 * Enter, Tab, Alt+↑/↓, Backspace, Ctrl/Cmd+B/I). A keystroke replaces one section object,
 * so the other rows skip rendering (memo) and the preview patches one slide.
 *
 * Accessibility: a `tree` of `treeitem`s with aria-level (1 = section); one tab stop (the
 * caret's line; the others are tabIndex -1, reached with ↑/↓); Esc leaves the tree.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { newId } from '../../../engine/format/index.ts';
import { looksLikeOutline, parseOutlinePoints } from '../../../engine/outline/index.ts';
import { pasteOutline as pasteWholeOutline } from '../actions.ts';
import { LIMITS } from '../../../engine/model/defaults.ts';
import type { Section, SectionKind } from '../../../engine/model/schema.ts';
import { IS_MAC } from '../commands/keys.ts';
import { pointKeyAction, toggleWrap } from '../points/keys.ts';
import { caretLines } from '../points/caretLine.ts';
import { MAX_PASTE_CHARS } from '../points/PointsEditor.tsx';
import { useEditor } from '../store/index.ts';
import { selectSections } from '../store/selectors.ts';
import { deckLines, deckPointCount, locate, sectionLines, demoteLine, isRefusal, moveLine, pasteOutline, promoteLine, removeLine, setLineText, splitLine, type MakeId, type OutlineEdit, type OutlineRefusal } from './model.ts';
import { useTranslation } from 'react-i18next';
import './outline-mode.css';
import { failureText } from '../failure-text.ts';

const makeId: MakeId = (prefix) => newId(prefix);

interface Pending {
  id: string;
  /** -1 keeps the caret where it was (promote, demote, move). */
  start: number;
  end: number;
}

const sections = () => useEditor.getState().deck.sections;

function notify(text: string): void {
  useEditor.getState().notify(text, 'error');
}

export function OutlineMode() {
  const { t } = useTranslation();
  const list = useEditor(selectSections);
  const lines = useMemo(() => deckLines(list), [list]);
  const treeRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const pending = useRef<Pending | null>(null);
  const [active, setActive] = useState<string | null>(() => useEditor.getState().selectedSectionId ?? lines[0]?.id ?? null);
  const [notesOpen, setNotesOpen] = useState<ReadonlySet<string>>(() => new Set());
  // The roving tab stop falls back to the first line when the active one was removed.
  const tabStop = active !== null && lines.some((l) => l.id === active) ? active : (lines[0]?.id ?? null);

  useLayoutEffect(() => {
    const p = pending.current;
    if (!p) return;
    pending.current = null;
    const el = treeRef.current?.querySelector<HTMLTextAreaElement>(`textarea[data-line-id="${CSS.escape(p.id)}"]`);
    if (!el) return;
    el.focus();
    if (p.start >= 0) el.setSelectionRange(p.start, p.end);
    el.scrollIntoView({ block: 'nearest' });
  });

  const commit = useCallback((edit: OutlineEdit, el: HTMLTextAreaElement) => {
    const keep = edit.focus.caret < 0;
    pending.current = { id: edit.focus.id, start: keep ? el.selectionStart : edit.focus.caret, end: keep ? el.selectionEnd : edit.focus.caret };
    const st = useEditor.getState();
    st.setSections(edit.sections);
    // A promote keeps the caret in the same field, now a new section's title: the preview
    // follows it there (focus does not move, so onFocus would not say so).
    const at = locate(edit.sections, edit.focus.id);
    const sectionId = at ? edit.sections[at.si]!.id : null;
    if (sectionId && sectionId !== st.selectedSectionId) st.select(sectionId);
  }, []);

  const apply = useCallback(
    (r: OutlineEdit | OutlineRefusal | null, el: HTMLTextAreaElement): boolean => {
      if (r === null) return false;
      if (isRefusal(r)) {
        notify(t(`outlineMode:refused.${r.error}`, { depth: LIMITS.pointDepth }));
        return true;
      }
      commit(r, el);
      return true;
    },
    [commit, t],
  );

  const onText = useCallback((id: string, text: string) => {
    useEditor.getState().setSections(setLineText(sections(), id, text), id);
  }, []);

  const onFocusLine = useCallback((id: string, sectionId: string) => {
    setActive(id);
    // The preview follows the caret's section.
    const st = useEditor.getState();
    if (st.selectedSectionId !== sectionId) st.select(sectionId);
  }, []);

  const toggleNotes = useCallback((sectionId: string) => {
    setNotesOpen((open) => {
      const next = new Set(open);
      if (next.has(sectionId)) next.delete(sectionId);
      else next.add(sectionId);
      return next;
    });
  }, []);

  const onKeyDown = useCallback(
    (id: string, sectionId: string, e: KeyboardEvent<HTMLTextAreaElement>) => {
      const el = e.currentTarget;
      if (e.key === 'Escape') {
        closeRef.current?.focus();
        return;
      }
      if (e.key === 'Enter' && e.altKey && !e.ctrlKey && !e.metaKey && !e.nativeEvent.isComposing) {
        e.preventDefault();
        toggleNotes(sectionId);
        return;
      }
      const arrow = e.key === 'ArrowUp' || e.key === 'ArrowDown';
      const action = pointKeyAction(
        { key: e.key, shiftKey: e.shiftKey, altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, isComposing: e.nativeEvent.isComposing, keyCode: e.keyCode },
        { start: el.selectionStart, end: el.selectionEnd, textLength: el.value.length, ...(arrow && !e.altKey ? caretLines(el) : {}) },
        IS_MAC,
      );
      if (!action) return;
      const current = setLineText(sections(), id, el.value);
      switch (action.type) {
        case 'split': {
          e.preventDefault();
          if (deckPointCount(current) >= LIMITS.points) return notify(t('outlineMode:refused.points-limit', { max: LIMITS.points.toLocaleString() }));
          apply(splitLine(current, id, el.selectionStart, makeId), el);
          return;
        }
        case 'indent':
          e.preventDefault();
          apply(demoteLine(current, id), el);
          return;
        case 'outdent':
          e.preventDefault();
          apply(promoteLine(current, id), el);
          return;
        case 'move':
          e.preventDefault();
          apply(moveLine(current, id, action.dir), el);
          return;
        case 'join':
          if (apply(removeLine(current, id), el)) e.preventDefault();
          return;
        case 'wrap': {
          e.preventDefault();
          const w = toggleWrap(el.value, el.selectionStart, el.selectionEnd, action.marker);
          commit({ sections: setLineText(current, id, w.text), focus: { id, caret: w.start } }, el);
          pending.current = { id, start: w.start, end: w.end };
          return;
        }
        case 'focus': {
          const all = deckLines(current);
          const target = all[all.findIndex((l) => l.id === id) + action.dir];
          if (!target) return;
          e.preventDefault();
          const t2 = treeRef.current?.querySelector<HTMLTextAreaElement>(`textarea[data-line-id="${CSS.escape(target.id)}"]`);
          if (t2) {
            t2.focus();
            const at = action.dir < 0 ? t2.value.length : 0;
            t2.setSelectionRange(at, at);
          }
          return;
        }
      }
    },
    [apply, commit, toggleNotes, t],
  );

  const onPaste = useCallback(
    (id: string, e: ClipboardEvent<HTMLTextAreaElement>) => {
      const text = e.clipboardData.getData('text/plain');
      if (!/\r?\n/.test(text.trim()) && text.length <= LIMITS.textChars) return;
      e.preventDefault();
      if (text.length > MAX_PASTE_CHARS) return notify(t('outlineMode:refused.paste-failed', { message: `${text.length.toLocaleString()} > ${MAX_PASTE_CHARS.toLocaleString()}` }));
      const el = e.currentTarget;
      try {
        const current = sections();
        // A whole briefing (## headings, Notes:/Sources: labels) goes in as sections the way
        // the section list pastes it (sources merged into the deck's); indented text from
        // Word or e-mail makes sections and points by its indent, from the caret's level.
        const at = locate(current, id);
        if (at && looksLikeOutline(text)) {
          pasteWholeOutline(text, current[at.si]!.id, false);
          return;
        }
        const r = pasteOutline(current, id, parseOutlinePoints(text), makeId);
        if (r && !isRefusal(r) && deckPointCount(r.sections) > LIMITS.points) return notify(t('outlineMode:refused.points-limit', { max: LIMITS.points.toLocaleString() }));
        if (apply(r, el) && r && !isRefusal(r)) useEditor.getState().notify(t('outlineMode:pasted', { count: deckLines(r.sections).length - deckLines(current).length }));
      } catch (err) {
        notify(t('outlineMode:refused.paste-failed', { message: err instanceof Error ? failureText(err) : String(err) }));
      }
    },
    [apply, t],
  );

  const activeSection = tabStop === null ? null : (lines.find((l) => l.id === tabStop)?.sectionId ?? null);
  return (
    <div className="outline-mode">
      <div className="outline-mode-head">
        <h2 className="outline-mode-heading">{t('outlineMode:heading')}</h2>
        <p className="outline-mode-help muted" id="outline-mode-help">
          {t('outlineMode:help')}
        </p>
        <button ref={closeRef} type="button" className="btn btn-quiet btn-small" onClick={() => useEditor.getState().setPanel('section')}>
          {t('outlineMode:close')}
        </button>
      </div>
      <div ref={treeRef} className="outline-mode-tree" role="tree" aria-label={t('outlineMode:tree')} aria-describedby="outline-mode-help" data-testid="outline-mode">
        {list.map((section, i) => (
          <SectionBlock
            key={section.id}
            section={section}
            n={i + 1}
            tabStop={section.id === activeSection ? tabStop : null}
            notesOpen={notesOpen.has(section.id)}
            onText={onText}
            onKeyDown={onKeyDown}
            onPaste={onPaste}
            onFocusLine={onFocusLine}
            onToggleNotes={toggleNotes}
          />
        ))}
      </div>
    </div>
  );
}

interface BlockProps extends Pick<LineProps, 'onText' | 'onKeyDown' | 'onPaste' | 'onFocusLine' | 'onToggleNotes'> {
  section: Section;
  n: number;
  /** The line that is the tree's one tab stop, when it is in this section. */
  tabStop: string | null;
  notesOpen: boolean;
}

/**
 * One section's lines. Memoised on the section object: a keystroke re-renders the one
 * section it edits, and React compares 200 blocks instead of 2 000 lines. The wrapper has
 * no role, so the treeitems still belong to the tree.
 */
const SectionBlock = memo(function SectionBlock({ section, n, tabStop, notesOpen, ...handlers }: BlockProps) {
  return (
    <div className="om-section">
      {sectionLines(section).map((l) => (
        <Line key={l.id} id={l.id} sectionId={l.sectionId} level={l.level} text={l.text} kind={l.kind} n={n} tabbable={l.id === tabStop} notes={l.level === 1 && notesOpen ? section : null} {...handlers} />
      ))}
    </div>
  );
});

interface LineProps {
  id: string;
  sectionId: string;
  level: number;
  text: string;
  kind: SectionKind | undefined;
  n: number;
  tabbable: boolean;
  /** The section whose notes are open under this line, or null. */
  notes: Section | null;
  onText: (id: string, text: string) => void;
  onKeyDown: (id: string, sectionId: string, e: KeyboardEvent<HTMLTextAreaElement>) => void;
  onPaste: (id: string, e: ClipboardEvent<HTMLTextAreaElement>) => void;
  onFocusLine: (id: string, sectionId: string) => void;
  onToggleNotes: (sectionId: string) => void;
}

const Line = memo(function Line({ id, sectionId, level, text, kind, n, tabbable, notes, onText, onKeyDown, onPaste, onFocusLine, onToggleNotes }: LineProps) {
  const { t } = useTranslation();
  const section = level === 1;
  return (
    <div role="treeitem" aria-level={level} aria-selected={tabbable} className={`om-line om-level-${level}`} data-level={level}>
      {section ? (
        <span className={`badge badge-${kind ?? 'content'} om-kind`} aria-hidden="true">
          {t(`outlineMode:kind.${kind ?? 'content'}`)}
        </span>
      ) : (
        <span className="om-bullet" aria-hidden="true">
          {level === 2 ? '●' : level === 3 ? '○' : '▪'}
        </span>
      )}
      <textarea
        className="om-text"
        rows={1}
        value={text}
        maxLength={section ? 500 : LIMITS.textChars}
        data-line-id={id}
        tabIndex={tabbable ? 0 : -1}
        aria-label={section ? `${t('outlineMode:sectionLabel', { n })}${kind && kind !== 'content' ? ` (${t(`outlineMode:kind.${kind}`)})` : ''}` : t('outlineMode:pointLabel', { level: level - 1 })}
        placeholder={section ? t('outlineMode:titlePlaceholder') : t('outlineMode:pointPlaceholder')}
        spellCheck
        onChange={(e) => onText(id, e.target.value)}
        onKeyDown={(e) => onKeyDown(id, sectionId, e)}
        onPaste={(e) => onPaste(id, e)}
        onFocus={() => onFocusLine(id, sectionId)}
      />
      {section ? (
        <button type="button" tabIndex={-1} className={`btn btn-quiet btn-small om-notes-btn ${notes ? 'is-open' : ''}`} aria-expanded={notes !== null} onClick={() => onToggleNotes(sectionId)}>
          {t('outlineMode:notes')}
        </button>
      ) : null}
      {notes ? <Notes section={notes} n={n} onClose={() => onToggleNotes(sectionId)} /> : null}
    </div>
  );
});

function Notes({ section, n, onClose }: { section: Section; n: number; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => ref.current?.focus(), []);
  return (
    <textarea
      ref={ref}
      className="om-notes"
      value={section.notes}
      aria-label={t('outlineMode:notesFor', { n })}
      onChange={(e) => useEditor.getState().editSection(section.id, 'notes', e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' || (e.key === 'Enter' && e.altKey)) {
          e.preventDefault();
          e.stopPropagation();
          onClose();
          document.querySelector<HTMLTextAreaElement>(`textarea[data-line-id="${CSS.escape(section.id)}"]`)?.focus();
        }
      }}
    />
  );
}
