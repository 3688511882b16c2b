/**
 * PDF printing: the compiled deck in a hidden, sandboxed window WITHOUT a preload, served
 * from memory at app://briefdeck/__print/…?print-pdf, printed by Chromium.
 */
import { withNotesPages } from '../services/print-html.ts';
import { registerPrintDocument } from './security.ts';
import { createHardenedWindow } from './windows.ts';

const READY_TIMEOUT_MS = 30_000;

export async function printToPdf(html: string, options: { notesPages: boolean }): Promise<Uint8Array> {
  const doc = registerPrintDocument(options.notesPages ? withNotesPages(html) : html);
  // No preload: windowOptions leaves it out for 'print'.
  const win = createHardenedWindow('print');
  try {
    await win.loadURL(doc.url);
    // The export's boot script marks <html data-bd-ready> once reveal has laid out the pages.
    const started = Date.now();
    while (!(await win.webContents.executeJavaScript("document.documentElement.getAttribute('data-bd-ready') === 'true'"))) {
      if (Date.now() - started > READY_TIMEOUT_MS) throw new Error('the deck did not finish laying out for print');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const pdf = await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
    return new Uint8Array(pdf);
  } finally {
    doc.release();
    win.destroy();
  }
}

/** The export module's part of the platform: PDF printing (HTML needs no Electron). */
export function setupExport(): { printToPdf: typeof printToPdf } {
  return { printToPdf };
}
