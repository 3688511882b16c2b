/**
 * The classification marking of the deck or of one section: a level from the presets
 * (engine/marking), dissemination controls, an optional text override or custom text, and
 * colours that follow the level unless the user sets their own (a contradiction is shown
 * here and flagged by the checks).
 */
import { useId } from 'react';
import { CONTROL_PRESETS, LEVELS, MARKING_LEVELS, type MarkingLevel } from '../../../engine/marking/levels.ts';
import { markingConflicts, resolveMarking } from '../../../engine/marking/resolve.ts';
import type { Marking } from '../../../engine/model/schema.ts';
import { useFocusTarget } from '../lib/useFocusTarget.ts';
import { useTranslation } from 'react-i18next';
import { useRef } from 'react';
import { TextField } from './Field.tsx';

interface Props {
  marking: Marking;
  /** `typing` names the field typed in, so a burst of keystrokes is one undo step. */
  onChange: (next: Marking, typing?: string) => void;
  /** data-testid prefix: `marking` for the deck, `section-marking` for a section. */
  testPrefix: string;
  focusTarget?: string;
}

const GROUPS: { key: 'marking:groupUs' | 'marking:groupKr' | 'marking:groupOther'; levels: MarkingLevel[] }[] = [
  { key: 'marking:groupUs', levels: MARKING_LEVELS.filter((l) => LEVELS[l].family === 'us') },
  { key: 'marking:groupKr', levels: MARKING_LEVELS.filter((l) => LEVELS[l].family === 'kr') },
  { key: 'marking:groupOther', levels: ['none', 'custom'] },
];

export function MarkingEditor({ marking, onChange, testPrefix, focusTarget }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLSelectElement>(null);
  useFocusTarget(focusTarget ?? `\u0000${id}`, ref);
  const banner = resolveMarking(marking);
  const conflicts = markingConflicts(marking);
  const custom = marking.level === 'custom';
  const ownColours = marking.color !== '' || marking.textColor !== '';
  const setLevel = (level: MarkingLevel) =>
    // A new level brings its own colours and words; custom starts from the banner as shown.
    onChange({ level, controls: level === 'custom' || level === 'none' ? '' : marking.controls, text: level === 'custom' ? banner.text : '', color: '', textColor: '' });
  const addControl = (preset: string) => {
    if (!preset) return;
    const have = marking.controls.trim();
    onChange({ ...marking, controls: have ? `${have}/${preset}` : preset });
  };
  const levelName = (level: MarkingLevel) => LEVELS[level].label || t(`marking:levels.${level}`);
  return (
    <div className="marking-editor" data-testid={`${testPrefix}-editor`}>
      <div className="row">
        <div className="field">
          <label htmlFor={id}>{t('marking:level')}</label>
          <select ref={ref} id={id} value={marking.level} data-testid={`${testPrefix}-level`} onChange={(e) => setLevel(e.target.value as MarkingLevel)}>
            {GROUPS.map((g) => (
              <optgroup key={g.key} label={t(g.key)}>
                {g.levels.map((l) => (
                  <option key={l} value={l}>
                    {t(`marking:levels.${l}`)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        {!custom && marking.level !== 'none' ? (
          <>
            <TextField className="grow" label={t('marking:controls')} value={marking.controls} maxLength={200} placeholder={t('marking:controlsPlaceholder')} testId={`${testPrefix}-controls`} hint={t('marking:controlsHint')} onChange={(v) => onChange({ ...marking, controls: v }, 'controls')} />
            <div className="field">
              <label htmlFor={`${id}-preset`}>{t('marking:controlsPreset')}</label>
              <select id={`${id}-preset`} value="" data-testid={`${testPrefix}-control-preset`} onChange={(e) => addControl(e.target.value)}>
                <option value="">{t('marking:controlsPresetNone')}</option>
                {CONTROL_PRESETS.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </div>
          </>
        ) : null}
      </div>
      {marking.level !== 'none' ? (
        <TextField label={custom ? t('marking:customText') : t('marking:textOverride')} value={marking.text} maxLength={200} testId={`${testPrefix}-text`} onChange={(v) => onChange({ ...marking, text: v }, 'text')} />
      ) : null}
      {marking.level !== 'none' ? (
        <div className="row">
          {ownColours || custom ? (
            <>
              <TextField label={t('marking:colour')} type="color" value={banner.color} testId={`${testPrefix}-color`} onChange={(v) => onChange({ ...marking, color: v, textColor: marking.textColor || banner.textColor }, 'color')} />
              <TextField label={t('marking:textColour')} type="color" value={banner.textColor} testId={`${testPrefix}-text-color`} onChange={(v) => onChange({ ...marking, textColor: v, color: marking.color || banner.color }, 'textColor')} />
              {!custom ? (
                <button type="button" className="btn btn-quiet" data-testid={`${testPrefix}-reset-colours`} onClick={() => onChange({ ...marking, color: '', textColor: '' })}>
                  {t('marking:resetColours')}
                </button>
              ) : null}
            </>
          ) : (
            <>
              <p className="muted">{t('marking:followsLevel')}</p>
              <button type="button" className="btn btn-quiet" onClick={() => onChange({ ...marking, color: banner.color, textColor: banner.textColor })}>
                {t('marking:customColour')}
              </button>
            </>
          )}
        </div>
      ) : null}
      <div className="marking-sample" data-testid={`${testPrefix}-sample`} style={{ background: banner.color, color: banner.textColor }} aria-label={t('marking:sample')}>
        {banner.text || t('marking:noMarking')}
      </div>
      {conflicts.map((c) => (
        <p key={c.kind} className="field-hint field-warning" role="alert" data-testid={`${testPrefix}-conflict`}>
          {c.kind === 'text' ? t('marking:conflictText', { found: levelName(c.found), level: levelName(marking.level) }) : t('marking:conflictColour', { found: c.found, expected: c.expected, level: levelName(marking.level) })}
        </p>
      ))}
    </div>
  );
}
