import { useRef, useState, type DragEvent } from 'react';
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
import { KIND_LABELS } from './kinds.ts';
import { Icon } from './Icon.tsx';
import { DecisionEditor } from './DecisionEditor.tsx';
import { MarkingEditor } from './MarkingEditor.tsx';
import { useSourceNumbers } from '../points/CitePicker.tsx';
import { useNsT } from '../lib/useNsT.ts';
import { resolveMarking } from '../../../engine/marking/resolve.ts';

export function SectionEditor() {
  const section = useEditor(selectSelectedSection);
  if (!section) {
    return (
      <div className="empty-state">
        <p>No section selected.</p>
        <button type="button" className="btn btn-primary" onClick={() => addSection()}>
          Add a section
        </button>
      </div>
    );
  }
  return <SectionForm key={section.id} section={section} />;
}

function SectionForm({ section }: { section: Section }) {
  const st = useEditor.getState;
  const id = section.id;
  return (
    <form className="section-form" aria-label="Section" onSubmit={(e) => e.preventDefault()}>
      <div className="row">
        <TextField className="grow" label="Section title" value={section.title} maxLength={500} focusTarget="title" testId="section-title" onChange={(v) => st().editSection(id, 'title', v)} />
        <SelectField label="Kind" value={section.kind} testId="section-kind" options={SECTION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} onChange={(k) => st().setSectionKind(id, k)} />
      </div>
      {section.kind === 'decision' ? <DecisionEditor section={section} /> : null}
      <fieldset className="group">
        <legend>Talking points</legend>
        <PointsEditor sectionId={id} points={section.points} />
      </fieldset>
      <TextField label="Speaker notes" multiline value={section.notes} maxLength={100_000} focusTarget="notes" testId="section-notes" onChange={(v) => st().editSection(id, 'notes', v)} hint="Only you see these, in the presenter view. Blank lines split paragraphs." />
      <FiguresEditor section={section} />
      <ImageEditor section={section} />
      <SectionMarking section={section} />
    </form>
  );
}

function FiguresEditor({ section }: { section: Section }) {
  const sources = useEditor(selectSources);
  const numbers = useSourceNumbers();
  const addRef = useRef<HTMLButtonElement>(null);
  useFocusTarget('figures', addRef);
  const set = (figures: KeyFigure[], typing?: string) => useEditor.getState().setFigures(section.id, figures, typing);
  const patch = (fid: string, p: Partial<KeyFigure>) => set(section.figures.map((f) => (f.id === fid ? { ...f, ...p } : f)), `${fid}:${Object.keys(p).join()}`);
  return (
    <fieldset className="group" data-testid="figures">
      <legend>Key figures</legend>
      {section.figures.length === 0 ? <p className="muted">Numbers the audience must remember: label, value, unit, as-of date and source.</p> : null}
      {section.figures.map((f, i) => (
        <div className="item-row" key={f.id} role="group" aria-label={`Key figure ${i + 1}`}>
          <TextField label="Label" value={f.label} maxLength={200} focusTarget={`figure:${f.id}`} onChange={(v) => patch(f.id, { label: v })} testId="figure-label" />
          <TextField label="Value" value={f.value} maxLength={100} onChange={(v) => patch(f.id, { value: v })} testId="figure-value" />
          <TextField label="Unit" value={f.unit} maxLength={100} onChange={(v) => patch(f.id, { unit: v })} testId="figure-unit" />
          <TextField label="As of" type="date" value={f.asOf} focusTarget={`figure:${f.id}:asOf`} onChange={(v) => patch(f.id, { asOf: v })} testId="figure-asof" />
          <SelectField label="Source" value={f.sourceId} testId="figure-source" focusTarget={`figure:${f.id}:source`} options={[{ value: '', label: '— none —' }, ...sources.map((s) => ({ value: s.id, label: `[${numbers.get(s.id) ?? '?'}] ${s.title || 'Untitled source'}` }))]} onChange={(v) => set(section.figures.map((x) => (x.id === f.id ? { ...x, sourceId: v } : x)))} />
          <button type="button" className="btn btn-icon" aria-label={`Remove key figure ${i + 1}`} onClick={() => set(section.figures.filter((x) => x.id !== f.id))}>
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
        + Add key figure
      </button>
    </fieldset>
  );
}

function ImageEditor({ section }: { section: Section }) {
  const [over, setOver] = useState(false);
  const notify = useEditor.getState().notify;
  const setImage = (image: Section['image'], typing?: string) => useEditor.getState().setImage(section.id, image, typing);
  const accept = async (file: File) => {
    const problem = checkImageFile(file);
    if (problem) return notify(problem, 'error');
    try {
      setImage({ dataUrl: await readImageFile(file), alt: section.image?.alt ?? '' });
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), 'error');
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (!file) return notify('Drop an image file (PNG, JPEG, GIF or WebP).', 'error');
    void accept(file);
  };
  const pick = async () => {
    try {
      const r = await shell().pickImage();
      if (!r.ok) {
        if (r.code !== 'canceled') notify(r.message, 'error');
        return;
      }
      setImage({ dataUrl: r.dataUrl, alt: section.image?.alt ?? '' });
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), 'error');
    }
  };
  return (
    <fieldset className="group" data-testid="image">
      <legend>Image</legend>
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
        {section.image ? <img src={section.image.dataUrl} alt={section.image.alt || 'Section image (no alt text yet)'} className="image-thumb" /> : <p className="muted">Drop a PNG, JPEG, GIF or WebP here (up to 9 MB), or choose one.</p>}
        <div className="row">
          <button type="button" className="btn" onClick={() => void pick()} disabled={!hasShell()}>
            {section.image ? 'Replace image…' : 'Choose image…'}
          </button>
          {section.image ? (
            <button type="button" className="btn btn-quiet" onClick={() => setImage(null)}>
              Remove image
            </button>
          ) : null}
        </div>
      </div>
      {section.image ? <TextField label="Alt text (read aloud by screen readers)" value={section.image.alt} maxLength={1000} onChange={(v) => setImage({ ...section.image!, alt: v }, 'alt')} /> : null}
    </fieldset>
  );
}

/** A section may carry a different marking from the deck (one slide at a higher level). */
function SectionMarking({ section }: { section: Section }) {
  const t = useNsT('marking');
  const deckMarking = useEditor((s) => s.deck.marking);
  const set = (m: Section['marking'], typing?: string) => useEditor.getState().setSectionMarking(section.id, m, typing);
  const m = section.marking;
  const deckText = resolveMarking(deckMarking).text;
  return (
    <fieldset className="group" data-testid="section-marking">
      <legend>{t('legend')}</legend>
      <CheckField label={t('sectionOwn')} checked={m !== null} onChange={(on) => set(on ? { ...deckMarking } : null)} />
      {m ? <MarkingEditor marking={m} testPrefix="section-marking" focusTarget="section-marking" onChange={(next, typing) => set(next, typing)} /> : <p className="muted">{deckText ? t('sectionUsesDeck', { text: deckText }) : t('sectionUsesDeckNone')}</p>}
    </fieldset>
  );
}
