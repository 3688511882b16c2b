/** The decision block of a 'decision' section: the problem, the options, the recommendation. */
import { useTranslation } from 'react-i18next';
import { newId } from '../../../engine/format/index.ts';
import type { Decision, Section } from '../../../engine/model/schema.ts';
import { useEditor } from '../store/index.ts';
import { Icon } from './Icon.tsx';
import { SelectField, TextField } from './Field.tsx';

const EMPTY: Decision = { problem: '', options: [], recommendation: '' };
const MAX_OPTIONS = 20;

export function DecisionEditor({ section }: { section: Section }) {
  const d = section.decision ?? EMPTY;
  const { t } = useTranslation();
  const set = (next: Decision, typing?: string) => useEditor.getState().setDecision(section.id, next, typing);
  const patchOption = (oid: string, p: Partial<Decision['options'][number]>) =>
    set({ ...d, options: d.options.map((o) => (o.id === oid ? { ...o, ...p } : o)) }, `${oid}:${Object.keys(p).join()}`);
  return (
    <fieldset className="group" data-testid="decision">
      <legend>{t('editor:kind.decision')}</legend>
      <TextField label={t('editor:decision.problem')} multiline value={d.problem} maxLength={20_000} onChange={(v) => set({ ...d, problem: v }, 'problem')} />
      {d.options.map((o, i) => (
        <div className="item-row" key={o.id} role="group" aria-label={t('editor:decision.option', { n: i + 1 })}>
          <TextField label={t('editor:decision.option', { n: i + 1 })} value={o.title} maxLength={500} onChange={(v) => patchOption(o.id, { title: v })} />
          <TextField className="grow" label={t('editor:decision.summary')} value={o.summary} maxLength={20_000} onChange={(v) => patchOption(o.id, { summary: v })} />
          <button type="button" className="btn btn-icon" aria-label={t('editor:decision.remove', { n: i + 1 })} onClick={() => set({ ...d, options: d.options.filter((x) => x.id !== o.id), recommendation: d.recommendation === o.id ? '' : d.recommendation })}>
            <Icon name="close" size={14} />
          </button>
        </div>
      ))}
      <div className="row">
        <button type="button" className="btn btn-quiet" disabled={d.options.length >= MAX_OPTIONS} onClick={() => set({ ...d, options: [...d.options, { id: newId('opt'), title: t('editor:decision.option', { n: d.options.length + 1 }), summary: '' }] })}>
          {t('editor:decision.add')}
        </button>
        <SelectField label={t('editor:decision.recommendation')} value={d.recommendation} options={[{ value: '', label: t('editor:none') }, ...d.options.map((o, i) => ({ value: o.id, label: o.title || t('editor:decision.option', { n: i + 1 }) }))]} onChange={(v) => set({ ...d, recommendation: v })} />
      </div>
    </fieldset>
  );
}
