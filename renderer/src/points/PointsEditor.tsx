/**
 * The points tree as a keyboard-first outliner. Each point is a plain textarea (IME-safe,
 * native selection and spell-check); the tree edits are the pure functions in tree.ts and
 * the key mapping is keys.ts, so both are unit-tested without a DOM.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { t as tr } from '../../i18n.ts';
import { newId } from '../../../engine/format/index.ts';
import { parseOutlinePoints } from '../../../engine/outline/index.ts';
import { LIMITS } from '../../../engine/model/defaults.ts';
import type { Point, PortionMark } from '../../../engine/model/schema.ts';
import { CitePicker, PortionPicker, useSourceNumbers } from './CitePicker.tsx';
import { IS_MAC } from '../commands/keys.ts';
import { useEditor } from '../store/index.ts';
import { flatten, indent, insertAfter, move, outdent, removeAndJoin, splitPoint, updateText, updatePoint, countPoints } from './tree.ts';
import { pointKeyAction, toggleWrap } from './keys.ts';
import { useFocusTarget } from '../lib/useFocusTarget.ts';
import { caretLines } from './caretLine.ts';
import { pasteOutline } from '../actions.ts';
import { failureText } from '../failure-text.ts';

/** Larger pastes are refused with a notice: parsing megabytes on the UI thread would freeze it. */
export const MAX_PASTE_CHARS = 1_000_000;

interface Pending {
  id: string;
  start: number;
  end: number;
}

function caretInfo(el: HTMLTextAreaElement, arrow: boolean) {
  return {
    start: el.selectionStart,
    end: el.selectionEnd,
    textLength: el.value.length,
    // Only ↑/↓ ask which visual line the caret is on (it costs a layout): a wrapped point
    // keeps them for its own lines and hands over to the next point only from its edge.
    ...(arrow ? caretLines(el) : {}),
  };
}

export function PointsEditor({ sectionId, points }: { sectionId: string; points: Point[] }) {
  const numbers = useSourceNumbers();
  const listRef = useRef<HTMLUListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const pending = useRef<Pending | null>(null);
  const rows = useMemo(() => flatten(points), [points]);
  const total = rows.length;
  useFocusTarget('points', addRef);

  // Put the caret where the last structural edit wants it, after React has placed the rows.
  useLayoutEffect(() => {
    const p = pending.current;
    if (!p) return;
    pending.current = null;
    const el = listRef.current?.querySelector<HTMLTextAreaElement>(`textarea[data-point-id="${CSS.escape(p.id)}"]`);
    if (el) {
      el.focus();
      el.setSelectionRange(p.start, p.end);
    }
  });

  const current = useCallback(() => useEditor.getState().deck.sections.find((s) => s.id === sectionId)?.points ?? [], [sectionId]);
  const commit = useCallback(
    (next: Point[], focus: Pending | null, typingField?: string) => {
      pending.current = focus;
      useEditor.getState().setPoints(sectionId, next, typingField);
    },
    [sectionId],
  );

  const onText = useCallback(
    (id: string, text: string) => {
      useEditor.getState().setPoints(sectionId, updateText(current(), id, text), id);
    },
    [sectionId, current],
  );

  const onKeyDown = useCallback(
    (id: string, e: KeyboardEvent<HTMLTextAreaElement>) => {
      const el = e.currentTarget;
      if (e.key === 'Escape') {
        // The way out of the tree for keyboard users, since Tab indents here.
        addRef.current?.focus();
        return;
      }
      const action = pointKeyAction({ key: e.key, shiftKey: e.shiftKey, altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, isComposing: e.nativeEvent.isComposing, keyCode: e.keyCode }, caretInfo(el, e.key === 'ArrowUp' || e.key === 'ArrowDown'), IS_MAC);
      if (!action) return;
      const pts = current();
      switch (action.type) {
        case 'split': {
          e.preventDefault();
          if (countPoints(pts) >= LIMITS.points) return useEditor.getState().notify(tr('editor:points.tooMany', { max: LIMITS.points }), 'error');
          const fresh = newId('p');
          commit(splitPoint(updateText(pts, id, el.value), id, el.selectionStart, fresh), { id: fresh, start: 0, end: 0 });
          return;
        }
        case 'indent':
        case 'outdent': {
          e.preventDefault();
          const next = action.type === 'indent' ? indent(pts, id) : outdent(pts, id);
          if (next) commit(next, { id, start: el.selectionStart, end: el.selectionEnd });
          return;
        }
        case 'move': {
          e.preventDefault();
          const next = move(pts, id, action.dir);
          if (next) commit(next, { id, start: el.selectionStart, end: el.selectionEnd });
          return;
        }
        case 'join': {
          const r = removeAndJoin(pts, id);
          if (!r) return;
          e.preventDefault();
          commit(r.points, { id: r.focusId, start: r.caret, end: r.caret });
          return;
        }
        case 'wrap': {
          e.preventDefault();
          const w = toggleWrap(el.value, el.selectionStart, el.selectionEnd, action.marker);
          commit(updateText(pts, id, w.text), { id, start: w.start, end: w.end });
          return;
        }
        case 'focus': {
          const flat = flatten(pts);
          const i = flat.findIndex((f) => f.point.id === id);
          const target = flat[i + action.dir]?.point;
          if (!target) return;
          e.preventDefault();
          pending.current = null;
          const t = listRef.current?.querySelector<HTMLTextAreaElement>(`textarea[data-point-id="${CSS.escape(target.id)}"]`);
          if (t) {
            t.focus();
            const at = action.dir < 0 ? t.value.length : 0;
            t.setSelectionRange(at, at);
          }
          return;
        }
      }
    },
    [commit, current],
  );

  const onPaste = useCallback(
    (id: string, e: ClipboardEvent<HTMLTextAreaElement>) => {
      const text = e.clipboardData.getData('text/plain');
      if (text.length > MAX_PASTE_CHARS) {
        e.preventDefault();
        useEditor.getState().notify(tr('editor:points.pasteHuge', { millions: text.length / 1_000_000 }), 'error');
        return;
      }
      if (!/\r?\n/.test(text.trim())) {
        if (text.length > LIMITS.textChars) {
          e.preventDefault();
          useEditor.getState().notify(tr('editor:points.pointTooLong', { max: LIMITS.textChars }), 'error');
        }
        return;
      }
      e.preventDefault();
      // A whole briefing (## headings, Notes:/Sources: labels) becomes sections, not glued points.
      if (pasteOutline(text, sectionId, false)) return;
      try {
        const parsed = parseOutlinePoints(text);
        const pts = current();
        if (countPoints(pts) + countPoints(parsed) > LIMITS.points) {
          useEditor.getState().notify(tr('editor:points.pasteTooMany', { max: LIMITS.points }), 'error');
          return;
        }
        const next = insertAfter(pts, id, parsed);
        const last = parsed[parsed.length - 1];
        commit(next, last ? { id: last.id, start: last.text.length, end: last.text.length } : null);
        if (parsed.length > 1) useEditor.getState().notify(tr('editor:points.pasted', { count: countPoints(parsed) }));
      } catch (err) {
        useEditor.getState().notify(tr('editor:points.pasteFailed', { message: err instanceof Error ? failureText(err) : String(err) }), 'error');
      }
    },
    [commit, current, sectionId],
  );

  const onCites = useCallback(
    (id: string, cites: string[]) => {
      useEditor.getState().setPoints(sectionId, updatePoint(current(), id, { cites }));
    },
    [sectionId, current],
  );

  const { t } = useTranslation();
  const onPortion = useCallback(
    (id: string, portion: PortionMark) => {
      useEditor.getState().setPoints(sectionId, updatePoint(current(), id, { portion }));
    },
    [sectionId, current],
  );

  const addPoint = () => {
    const fresh = newId('p');
    commit([...current(), { id: fresh, text: '', cites: [], portion: '', children: [] }], { id: fresh, start: 0, end: 0 });
  };

  return (
    <div className="points">
      <p className="points-help" id={`points-help-${sectionId}`}>
        {t('editor:points.help')}
      </p>
      <ul ref={listRef} className="points-list" aria-label={t('editor:section.points')} data-testid="points">
        {rows.map((r, i) => (
          <PointRow key={r.point.id} id={r.point.id} text={r.point.text} cites={r.point.cites} portion={r.point.portion ?? ''} numbers={numbers} onPortion={onPortion} depth={r.depth} index={i} total={total} sectionId={sectionId} onText={onText} onKeyDown={onKeyDown} onPaste={onPaste} onCites={onCites} t={t} />
        ))}
      </ul>
      <button ref={addRef} type="button" className="btn btn-quiet" onClick={addPoint}>
        {t('editor:points.add')}
      </button>
    </div>
  );
}

interface RowProps {
  id: string;
  text: string;
  cites: string[];
  portion: PortionMark;
  numbers: ReadonlyMap<string, number>;
  onPortion: (id: string, portion: PortionMark) => void;
  onCites: (id: string, cites: string[]) => void;
  depth: number;
  index: number;
  total: number;
  sectionId: string;
  onText: (id: string, text: string) => void;
  onKeyDown: (id: string, e: KeyboardEvent<HTMLTextAreaElement>) => void;
  onPaste: (id: string, e: ClipboardEvent<HTMLTextAreaElement>) => void;
  /** The list's translator, passed down: one language subscription for the list, not one per row. */
  t: TFunction;
}

const PointRow = memo(function PointRow({ id, text, cites, portion, numbers, onPortion, depth, index, total, sectionId, onText, onKeyDown, onPaste, onCites, t }: RowProps) {
  return (
    <li className="point-row" style={{ paddingInlineStart: `${depth * 1.5}rem` }} data-depth={depth}>
      <span className="point-bullet" aria-hidden="true">
        {depth === 0 ? '●' : depth === 1 ? '○' : '▪'}
      </span>
      <textarea
        className="point-text"
        rows={1}
        value={text}
        maxLength={LIMITS.textChars}
        data-point-id={id}
        aria-label={t('editor:points.row', { n: index + 1, total, level: depth + 1 })}
        aria-describedby={`points-help-${sectionId}`}
        placeholder={index === 0 && total === 1 ? t('editor:points.placeholder') : ''}
        onChange={(e) => onText(id, e.target.value)}
        onKeyDown={(e) => onKeyDown(id, e)}
        onPaste={(e) => onPaste(id, e)}
      />
      <PortionPicker pointIndex={index} portion={portion} onChange={(p) => onPortion(id, p)} />
      <CitePicker pointIndex={index} cites={cites} numbers={numbers} onChange={(c) => onCites(id, c)} />
    </li>
  );
});
