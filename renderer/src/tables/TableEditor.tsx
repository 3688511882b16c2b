/**
 * The table editor: a grid of inputs (header row + body rows). Tab / Shift+Tab move to the
 * next / previous cell (Tab in the last cell adds a row), Enter / Shift+Enter move down / up
 * (Enter in the last row adds one). A toolbar acts on the current cell's row and column. A
 * table pasted into a cell or into the paste zone replaces the grid in one undo step; a paste
 * beyond the limits is refused whole with a notice. Typing in one cell is one undo burst.
 */
import { memo, useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { LIMITS } from '../../../engine/model/defaults.ts';
import { emptyTable, TABLE_ALIGNS, type Table, type TableAlign } from '../../../engine/model/table.ts';
import type { Section, Source } from '../../../engine/model/schema.ts';
import { gridToTable, insertColumn, insertRow, moveColumn, moveRow, removeColumn, removeRow, setAlign, setCell, type GridProblem } from '../../../engine/tables/index.ts';
import { useEditor } from '../store/index.ts';
import { SelectField, TextField } from '../components/Field.tsx';
import { readClipboardGrid } from './clipboard.ts';
import { selectCitableSources } from './sources.ts';
import { useTablesT, type TablesT } from './useTablesT.ts';

type Pos = { r: number; c: number };

export function problemText(t: TablesT, p: GridProblem): string {
  switch (p.kind) {
    case 'empty':
      return t('tables:paste.empty');
    case 'too-many-rows':
      return t('tables:paste.tooManyRows', { rows: p.rows.toLocaleString(), limit: p.limit });
    case 'too-many-columns':
      return t('tables:paste.tooManyColumns', { columns: p.columns, limit: p.limit });
    case 'cell-too-long':
      return t('tables:paste.cellTooLong', { row: p.row, column: p.column, chars: p.chars, limit: p.limit });
  }
}

/**
 * Clipboard → table, or a notice saying why not. Returns null (and lets the browser paste as
 * usual) when the clipboard holds plain text that is not a table.
 */
export function pastedTable(t: TablesT, data: DataTransfer): { table: Table } | { notice: string } | null {
  const got = readClipboardGrid(data);
  if (got.kind === 'none') return null;
  if (got.kind === 'ragged') return { notice: t('tables:paste.ragged', { lines: got.lines.join(', ') }) };
  const res = gridToTable(got.grid, got.align ?? []);
  return res.ok ? { table: res.table } : { notice: problemText(t, res.problem) };
}

/** Re-rendered when the table changes, not on every keystroke in the section's points or chart. */
export const TableEditor = memo(function TableEditor({ section }: { section: Section }) {
  const t = useTablesT();
  // Only the deck's sources: typing anywhere else must not re-render this grid.
  const sources = useEditor(selectCitableSources);
  const table = section.table;
  const set = (next: Table | null, typing?: string) => useEditor.getState().setTable(section.id, next, typing);
  const notify = useEditor.getState().notify;

  const onPasteTable = (e: ClipboardEvent, replace: boolean) => {
    const got = pastedTable(t, e.clipboardData);
    if (!got) return;
    // One cell of plain text is an ordinary paste into that cell.
    if ('table' in got && !replace && got.table.header.length === 1 && got.table.rows.length === 0) return;
    e.preventDefault();
    if ('notice' in got) return notify(got.notice, 'error');
    set({ ...got.table, caption: table?.caption ?? '', asOf: table?.asOf ?? '', sourceId: table?.sourceId ?? '' });
    notify(t('tables:paste.pasted', { cols: got.table.header.length, rows: got.table.rows.length }));
  };

  if (!table) {
    return (
      <fieldset className="group" data-testid="table">
        <legend>{t('tables:table.legend')}</legend>
        <button type="button" className="btn btn-quiet" data-testid="table-add" onClick={() => set(emptyTable(3, 2))}>
          {t('tables:table.add')}
        </button>
        <textarea className="table-paste-zone" data-testid="table-paste" aria-label={t('tables:table.pasteZone')} placeholder={t('tables:table.pasteZone')} value="" rows={2} onChange={() => undefined} onPaste={(e) => onPasteTable(e, true)} />
      </fieldset>
    );
  }
  return <TableGrid table={table} sources={sources} set={set} onPasteTable={onPasteTable} />;
}, (a, b) => a.section.id === b.section.id && a.section.table === b.section.table);

interface GridProps {
  table: Table;
  sources: Source[];
  set: (next: Table | null, typing?: string) => void;
  onPasteTable: (e: ClipboardEvent, replace: boolean) => void;
}

function TableGrid({ table, sources, set, onPasteTable }: GridProps) {
  const t = useTablesT();
  const [cur, setCur] = useState<Pos>({ r: -1, c: 0 });
  const [focusNext, setFocusNext] = useState<Pos | null>(null);
  const refs = useRef(new Map<string, HTMLInputElement>());
  const cols = table.header.length;
  const rows = table.rows.length;
  // The cells' accessible names depend on the grid's size only: made once per size, not per keystroke.
  const cellLabels = useMemo(
    () => ({
      head: Array.from({ length: cols }, (_, c) => t('tables:table.headerCell', { col: c + 1 })),
      body: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => t('tables:table.bodyCell', { row: r + 1, col: c + 1 }))),
    }),
    [t, rows, cols],
  );

  useEffect(() => {
    if (!focusNext) return;
    const el = refs.current.get(`${focusNext.r}:${focusNext.c}`);
    if (el) {
      el.focus();
      el.select();
    }
    setFocusNext(null);
  }, [focusNext, table]);

  const go = (p: Pos) => {
    setCur(p);
    setFocusNext(p);
  };
  const edit = (next: Table, p?: Pos) => {
    set(next);
    if (p) go(p);
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>, r: number, c: number) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Tab') {
      e.preventDefault();
      const i = (r + 1) * cols + c + (e.shiftKey ? -1 : 1);
      if (i < 0) return;
      if (i >= (rows + 1) * cols) {
        if (rows < LIMITS.tableRows) edit(insertRow(table, rows), { r: rows, c: 0 });
        return;
      }
      go({ r: Math.floor(i / cols) - 1, c: i % cols });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (e.shiftKey) {
        if (r > -1) go({ r: r - 1, c });
      } else if (r + 1 < rows) go({ r: r + 1, c });
      else if (rows < LIMITS.tableRows) edit(insertRow(table, rows), { r: rows, c });
    }
  };

  const cellInput = (r: number, c: number) => {
    const cell = r === -1 ? table.header[c] : table.rows[r]?.[c];
    const label = (r === -1 ? cellLabels.head[c] : cellLabels.body[r]?.[c]) ?? '';
    return (
      <input
        ref={(el) => {
          if (el) refs.current.set(`${r}:${c}`, el);
          else refs.current.delete(`${r}:${c}`);
        }}
        className={`table-cell${r === cur.r && c === cur.c ? ' current' : ''}`}
        aria-label={label}
        data-testid={`cell-${r}-${c}`}
        value={cell?.text ?? ''}
        maxLength={LIMITS.tableCellChars}
        onFocus={() => setCur({ r, c })}
        onKeyDown={(e) => onKey(e, r, c)}
        onPaste={(e) => onPasteTable(e, false)}
        onChange={(e) => set(setCell(table, r, c, { text: e.target.value }), `${r}:${c}`)}
      />
    );
  };

  const curCell = cur.r === -1 ? table.header[cur.c] : table.rows[cur.r]?.[cur.c];
  const alignLabels: Record<TableAlign, string> = { auto: t('tables:table.alignAuto'), left: t('tables:table.alignLeft'), center: t('tables:table.alignCenter'), right: t('tables:table.alignRight') };
  const srcLabel = (id: string) => {
    const i = sources.findIndex((s) => s.id === id);
    return i < 0 ? id : `[${i + 1}]`;
  };
  const tool = (label: string, testId: string, disabled: boolean, run: () => void) => (
    <button type="button" className="btn btn-small" data-testid={testId} disabled={disabled} onClick={run}>
      {label}
    </button>
  );

  return (
    <fieldset className="group" data-testid="table">
      <legend>{t('tables:table.legend')}</legend>
      <p className="muted">{t('tables:table.empty')}</p>
      <div className="table-tools" role="toolbar" aria-label={t('tables:table.cellTools')}>
        {tool(t('tables:table.rowAbove'), 'row-above', rows >= LIMITS.tableRows || cur.r < 0, () => edit(insertRow(table, cur.r), { r: cur.r, c: cur.c }))}
        {tool(t('tables:table.rowBelow'), 'row-below', rows >= LIMITS.tableRows, () => edit(insertRow(table, cur.r + 1), { r: cur.r + 1, c: cur.c }))}
        {tool(t('tables:table.deleteRow'), 'row-delete', cur.r < 0, () => edit(removeRow(table, cur.r), { r: Math.min(cur.r, rows - 2), c: cur.c }))}
        {tool(t('tables:table.rowUp'), 'row-up', cur.r <= 0, () => edit(moveRow(table, cur.r, cur.r - 1), { r: cur.r - 1, c: cur.c }))}
        {tool(t('tables:table.rowDown'), 'row-down', cur.r < 0 || cur.r >= rows - 1, () => edit(moveRow(table, cur.r, cur.r + 1), { r: cur.r + 1, c: cur.c }))}
        {tool(t('tables:table.colLeft'), 'col-left', cols >= LIMITS.tableColumns, () => edit(insertColumn(table, cur.c), { r: cur.r, c: cur.c }))}
        {tool(t('tables:table.colRight'), 'col-right', cols >= LIMITS.tableColumns, () => edit(insertColumn(table, cur.c + 1), { r: cur.r, c: cur.c + 1 }))}
        {tool(t('tables:table.deleteCol'), 'col-delete', cols <= 1, () => edit(removeColumn(table, cur.c), { r: cur.r, c: Math.min(cur.c, cols - 2) }))}
        {tool(t('tables:table.colMoveLeft'), 'col-move-left', cur.c <= 0, () => edit(moveColumn(table, cur.c, cur.c - 1), { r: cur.r, c: cur.c - 1 }))}
        {tool(t('tables:table.colMoveRight'), 'col-move-right', cur.c >= cols - 1, () => edit(moveColumn(table, cur.c, cur.c + 1), { r: cur.r, c: cur.c + 1 }))}
        <SelectField label={t('tables:table.align')} testId="col-align" value={table.align[cur.c] ?? 'auto'} options={TABLE_ALIGNS.map((a) => ({ value: a, label: alignLabels[a] }))} onChange={(a) => set(setAlign(table, cur.c, a))} />
        <SelectField
          label={t('tables:table.cite')}
          testId="cell-cite"
          value=""
          options={[{ value: '', label: t('tables:table.none') }, ...sources.map((s, n) => ({ value: s.id, label: `[${n + 1}] ${s.title || t('tables:table.untitledSource')}` }))]}
          onChange={(id) => {
            if (id && curCell && !curCell.cites.includes(id)) set(setCell(table, cur.r, cur.c, { cites: [...curCell.cites, id] }));
          }}
        />
      </div>
      {curCell && curCell.cites.length > 0 ? (
        <p className="table-cites" data-testid="cell-cites">
          {t('tables:table.cites')}:{' '}
          {curCell.cites.map((id) => (
            <button key={id} type="button" className="btn btn-small" aria-label={t('tables:table.removeCite', { n: srcLabel(id) })} onClick={() => set(setCell(table, cur.r, cur.c, { cites: curCell.cites.filter((x) => x !== id) }))}>
              {srcLabel(id)} ×
            </button>
          ))}
        </p>
      ) : null}
      <div className="table-grid-wrap">
        <table className="table-grid" aria-label={t('tables:table.grid')} data-testid="table-grid">
          <thead>
            <tr>
              {table.header.map((_, c) => (
                <th key={c}>{cellInput(-1, c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((_, c) => (
                  <td key={c}>{cellInput(r, c)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted" data-testid="table-size">
        {t('tables:table.size', { cols, rows, maxCols: LIMITS.tableColumns, maxRows: LIMITS.tableRows })}
      </p>
      <div className="row">
        <TextField className="grow" label={t('tables:table.caption')} value={table.caption} maxLength={500} testId="table-caption" onChange={(v) => set({ ...table, caption: v }, 'caption')} />
        <TextField label={t('tables:table.asOf')} type="date" value={table.asOf} focusTarget="table:asOf" testId="table-asof" onChange={(v) => set({ ...table, asOf: v }, 'asOf')} />
        <SelectField label={t('tables:table.source')} focusTarget="table:source" testId="table-source" value={table.sourceId} options={[{ value: '', label: t('tables:table.none') }, ...sources.map((s, n) => ({ value: s.id, label: `[${n + 1}] ${s.title || t('tables:table.untitledSource')}` }))]} onChange={(v) => set({ ...table, sourceId: v })} />
      </div>
      <button type="button" className="btn btn-quiet" data-testid="table-remove" onClick={() => set(null)}>
        {t('tables:table.remove')}
      </button>
    </fieldset>
  );
}
