/**
 * Export: HTML from the engine's `compileDeck`, PDF by printing that same HTML in the
 * platform's hidden, sandboxed window. Both end in one atomic write, so a failed or
 * interrupted export leaves no half-written file — at worst the old file stays.
 */
import { basename, dirname, isAbsolute } from 'node:path';
import type { Deck } from '../../../engine/model/schema.ts';
import type { Result } from '../../shared/contract.ts';
import { cleanupStaleTemps, writeFileAtomic } from './atomic-write.ts';
import { because, failure, toFailure } from './failures.ts';
import type { UiMessage } from '../../../engine/i18n/ui-message.ts';
import type { DeckCodec } from './ports.ts';
import type { ExportFormat, PdfLayout } from '../../shared/contract.ts';
import { pdfVariant } from './print-html.ts';

const OFFICE_LABEL = { pptx: 'Writing PowerPoint slides', docx: 'Writing the Word paper', md: 'Writing the outline' } as const;
const OFFICE_STEP = { pptx: 'export:steps.pptx', docx: 'export:steps.docx', md: 'export:steps.md' } as const;

export interface ExportDeps {
  codec: DeckCodec;
  /** engine/export `compileDeck`. */
  compile(deck: Deck): string;
  printToPdf(html: string, options: { notesPages: boolean }): Promise<Uint8Array>;
}

export interface ExportJob {
  deck: unknown;
  format: ExportFormat;
  path: string;
  notesPages?: boolean;
  /** PDF pages (default slides; notesPages: true means 'notes'). */
  pdfLayout?: PdfLayout;
  /** Word: include the speaker notes. */
  speakerNotes?: boolean;
  /** `label` in English; `ui` the same as a catalog message, for the dialog's language. */
  onProgress?: (fraction: number, label: string, ui: UiMessage) => void;
}

export interface ExportWriter {
  run(job: ExportJob): Promise<Result<{ path: string; bytes: number }>>;
}

export function createExportWriter(deps: ExportDeps): ExportWriter {
  return {
    async run(job) {
      const name = basename(job.path);
      const progress = job.onProgress ?? (() => undefined);
      if (!isAbsolute(job.path)) return failure('invalid', `Could not export ${name}: expected an absolute path.`, because({ key: 'failures:action.export', params: { name } }, { key: 'failures:absolutePath' }));
      try {
        progress(0.05, 'Checking the deck', { key: 'export:steps.checking' });
        const deck = deps.codec.restore(job.deck);
        let bytes: Uint8Array | string;
        if (job.format === 'pptx' || job.format === 'docx' || job.format === 'md') {
          progress(0.2, OFFICE_LABEL[job.format], { key: OFFICE_STEP[job.format] });
          // Loaded on first use: pptxgenjs and docx are heavy, and most exports are HTML.
          const { renderExport } = await import('../office/formats.ts');
          bytes = (await renderExport(deck, job.format, { notes: job.speakerNotes === true }, null)).data;
        } else {
          progress(0.2, 'Compiling slides', { key: 'export:steps.compiling' });
          bytes = deps.compile(deck);
        }
        if (job.format === 'pdf') {
          progress(0.4, 'Printing to PDF', { key: 'export:steps.printing' });
          const layout = job.pdfLayout ?? (job.notesPages ? 'notes' : 'slides');
          // slides and notes pages: the printer's own path; the other layouts are prepared here.
          const html = layout === 'slides' || layout === 'notes' ? (bytes as string) : pdfVariant(bytes as string, deck, layout).html;
          bytes = await deps.printToPdf(html, { notesPages: layout === 'notes' });
          if (bytes.byteLength < 5 || new TextDecoder().decode(bytes.subarray(0, 5)) !== '%PDF-') {
            return failure('io', `Could not export ${name}: the PDF printer returned no PDF.`, because({ key: 'failures:action.export', params: { name } }, { key: 'failures:noPdf' }));
          }
        }
        progress(0.9, 'Writing the file', { key: 'export:steps.writing' });
        // A crash in an earlier export may have left its temp file in this folder.
        await cleanupStaleTemps(dirname(job.path));
        await writeFileAtomic(job.path, bytes);
        progress(1, 'Done', { key: 'export:steps.done' });
        return { ok: true, path: job.path, bytes: typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength };
      } catch (error) {
        return toFailure(error, `Could not export ${name}`, { key: 'failures:action.export', params: { name } });
      }
    },
  };
}
