/** Deck settings added with format v3: the watermark, arrow buttons and how long sections fit. */
import { FIT_MODES, OVERLAYS, type FitMode, type Overlay } from '../../../engine/model/schema.ts';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/index.ts';
import { selectSettings } from '../store/selectors.ts';
import { CheckField, SelectField } from './Field.tsx';

const OVERLAY_KEYS: Record<Overlay, string> = { none: 'marking:overlayNone', draft: 'marking:overlayDraft', predecisional: 'marking:overlayPredecisional' };
const FIT_KEYS: Record<FitMode, string> = { continue: 'marking:fitContinue', 'one-slide': 'marking:fitOneSlide' };

export function SlideOptions() {
  const { t } = useTranslation();
  const settings = useEditor(selectSettings);
  const set = useEditor.getState().setSettings;
  return (
    <>
      <div className="row">
        <SelectField label={t('marking:overlay')} value={settings.overlay} testId="deck-overlay" options={OVERLAYS.map((o) => ({ value: o, label: t(OVERLAY_KEYS[o]) }))} onChange={(v) => set({ overlay: v })} />
        <SelectField label={t('marking:fit')} value={settings.fit} testId="deck-fit" options={FIT_MODES.map((f) => ({ value: f, label: t(FIT_KEYS[f]) }))} onChange={(v) => set({ fit: v })} />
      </div>
      <CheckField label={t('marking:arrows')} checked={settings.controls} onChange={(v) => set({ controls: v })} />
    </>
  );
}
