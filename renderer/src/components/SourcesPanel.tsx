/**
 * The deck's sources, defined once and cited from any section (format v3). Deleting a
 * source that is still cited asks first and says where it is used; the deletion (source
 * and citations together) is one undo step.
 */
import { useMemo, useState } from 'react';
import { indexSources } from '../../../engine/compile/sources.ts';
import { LIMITS } from '../../../engine/model/defaults.ts';
import type { Source } from '../../../engine/model/schema.ts';
import { sourceUses, type SourceUse } from '../../../engine/model/source-uses.ts';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useEditor } from '../store/index.ts';
import { selectDeck } from '../store/selectors.ts';
import { TextField } from './Field.tsx';
import { Icon } from './Icon.tsx';

type T = TFunction;

function places(t: T, uses: readonly SourceUse[]): string {
  return uses
    .map((u) => {
      const what = [u.points ? t('sources:placePoints', { count: u.points }) : '', u.figures ? t('sources:placeFigures', { count: u.figures }) : ''].filter(Boolean).join(', ');
      return t('sources:place', { section: u.sectionTitle.trim() || '—', what });
    })
    .join('; ');
}

export function SourcesPanel() {
  const { t } = useTranslation();
  const deck = useEditor(selectDeck);
  const sources = deck.sources;
  const index = useMemo(() => indexSources(deck), [deck]);
  const uses = useMemo(() => sourceUses(deck), [deck]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const st = useEditor.getState;
  const patch = (sid: string, p: Partial<Source>) => st().setSources(sources.map((s) => (s.id === sid ? { ...s, ...p } : s)), `${sid}:${Object.keys(p).join()}`);
  const remove = (s: Source) => {
    const used = uses.get(s.id);
    if (used && confirming !== s.id) return setConfirming(s.id);
    setConfirming(null);
    st().deleteSource(s.id);
    if (used) st().notify(t('sources:deleted', { count: used.reduce((n, u) => n + u.points + u.figures, 0) }));
  };
  return (
    <form className="deck-form" aria-label={t('sources:legend')} onSubmit={(e) => e.preventDefault()} data-testid="sources-panel">
      <fieldset className="group" data-testid="sources">
        <legend>{t('sources:legend')}</legend>
        <p className="muted">{t('sources:intro')}</p>
        {sources.length === 0 ? <p className="muted">{t('sources:empty')}</p> : null}
        {sources.map((s) => {
          const n = index.numberOf(null, s.id) ?? 0;
          const used = uses.get(s.id);
          return (
            <div key={s.id} className="source-block" role="group" aria-label={`[${n}] ${s.title || t('sources:untitled')}`} data-testid="source-row">
              <div className="item-row">
                <TextField className="grow" label={t('sources:title', { n })} value={s.title} maxLength={1000} focusTarget={`source:${s.id}`} onChange={(v) => patch(s.id, { title: v })} testId="source-title" />
                <TextField label={t('sources:publisher')} value={s.publisher} maxLength={500} onChange={(v) => patch(s.id, { publisher: v })} testId="source-publisher" />
                <TextField label={t('sources:date')} type="date" value={s.date} onChange={(v) => patch(s.id, { date: v })} testId="source-date" />
                <TextField label={t('sources:url')} type="url" value={s.url} maxLength={2000} placeholder="https://" onChange={(v) => patch(s.id, { url: v })} testId="source-url" />
                <button type="button" className="btn btn-icon" aria-label={t('sources:remove', { n })} data-testid="source-remove" onClick={() => remove(s)}>
                  <Icon name="close" size={14} />
                </button>
              </div>
              <p className="field-hint" data-testid="source-uses">
                {used ? t('sources:usedIn', { places: places(t, used) }) : t('sources:unused')}
              </p>
              {confirming === s.id && used ? (
                <div className="confirm-row" role="alertdialog" aria-label={t('sources:deleteYes')} data-testid="source-confirm">
                  <p>{t('sources:confirmDelete', { title: s.title || t('sources:untitled'), places: places(t, used) })}</p>
                  <button type="button" className="btn btn-danger" data-testid="source-confirm-yes" onClick={() => remove(s)}>
                    {t('sources:deleteYes')}
                  </button>
                  <button type="button" className="btn" data-testid="source-confirm-no" onClick={() => setConfirming(null)}>
                    {t('sources:deleteNo')}
                  </button>
                </div>
              ) : null}
            </div>
          );
        })}
        <button type="button" className="btn btn-quiet" data-testid="source-add" disabled={sources.length >= LIMITS.sources} onClick={() => st().requestFocus(`source:${st().addSource()}`)}>
          {t('sources:add')}
        </button>
      </fieldset>
    </form>
  );
}
