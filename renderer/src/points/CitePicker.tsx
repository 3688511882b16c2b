/**
 * Per-point marks beside the text: the "cite…" picker over the deck's sources (numbered as
 * on the Sources slide) and the optional portion mark. Sources are deck-wide (format v3).
 */
import { useMemo, useState } from 'react';
import { citationOrder, createCiteMemo, numberSources } from '../../../engine/compile/sources.ts';
import type { Section } from '../../../engine/model/schema.ts';
import { PORTION_MARKS, type PortionMark } from '../../../engine/marking/levels.ts';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/index.ts';
import { selectSources } from '../store/selectors.ts';

/**
 * The citation order as one string, per sections array: this selector runs on every store
 * change for every editor that shows numbers, and the store's decks are immutable, so the
 * walk is remembered per section and point (a keystroke walks the edited point's path).
 */
const citeMemo = createCiteMemo();
const orderKeys = new WeakMap<readonly Section[], string>();
function orderKeyOf(s: ReturnType<typeof useEditor.getState>): string {
  let key = orderKeys.get(s.deck.sections);
  if (key === undefined) orderKeys.set(s.deck.sections, (key = citationOrder(s.deck, citeMemo).join('\u0000')));
  return key;
}

/** Source id → its number on the slides. Stable while the sources and the citation order are. */
export function useSourceNumbers(): ReadonlyMap<string, number> {
  const sources = useEditor(selectSources);
  // A string, so typing (which keeps the order) does not give the rows a new map.
  const orderKey = useEditor(orderKeyOf);
  return useMemo(() => new Map(numberSources(sources, orderKey ? orderKey.split('\u0000') : []).map((e) => [e.source.id, e.n])), [sources, orderKey]);
}

export function CitePicker({ pointIndex, cites, numbers, onChange }: { pointIndex: number; cites: string[]; numbers: ReadonlyMap<string, number>; onChange: (cites: string[]) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const sources = useEditor(selectSources);
  const known = cites.filter((c) => numbers.has(c));
  const label = known.length === 0 ? t('sources:cite') : known.map((c) => `[${numbers.get(c)}]`).join('');
  const sorted = [...sources].sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0));
  return (
    <div
      className="cite-picker"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button type="button" className={`btn btn-quiet btn-small cite-btn ${known.length ? 'has-cites' : ''}`} aria-expanded={open} data-testid="cite-button" aria-label={t('sources:citedBy', { n: pointIndex + 1, label: known.length ? label : t('sources:citeNone') })} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open ? (
        <fieldset className="cite-menu" data-testid="cite-menu">
          <legend className="sr-only">{t('sources:citeLegend', { n: pointIndex + 1 })}</legend>
          {sorted.length === 0 ? <p className="muted">{t('sources:noSources')}</p> : null}
          {sorted.map((s) => (
            <label key={s.id}>
              <input type="checkbox" checked={known.includes(s.id)} onChange={(e) => onChange(e.target.checked ? [...known, s.id] : known.filter((c) => c !== s.id))} />[{numbers.get(s.id)}] {s.title || t('sources:untitled')}
            </label>
          ))}
          <button type="button" className="btn btn-quiet btn-small" onClick={() => useEditor.getState().setPanel('sources')}>
            {t('sources:openPanel')}
          </button>
        </fieldset>
      ) : null}
    </div>
  );
}

/** The optional portion mark, (U) … (TS), shown before the point on the slide. */
export function PortionPicker({ pointIndex, portion, onChange }: { pointIndex: number; portion: PortionMark; onChange: (p: PortionMark) => void }) {
  const { t } = useTranslation();
  return (
    <select className="portion-select" value={portion} aria-label={t('marking:portion', { n: pointIndex + 1 })} data-testid="portion-select" onChange={(e) => onChange(e.target.value as PortionMark)}>
      {PORTION_MARKS.map((p) => (
        <option key={p} value={p}>
          {p ? `(${p})` : t('marking:portionNone')}
        </option>
      ))}
    </select>
  );
}
