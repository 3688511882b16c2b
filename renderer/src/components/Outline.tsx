/**
 * The outline of sections. Reorder by dragging (dnd-kit, with its keyboard sensor: Space to
 * lift, arrows, Space to drop) or with Alt+↑/↓ on a focused row. Rows re-render only when
 * their own title or kind changes (useShallow over a list of strings).
 */
import { memo, useEffect, useMemo, useRef, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useShallow } from 'zustand/react/shallow';
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { SectionKind } from '../../../engine/model/schema.ts';
import { useEditor } from '../store/index.ts';
import { selectOutlineRows, selectOverflow, selectSelectedId } from '../store/selectors.ts';
import { KIND_LABEL_KEYS } from './kinds.ts';
import { Icon } from './Icon.tsx';
import { addSection, deleteSection, duplicateSection, focusSelectedRow, pasteOutline } from '../actions.ts';
import { MAX_PASTE_CHARS } from '../points/PointsEditor.tsx';

export function Outline() {
  const { t } = useTranslation();
  const rows = useEditor(useShallow(selectOutlineRows));
  const selected = useEditor(selectSelectedId);
  const overflowIds = useEditor(useShallow((s) => selectOverflow(s).map((o) => o.sectionId ?? '')));
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const parsed = rows.map((r) => {
    const [id, kind, title] = r.split('\u0000') as [string, SectionKind, string];
    return { id, kind, title };
  });
  const ids = parsed.map((r) => r.id);
  // Translated once per language, not per row: 1000 rows × 3 lookups showed in the open profile.
  const words = useMemo<RowWords>(
    () => ({
      kinds: Object.fromEntries(Object.entries(KIND_LABEL_KEYS).map(([k, key]) => [k, t(key)])) as Record<SectionKind, string>,
      untitled: t('editor:outline.untitled'),
      roledescription: t('editor:outline.roledescription'),
    }),
    [t],
  );

  const onDragEnd = (e: DragEndEvent) => {
    if (!e.over || e.active.id === e.over.id) return;
    const to = ids.indexOf(String(e.over.id));
    useEditor.getState().moveSection(String(e.active.id), to);
  };

  // Text pasted on the sections list: an outline's ## sections, or one section per top-level line.
  const onPaste = (e: ClipboardEvent<HTMLElement>) => {
    if ((e.target as HTMLElement).closest('input, textarea, [contenteditable="true"]')) return;
    const text = e.clipboardData.getData('text/plain');
    if (text.trim() === '') return;
    e.preventDefault();
    if (text.length > MAX_PASTE_CHARS) {
      useEditor.getState().notify(t('editor:points.pasteHuge', { millions: text.length / 1_000_000 }), 'error');
      return;
    }
    pasteOutline(text, selected ?? null, true);
  };

  return (
    <nav className="outline" aria-label={t('editor:outline.title')} onPaste={onPaste}>
      <div className="pane-head">
        <h2>{t('editor:outline.title')}</h2>
        <button type="button" className="btn btn-quiet btn-small" onClick={() => addSection()} aria-label={t('editor:outline.addLabel')}>
          <Icon name="plus" size={14} /> {t('editor:outline.add')}
        </button>
      </div>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ screenReaderInstructions: { draggable: t('editor:outline.dragHelp') } }}>
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className="outline-list" data-testid="outline">
            {parsed.map((r, i) => (
              <OutlineRow key={r.id} id={r.id} kind={r.kind} title={r.title} index={i} count={parsed.length} selected={r.id === selected} tabbable={r.id === selected || (i === 0 && !ids.includes(selected ?? ''))} overflow={overflowIds.includes(r.id)} words={words} t={t} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {parsed.length === 0 ? <p className="muted pad">{t('editor:outline.empty')}</p> : null}
    </nav>
  );
}

/** The words every row shows, translated once for the list. */
interface RowWords {
  kinds: Record<SectionKind, string>;
  untitled: string;
  roledescription: string;
}

interface RowProps {
  id: string;
  kind: SectionKind;
  title: string;
  index: number;
  count: number;
  selected: boolean;
  /** One tab stop for the whole list (the selected row); ↑/↓/Home/End move within it. */
  tabbable: boolean;
  overflow: boolean;
  words: RowWords;
  /** The outline's translator, passed down: one language subscription, not one per row. */
  t: TFunction;
}

const ROW_KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowUp: (i) => i - 1,
  ArrowDown: (i) => i + 1,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

const OutlineRow = memo(function OutlineRow({ id, kind, title, index, count, selected, tabbable, overflow, words, t }: RowProps) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging, active } = useSortable({ id });
  const rowRef = useRef<HTMLDivElement | null>(null);
  const st = useEditor.getState;
  // Keep the selected row in view when selection comes from elsewhere (preview, checks).
  const mounting = useRef(true);
  useEffect(() => {
    const first = mounting.current;
    mounting.current = false;
    if (!selected) return;
    if (!first) {
      // Not `return el.scrollIntoView()`: Chromium's scroll methods now return a promise, and
      // React would take it for the effect's cleanup.
      rowRef.current?.scrollIntoView({ block: 'nearest' });
      return;
    }
    // A new list (a deck opened, back from outline mode): a frame later, once the rest of the
    // editor is in the DOM, so the editor is laid out once and not once per effect.
    const f = requestAnimationFrame(() => rowRef.current?.scrollIntoView({ block: 'nearest' }));
    return () => cancelAnimationFrame(f);
  }, [selected]);
  const label = title.trim() || words.untitled;
  return (
    <li
      ref={setNodeRef}
      className={`outline-row ${selected ? 'is-selected' : ''} ${isDragging ? 'is-dragging' : ''}`}
      // Translate only: rows differ in height, and dnd-kit's scale would squash the lifted row.
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-section-id={id}
    >
      <div
        ref={rowRef}
        className="outline-item"
        {...attributes}
        {...listeners}
        tabIndex={tabbable ? 0 : -1}
        role="button"
        aria-pressed={selected}
        aria-roledescription={words.roledescription}
        onClick={() => st().select(id)}
        onKeyDown={(e) => {
          if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
            e.preventDefault();
            e.stopPropagation();
            st().moveSection(id, index + (e.key === 'ArrowUp' ? -1 : 1));
            // The row element is reused by key, so focus stays on it after the move.
            requestAnimationFrame(() => rowRef.current?.focus());
            return;
          }
          // Plain arrows walk the list (selection follows focus), unless a Space-drag is moving the row.
          const step = ROW_KEYS[e.key];
          if (step && !active && !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
            e.preventDefault();
            const ids = st().deck.sections.map((x) => x.id);
            const next = ids[Math.max(0, Math.min(step(index, count), count - 1))];
            if (next && next !== id) {
              st().select(next);
              // Focus the row now, not a frame later: the next key (Tab) can arrive before a
              // frame under load, and would then start from this row. The row is already in the
              // DOM; only its tabIndex and buttons follow the selection (React renders them
              // before the next key event is handled).
              const target = rowRef.current?.closest('ol, ul')?.querySelector<HTMLElement>(`.outline-row[data-section-id="${window.CSS.escape(next)}"] .outline-item`);
              if (target) target.focus();
              else focusSelectedRow();
            }
            return;
          }
          if (e.key === 'Enter') {
            st().select(id);
            st().setPanel('section');
            st().requestFocus('title');
            return;
          }
          listeners?.onKeyDown?.(e);
        }}
      >
        <span className="outline-num">{index + 1}</span>
        <span className={`badge badge-${kind}`}>{words.kinds[kind]}</span>
        <span className="outline-title">{label}</span>
        {overflow ? <span className="sr-only">{t('editor:outline.overflowsSr')}</span> : null}
        {overflow ? (
          <span className="outline-warn" aria-hidden="true" title={t('editor:outline.overflows')}>
            <Icon name="warn" size={14} />
          </span>
        ) : null}
      </div>
      {selected ? (
        <div className="outline-actions">
          <button type="button" className="btn btn-icon btn-small" aria-label={t('editor:outline.duplicate', { n: index + 1 })} onClick={() => duplicateSection(id)}>
            <Icon name="duplicate" size={14} />
          </button>
          <button type="button" className="btn btn-icon btn-small" aria-label={t('editor:outline.up', { n: index + 1 })} disabled={index === 0} onClick={() => st().moveSection(id, index - 1)}>
            <Icon name="up" size={14} />
          </button>
          <button type="button" className="btn btn-icon btn-small" aria-label={t('editor:outline.down', { n: index + 1 })} disabled={index === count - 1} onClick={() => st().moveSection(id, index + 1)}>
            <Icon name="down" size={14} />
          </button>
          <button type="button" className="btn btn-icon btn-small btn-danger" aria-label={t('editor:outline.delete', { n: index + 1 })} onClick={() => deleteSection(id)}>
            <Icon name="trash" size={14} />
          </button>
        </div>
      ) : null}
    </li>
  );
});
