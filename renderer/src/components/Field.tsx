/** Labelled form controls: every control gets a visible label tied to it by id. */
import { useId, useRef, type ClipboardEvent, type ReactNode } from 'react';
import { useFocusTarget } from '../lib/useFocusTarget.ts';
import { t } from '../../i18n.ts';
import { useEditor } from '../store/index.ts';

/**
 * The browser cuts a paste at maxLength without a word, so the end of a long paste would
 * vanish unseen. Refuse it whole instead, with a notice saying why (the clipboard keeps it).
 */
function refuseOverlongPaste(e: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>, label: string, maxLength: number | undefined): void {
  if (maxLength === undefined) return;
  const el = e.currentTarget;
  const selected = (el.selectionEnd ?? 0) - (el.selectionStart ?? 0);
  const next = el.value.length - selected + e.clipboardData.getData('text/plain').length;
  if (next <= maxLength) return;
  e.preventDefault();
  useEditor.getState().notify(t('editor:field.pasteTooLong', { label, max: maxLength, count: next }), 'error');
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  multiline?: boolean;
  type?: 'text' | 'date' | 'url' | 'color' | 'number';
  placeholder?: string;
  focusTarget?: string;
  hint?: ReactNode;
  className?: string;
  testId?: string;
  min?: number;
  max?: number;
}

export function TextField({ label, value, onChange, maxLength, multiline, type = 'text', placeholder, focusTarget, hint, className, testId, min, max }: TextFieldProps) {
  const id = useId();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useFocusTarget(focusTarget ?? `\u0000${id}`, ref);
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea ref={ref} id={id} value={value} maxLength={maxLength} placeholder={placeholder} aria-describedby={hintId} data-testid={testId} onPaste={(e) => refuseOverlongPaste(e, label, maxLength)} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input ref={ref} id={id} type={type} value={value} maxLength={maxLength} placeholder={placeholder} aria-describedby={hintId} data-testid={testId} min={min} max={max} onPaste={(e) => refuseOverlongPaste(e, label, maxLength)} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  testId?: string;
  /** Name a check item (or command) can ask to focus, as for TextField. */
  focusTarget?: string;
}

export function SelectField<T extends string>({ label, value, options, onChange, testId, focusTarget }: SelectFieldProps<T>) {
  const id = useId();
  const ref = useRef<HTMLSelectElement>(null);
  useFocusTarget(focusTarget ?? `\u0000${id}`, ref);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select ref={ref} id={id} value={value} data-testid={testId} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
