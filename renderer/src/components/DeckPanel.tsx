import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASPECTS, TRANSITIONS } from '../../../engine/model/schema.ts';
import { THEMES } from '../../../engine/export/themes.ts';
import { useEditor } from '../store/index.ts';
import { selectMarking, selectMeta, selectSettings } from '../store/selectors.ts';
import { CheckField, SelectField, TextField } from './Field.tsx';
import { MarkingEditor } from './MarkingEditor.tsx';
import { SlideOptions } from './SlideOptions.tsx';

export function DeckPanel() {
  const meta = useEditor(selectMeta);
  const marking = useEditor(selectMarking);
  const settings = useEditor(selectSettings);
  const st = useEditor.getState;
  const { t } = useTranslation();
  return (
    <form className="deck-form" aria-label={t('editor:deck.settings')} onSubmit={(e) => e.preventDefault()}>
      <fieldset className="group">
        <legend>{t('editor:deck.briefing')}</legend>
        <TextField label={t('editor:deck.title')} value={meta.title} maxLength={500} testId="deck-title" focusTarget="deck-title" onChange={(v) => st().setMeta({ title: v })} />
        <TextField label={t('editor:deck.subtitle')} value={meta.subtitle} maxLength={500} onChange={(v) => st().setMeta({ subtitle: v })} />
        <div className="row">
          <TextField className="grow" label={t('editor:deck.presenter')} value={meta.presenter} maxLength={200} onChange={(v) => st().setMeta({ presenter: v })} />
          <TextField className="grow" label={t('editor:deck.office')} value={meta.office} maxLength={200} onChange={(v) => st().setMeta({ office: v })} />
        </div>
        <TextField label={t('editor:deck.organisation')} value={meta.organisation} maxLength={200} onChange={(v) => st().setMeta({ organisation: v })} />
        <div className="row">
          <TextField label={t('editor:deck.date')} type="date" value={meta.date} onChange={(v) => st().setMeta({ date: v })} />
          <TextField label={t('editor:deck.asOf')} type="date" value={meta.asOf} onChange={(v) => st().setMeta({ asOf: v })} />
          <SelectField
            label={t('editor:deck.slideLanguage')}
            value={meta.lang.startsWith('ko') ? 'ko' : meta.lang === 'en' ? 'en' : meta.lang}
            options={[{ value: 'en', label: t('editor:deck.langEn') }, { value: 'ko', label: t('editor:deck.langKo') }, ...(['en', 'ko'].includes(meta.lang) || meta.lang.startsWith('ko') ? [] : [{ value: meta.lang, label: meta.lang }])]}
            onChange={(v) => st().setMeta({ lang: v })}
          />
        </div>
      </fieldset>
      <fieldset className="group" data-testid="deck-marking">
        <legend>{t('marking:legend')}</legend>
        <MarkingEditor marking={marking} testPrefix="marking" focusTarget="marking" onChange={(next, typing) => st().setMarking(next, typing)} />
      </fieldset>
      <fieldset className="group">
        <legend>{t('editor:deck.slides')}</legend>
        <div className="row">
          <SelectField label={t('editor:deck.theme')} value={settings.theme} testId="deck-theme" options={THEMES.map((th) => ({ value: th.id, label: t(`editor:theme.${th.id}`, { defaultValue: th.label }) }))} onChange={(v) => st().setSettings({ theme: v })} />
          <SelectField label={t('editor:deck.aspect')} value={settings.aspect} options={ASPECTS.map((a) => ({ value: a, label: a }))} onChange={(v) => st().setSettings({ aspect: v })} />
          <SelectField label={t('editor:deck.transition')} value={settings.transition} options={TRANSITIONS.map((tr) => ({ value: tr, label: t(`editor:transition.${tr}`) }))} onChange={(v) => st().setSettings({ transition: v })} />
        </div>
        <div className="row">
          <CheckField label={t('editor:deck.slideNumbers')} checked={settings.slideNumber} onChange={(v) => st().setSettings({ slideNumber: v })} />
          <CheckField label={t('editor:deck.agenda')} checked={settings.agenda} onChange={(v) => st().setSettings({ agenda: v })} />
        </div>
        <SlideOptions />
        <TargetMinutes value={settings.targetMinutes} onChange={(n) => st().setSettings({ targetMinutes: n })} />
      </fieldset>
    </form>
  );
}

/**
 * A number field that lets you clear it and type a new number: the draft is yours while you
 * type, only whole numbers 1–600 reach the deck, and leaving the field shows the deck's value.
 */
function TargetMinutes({ value, onChange }: { value: number; onChange: (n: number) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const { t } = useTranslation();
  // Undo or another window changed the deck's value: show it, not a stale draft.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (draft !== null && Number(draft) !== value) setDraft(null);
  }
  return (
    <div className="narrow-field" onBlur={() => setDraft(null)}>
      <TextField
        label={t('editor:deck.targetMinutes')}
        type="number"
        min={1}
        max={600}
        value={draft ?? String(value)}
        focusTarget="settings"
        testId="target-minutes"
        hint={t('editor:deck.targetHint')}
        onChange={(v) => {
          setDraft(v);
          const n = Number(v);
          if (v.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= 600) onChange(n);
        }}
      />
    </div>
  );
}
