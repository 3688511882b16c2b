/**
 * The one Export dialog: HTML, PDF (slides, notes pages, read-ahead, handout 3 or 6), PowerPoint,
 * Word and outline. The toolbar's Export button, the File menu and the palette all open it
 * (`openExportDialog`). It remembers the last choice per deck (by file path, or the unsaved
 * document's id) and shows main's export progress while the file is written.
 *
 * UI words live in the `export` namespace (engine/i18n/locales/{en,ko}/export.json).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { create } from 'zustand';
import type { ExportFormat, PdfLayout } from '../../../electron/shared/contract.ts';
import { t } from '../../i18n.ts';
import { hasShell, shell } from '../shell.ts';
import { useEditor } from '../store/index.ts';
import { failureText, uiText } from '../failure-text.ts';

const FORMATS: readonly ExportFormat[] = ['html', 'pdf', 'pptx', 'docx', 'md'];
const LAYOUTS: readonly PdfLayout[] = ['slides', 'notes', 'read-ahead', 'handout-3', 'handout-6'];

export interface ExportChoice {
  format: ExportFormat;
  pdfLayout: PdfLayout;
  speakerNotes: boolean;
}

const DEFAULT_CHOICE: ExportChoice = { format: 'html', pdfLayout: 'slides', speakerNotes: false };

interface DialogState {
  open: boolean;
  /** A format to start on (File → Export PDF…), else the deck's last choice. */
  preset: ExportFormat | null;
}

const useExportDialog = create<DialogState>(() => ({ open: false, preset: null }));

export function openExportDialog(preset: ExportFormat | null = null): void {
  useExportDialog.setState({ open: true, preset });
}

const closeDialog = (): void => useExportDialog.setState({ open: false, preset: null });

const storageKey = (deckKey: string): string => `briefdeck.export.${deckKey}`;

/** The last choice made for this deck, or the default. Bad stored values fall back field by field. */
export function lastChoice(deckKey: string): ExportChoice {
  try {
    const raw = JSON.parse(localStorage.getItem(storageKey(deckKey)) ?? 'null') as Partial<ExportChoice> | null;
    if (!raw || typeof raw !== 'object') return DEFAULT_CHOICE;
    return {
      format: FORMATS.includes(raw.format as ExportFormat) ? (raw.format as ExportFormat) : DEFAULT_CHOICE.format,
      pdfLayout: LAYOUTS.includes(raw.pdfLayout as PdfLayout) ? (raw.pdfLayout as PdfLayout) : DEFAULT_CHOICE.pdfLayout,
      speakerNotes: raw.speakerNotes === true,
    };
  } catch {
    return DEFAULT_CHOICE;
  }
}

function remember(deckKey: string, choice: ExportChoice): void {
  try {
    localStorage.setItem(storageKey(deckKey), JSON.stringify(choice));
  } catch {
    // Storage full or off: the dialog still works, it just forgets.
  }
}


export function ExportDialog() {
  const { open, preset } = useExportDialog();
  return open ? <ExportForm preset={preset} /> : null;
}

function ExportForm({ preset }: { preset: ExportFormat | null }) {
  const deckKey = useEditor((s) => s.file.path ?? s.docId);
  const initial = useMemo(() => {
    const last = lastChoice(deckKey);
    return preset ? { ...last, format: preset } : last;
  }, [deckKey, preset]);
  const [choice, setChoice] = useState<ExportChoice>(initial);
  const [busy, setBusy] = useState<{ fraction: number; label: string } | null>(null);
  const titleId = useId();
  const firstRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const back = document.activeElement;
    firstRef.current?.focus();
    return () => {
      if (back instanceof HTMLElement) back.focus();
    };
  }, []);

  useEffect(() => {
    if (!busy || !hasShell()) return;
    return shell().on('export:progress', ({ fraction, label, ui }) => setBusy({ fraction, label: uiText(ui, label) }));
  }, [busy !== null]); // eslint-disable-line react-hooks/exhaustive-deps -- subscribe once per export

  const run = async () => {
    const s = useEditor.getState();
    remember(deckKey, choice);
    setBusy({ fraction: 0, label: t('export:working') });
    const suggestedName = s.file.path ? s.file.name.replace(/\.briefdeck$/i, '') : s.deck.meta.title;
    try {
      const r = await shell().exportDeck({
        deck: s.deck,
        format: choice.format,
        suggestedName,
        ...(choice.format === 'pdf' ? { pdfLayout: choice.pdfLayout } : {}),
        ...(choice.format === 'docx' ? { speakerNotes: choice.speakerNotes } : {}),
      });
      if (!r.ok) {
        setBusy(null);
        // Canceling the save dialog leaves this dialog open for another try.
        if (r.code !== 'canceled') s.notify(failureText(r), 'error');
        return;
      }
      closeDialog();
      s.notify(t('export:doneSize', { name: r.path, kb: Math.max(1, Math.round(r.bytes / 1024)) }));
    } catch (error) {
      setBusy(null);
      s.notify(error instanceof Error ? failureText(error) : String(error), 'error');
    }
  };

  return (
    <div className="palette-backdrop" onMouseDown={() => !busy && closeDialog()}>
      <div
        className="palette export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="export-dialog"
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !busy) closeDialog();
        }}
      >
        <h2 id={titleId} className="export-title">
          {t('export:title')}
        </h2>
        <fieldset className="export-group" disabled={busy !== null}>
          <legend>{t('export:format')}</legend>
          {FORMATS.map((f, i) => (
            <label key={f} className="export-option">
              <input ref={i === 0 ? firstRef : undefined} type="radio" name="export-format" value={f} checked={choice.format === f} onChange={() => setChoice({ ...choice, format: f })} />
              <span>
                <strong>{t(`export:formats.${f}`)}</strong>
                <small>{t(`export:hints.${f}`)}</small>
              </span>
            </label>
          ))}
        </fieldset>
        {choice.format === 'pdf' ? (
          <label className="export-sub">
            {t('export:pdfLayout')}{' '}
            <select value={choice.pdfLayout} disabled={busy !== null} onChange={(e) => setChoice({ ...choice, pdfLayout: e.target.value as PdfLayout })} aria-label={t('export:pdfLayout')}>
              {LAYOUTS.map((l) => (
                <option key={l} value={l}>
                  {t(`export:pdfLayouts.${l}`)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {choice.format === 'docx' ? (
          <label className="export-sub">
            <input type="checkbox" checked={choice.speakerNotes} disabled={busy !== null} onChange={(e) => setChoice({ ...choice, speakerNotes: e.target.checked })} /> {t('export:speakerNotes')}
          </label>
        ) : null}
        {busy ? (
          <div className="export-progress" role="status">
            <progress max={1} value={busy.fraction} /> <span>{busy.label}</span>
          </div>
        ) : null}
        <div className="export-actions">
          <button type="button" className="btn" onClick={closeDialog} disabled={busy !== null}>
            {t('export:cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void run()} disabled={busy !== null || !hasShell()}>
            {t('export:export')}
          </button>
        </div>
      </div>
    </div>
  );
}
