/**
 * One export, every format: the output format follows the file's extension, and one function
 * turns a deck into the bytes of that format. The CLI and main's export IPC both call it;
 * only printing a PDF differs between them (playwright-core's Chromium in the CLI, a hidden
 * Electron window in the app), so the caller passes its printer in.
 */
import { compileDeck } from '../../../engine/export/index.ts';
import type { Deck } from '../../../engine/model/schema.ts';
import { writeOutline } from '../../../engine/outline/write.ts';
import { pdfVariant, type PdfLayout, type PrintPage } from '../services/print-html.ts';
import type { ExportFormat } from './format-names.ts';

export { EXPORT_FORMATS, FORMAT_LIST, formatOfPath, type ExportFormat } from './format-names.ts';
export { PDF_LAYOUTS, type PdfLayout, type PrintPage } from '../services/print-html.ts';

export interface ExportOptions {
  /** For PDF: which pages (default slides). */
  pdf?: PdfLayout;
  /** For Word: include the speaker notes. */
  notes?: boolean;
}

/** Prints a prepared HTML document to PDF bytes, at the page size asked for. */
export type PrintPdf = (html: string, page: PrintPage) => Promise<Uint8Array>;

export interface ExportResult {
  data: string | Uint8Array;
  /** What the format could not carry (outline: images), for a one-line notice. */
  dropped: string[];
}

export async function renderExport(deck: Deck, format: ExportFormat, options: ExportOptions, print: PrintPdf | null): Promise<ExportResult> {
  switch (format) {
    case 'html':
      return { data: compileDeck(deck), dropped: [] };
    case 'pdf': {
      if (!print) throw new Error('PDF printing is not available here');
      const { html, page } = pdfVariant(compileDeck(deck), deck, options.pdf ?? 'slides');
      return { data: await print(html, page), dropped: [] };
    }
    // The Office writers (pptxgenjs, docx: half the CLI's code) load only when asked for, so
    // an HTML export never parses them: CLI start-up is a product goal (tests/bench).
    case 'pptx': {
      const { writePptx } = await import('./pptx.ts');
      return { data: await writePptx(deck), dropped: [] };
    }
    case 'docx': {
      const { writeDocx } = await import('./docx.ts');
      return { data: await writeDocx(deck, { notes: options.notes === true }), dropped: [] };
    }
    case 'md': {
      const { text, dropped } = writeOutline(deck);
      return { data: text, dropped };
    }
  }
}
