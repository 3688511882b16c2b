import { useState } from 'react';
import { ASPECTS, TRANSITIONS } from '../../../engine/model/schema.ts';
import { THEMES } from '../../../engine/export/themes.ts';
import { useEditor } from '../store/index.ts';
import { selectMarking, selectMeta, selectSettings } from '../store/selectors.ts';
import { CheckField, SelectField, TextField } from './Field.tsx';
import { MarkingEditor } from './MarkingEditor.tsx';
import { SlideOptions } from './SlideOptions.tsx';
import { useNsT } from '../lib/useNsT.ts';

export function DeckPanel() {
  const meta = useEditor(selectMeta);
  const marking = useEditor(selectMarking);
  const settings = useEditor(selectSettings);
  const st = useEditor.getState;
  const tm = useNsT('marking');
  return (
    <form className="deck-form" aria-label="Deck settings" onSubmit={(e) => e.preventDefault()}>
      <fieldset className="group">
        <legend>Briefing</legend>
        <TextField label="Deck title" value={meta.title} maxLength={500} testId="deck-title" focusTarget="deck-title" onChange={(v) => st().setMeta({ title: v })} />
        <TextField label="Subtitle" value={meta.subtitle} maxLength={500} onChange={(v) => st().setMeta({ subtitle: v })} />
        <div className="row">
          <TextField className="grow" label="Presenter" value={meta.presenter} maxLength={200} onChange={(v) => st().setMeta({ presenter: v })} />
          <TextField className="grow" label="Office" value={meta.office} maxLength={200} onChange={(v) => st().setMeta({ office: v })} />
        </div>
        <TextField label="Organisation" value={meta.organisation} maxLength={200} onChange={(v) => st().setMeta({ organisation: v })} />
        <div className="row">
          <TextField label="Briefing date" type="date" value={meta.date} onChange={(v) => st().setMeta({ date: v })} />
          <TextField label="Information as of" type="date" value={meta.asOf} onChange={(v) => st().setMeta({ asOf: v })} />
          <SelectField
            label="Language"
            value={meta.lang.startsWith('ko') ? 'ko' : meta.lang === 'en' ? 'en' : meta.lang}
            options={[{ value: 'en', label: 'English' }, { value: 'ko', label: '한국어 (Korean)' }, ...(['en', 'ko'].includes(meta.lang) || meta.lang.startsWith('ko') ? [] : [{ value: meta.lang, label: meta.lang }])]}
            onChange={(v) => st().setMeta({ lang: v })}
          />
        </div>
      </fieldset>
      <fieldset className="group" data-testid="deck-marking">
        <legend>{tm('legend')}</legend>
        <MarkingEditor marking={marking} testPrefix="marking" focusTarget="marking" onChange={(next, typing) => st().setMarking(next, typing)} />
      </fieldset>
      <fieldset className="group">
        <legend>Slides</legend>
        <div className="row">
          <SelectField label="Theme" value={settings.theme} testId="deck-theme" options={THEMES.map((t) => ({ value: t.id, label: t.label }))} onChange={(v) => st().setSettings({ theme: v })} />
          <SelectField label="Aspect" value={settings.aspect} options={ASPECTS.map((a) => ({ value: a, label: a }))} onChange={(v) => st().setSettings({ aspect: v })} />
          <SelectField label="Transition" value={settings.transition} options={TRANSITIONS.map((t) => ({ value: t, label: t[0]!.toUpperCase() + t.slice(1) }))} onChange={(v) => st().setSettings({ transition: v })} />
        </div>
        <div className="row">
          <CheckField label="Slide numbers (n / N)" checked={settings.slideNumber} onChange={(v) => st().setSettings({ slideNumber: v })} />
          <CheckField label="Agenda slide" checked={settings.agenda} onChange={(v) => st().setSettings({ agenda: v })} />
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
  // Undo or another window changed the deck's value: show it, not a stale draft.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (draft !== null && Number(draft) !== value) setDraft(null);
  }
  return (
    <div className="narrow-field" onBlur={() => setDraft(null)}>
      <TextField
        label="Target speaking time (minutes)"
        type="number"
        min={1}
        max={600}
        value={draft ?? String(value)}
        focusTarget="settings"
        testId="target-minutes"
        hint="A whole number from 1 to 600."
        onChange={(v) => {
          setDraft(v);
          const n = Number(v);
          if (v.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= 600) onChange(n);
        }}
      />
    </div>
  );
}
