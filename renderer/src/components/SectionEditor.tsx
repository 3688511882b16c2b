import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../engine/format/index.ts';
import { LIMITS } from '../../../engine/model/defaults.ts';
import { SECTION_KINDS, type KeyFigure, type Section } from '../../../engine/model/schema.ts';
import { PointsEditor } from '../points/PointsEditor.tsx';
import { useEditor } from '../store/index.ts';
import { selectSelectedSection, selectSources } from '../store/selectors.ts';
import { hasShell, shell } from '../shell.ts';
import { checkImageFile, readImageFile } from '../lib/image.ts';
import { addSection } from '../actions.ts';
import { useFocusTarget } from '../lib/useFocusTarget.ts';
import { CheckField, SelectField, TextField } from './Field.tsx';
import { KIND_LABEL_KEYS } from './kinds.ts';
import { Icon } from './Icon.tsx';
import { DecisionEditor } from './DecisionEditor.tsx';
import { TableEditor } from '../tables/TableEditor.tsx';
import { ChartEditor } from '../tables/ChartEditor.tsx';
import { MarkingEditor } from './MarkingEditor.tsx';
import { useSourceNumbers } from '../points/CitePicker.tsx';
import { resolveMarking } from '../../../engine/marking/resolve.ts';
import { failureText } from '../failure-text.ts';

export function SectionEditor() {
  const section = useEditor(selectSelectedSection);
  const { t } = useTranslation();
  if (!section) {
    return (
      <div className="empty-state">
        <p>{t('editor:section.none')}</p>
        <button type="button" className="btn btn-primary" onClick={() => addSection()}>
          {t('editor:section.addFirst')}
        </button>
      </div>
    );
  }
  return <SectionForm key={section.id} section={section} />;
}

function SectionForm({ section }: { section: Section }) {
  const st = useEditor.getState;
  const id = section.id;
  const { t } = useTranslation();
  return (
    <form className="section-form" aria-label={t('editor:tab.section')} onSubmit={(e) => e.preventDefault()}>
      <div className="row">
        <TextField className="grow" label={t('editor:section.title')} value={section.title} maxLength={500} focusTarget="title" testId="section-title" onChange={(v) => st().editSection(id, 'title', v)} />
        <SelectField label={t('editor:section.kind')} value={section.kind} testId="section-kind" options={SECTION_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL_KEYS[k]) }))} onChange={(k) => st().setSectionKind(id, k)} />
      </div>
      {section.kind === 'decision' ? <DecisionEditor section={section} /> : null}
      <fieldset className="group">
        <legend>{t('editor:section.points')}</legend>
        <PointsEditor sectionId={id} points={section.points} />
      </fieldset>
      <TextField label={t('editor:section.notes')} multiline value={section.notes} maxLength={100_000} focusTarget="notes" testId="section-notes" onChange={(v) => st().editSection(id, 'notes', v)} hint={t('editor:section.notesHint')} />
      <FiguresEditor section={section} />
      <TableEditor section={section} />
      <ChartEditor section={section} />
      <ImageEditor section={section} />
      <SectionMarking section={section} />
    </form>
  );
}

function FiguresEditor({ section }: { section: Section }) {
  const sources = useEditor(selectSources);
  const numbers = useSourceNumbers();
  const addRef = useRef<HTMLButtonElement>(null);
  const { t } = useTranslation();
  useFocusTarget('figures', addRef);
  const set = (figures: KeyFigure[], typing?: string) => useEditor.getState().setFigures(section.id, figures, typing);
  const patch = (fid: string, p: Partial<KeyFigure>) => set(section.figures.map((f) => (f.id === fid ? { ...f, ...p } : f)), `${fid}:${Object.keys(p).join()}`);
  return (
    <fieldset className="group" data-testid="figures">
      <legend>{t('editor:figures.title')}</legend>
      {section.figures.length === 0 ? <p className="muted">{t('editor:figures.hint')}</p> : null}
      {section.figures.map((f, i) => (
        <div className="item-row" key={f.id} role="group" aria-label={t('editor:figures.item', { n: i + 1 })}>
          <TextField label={t('editor:figures.label')} value={f.label} maxLength={200} focusTarget={`figure:${f.id}`} onChange={(v) => patch(f.id, { label: v })} testId="figure-label" />
          <TextField label={t('editor:figures.value')} value={f.value} maxLength={100} onChange={(v) => patch(f.id, { value: v })} testId="figure-value" />
          <TextField label={t('editor:figures.unit')} value={f.unit} maxLength={100} onChange={(v) => patch(f.id, { unit: v })} testId="figure-unit" />
          <TextField label={t('editor:figures.asOf')} type="date" value={f.asOf} focusTarget={`figure:${f.id}:asOf`} onChange={(v) => patch(f.id, { asOf: v })} testId="figure-asof" />
          <SelectField label={t('editor:figures.source')} value={f.sourceId} testId="figure-source" focusTarget={`figure:${f.id}:source`} options={[{ value: '', label: t('editor:none') }, ...sources.map((s) => ({ value: s.id, label: `[${numbers.get(s.id) ?? '?'}] ${s.title || t('sources:untitled')}` }))]} onChange={(v) => set(section.figures.map((x) => (x.id === f.id ? { ...x, sourceId: v } : x)))} />
          <button type="button" className="btn btn-icon" aria-label={t('editor:figures.remove', { n: i + 1 })} onClick={() => set(section.figures.filter((x) => x.id !== f.id))}>
            <Icon name="close" size={14} />
          </button>
        </div>
      ))}
      <button
        ref={addRef}
        type="button"
        className="btn btn-quiet"
        disabled={section.figures.length >= LIMITS.perSectionItems}
        onClick={() => set([...section.figures, { id: newId('f'), label: '', value: '', unit: '', asOf: '', sourceId: sources[0]?.id ?? '' }])}
      >
        {t('editor:figures.add')}
      </button>
    </fieldset>
  );
}

function ImageEditor({ section }: { section: Section }) {
  const [over, setOver] = useState(false);
  const { t } = useTranslation();
  const notify = useEditor.getState().notify;
  const setImage = (image: Section['image'], typing?: string) => useEditor.getState().setImage(section.id, image, typing);
  const accept = async (file: File) => {
    const problem = checkImageFile(file);
    if (problem) return notify(problem, 'error');
    try {
      setImage({ dataUrl: await readImageFile(file), alt: section.image?.alt ?? '' });
    } catch (e) {
      notify(e instanceof Error ? failureText(e) : String(e), 'error');
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (!file) return notify(t('editor:image.dropFile'), 'error');
    void accept(file);
  };
  const pick = async () => {
    try {
      const r = await shell().pickImage();
      if (!r.ok) {
        if (r.code !== 'canceled') notify(failureText(r), 'error');
        return;
      }
      setImage({ dataUrl: r.dataUrl, alt: section.image?.alt ?? '' });
    } catch (e) {
      notify(e instanceof Error ? failureText(e) : String(e), 'error');
    }
  };
  return (
    <fieldset className="group" data-testid="image">
      <legend>{t('editor:image.title')}</legend>
      <div
        className={`dropzone ${over ? 'dropzone-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="image-drop"
      >
        {section.image ? <img src={section.image.dataUrl} alt={section.image.alt || t('editor:image.noAlt')} className="image-thumb" /> : <p className="muted">{t('editor:image.hint')}</p>}
        <div className="row">
          <button type="button" className="btn" onClick={() => void pick()} disabled={!hasShell()}>
            {section.image ? t('editor:image.replace') : t('editor:image.choose')}
          </button>
          {section.image ? (
            <button type="button" className="btn btn-quiet" onClick={() => setImage(null)}>
              {t('editor:image.remove')}
            </button>
          ) : null}
        </div>
      </div>
      {section.image ? <TextField label={t('editor:image.alt')} value={section.image.alt} maxLength={1000} onChange={(v) => setImage({ ...section.image!, alt: v }, 'alt')} /> : null}
    </fieldset>
  );
}

/** A section may carry a different marking from the deck (one slide at a higher level). */
function SectionMarking({ section }: { section: Section }) {
  const deckMarking = useEditor((s) => s.deck.marking);
  const { t } = useTranslation();
  const set = (m: Section['marking'], typing?: string) => useEditor.getState().setSectionMarking(section.id, m, typing);
  const m = section.marking;
  const deckText = resolveMarking(deckMarking).text;
  return (
    <fieldset className="group" data-testid="section-marking">
      <legend>{t('marking:legend')}</legend>
      <CheckField label={t('marking:sectionOwn')} checked={m !== null} onChange={(on) => set(on ? { ...deckMarking } : null)} />
      {m ? <MarkingEditor marking={m} testPrefix="section-marking" focusTarget="section-marking" onChange={(next, typing) => set(next, typing)} /> : <p className="muted">{deckText ? t('marking:sectionUsesDeck', { text: deckText }) : t('marking:sectionUsesDeckNone')}</p>}
    </fieldset>
  );
}
