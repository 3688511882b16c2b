/**
 * Export: HTML from the engine's `compileDeck`, PDF by printing that same HTML in the
 * platform's hidden, sandboxed window. Both end in one atomic write, so a failed or
 * interrupted export leaves no half-written file — at worst the old file stays.
 */
import { basename, dirname, isAbsolute } from 'node:path';
import type { Deck } from '../../../engine/model/schema.ts';
import type { Result } from '../../shared/contract.ts';
import { cleanupStaleTemps, writeFileAtomic } from './atomic-write.ts';
import { failure, toFailure } from './failures.ts';
import type { DeckCodec } from './ports.ts';

export interface ExportDeps {
  codec: DeckCodec;
  /** engine/export `compileDeck`. */
  compile(deck: Deck): string;
  printToPdf(html: string, options: { notesPages: boolean }): Promise<Uint8Array>;
}

export interface ExportJob {
  deck: unknown;
  format: 'html' | 'pdf';
  path: string;
  notesPages?: boolean;
  onProgress?: (fraction: number, label: string) => void;
}

export interface ExportWriter {
  run(job: ExportJob): Promise<Result<{ path: string; bytes: number }>>;
}

export function createExportWriter(deps: ExportDeps): ExportWriter {
  return {
    async run(job) {
      const name = basename(job.path);
      const progress = job.onProgress ?? (() => undefined);
      if (!isAbsolute(job.path)) return failure('invalid', `Could not export ${name}: expected an absolute path.`);
      try {
        progress(0.05, 'Checking the deck');
        const deck = deps.codec.restore(job.deck);
        progress(0.2, 'Compiling slides');
        const html = deps.compile(deck);
        let bytes: Uint8Array | string = html;
        if (job.format === 'pdf') {
          progress(0.4, 'Printing to PDF');
          bytes = await deps.printToPdf(html, { notesPages: job.notesPages === true });
          if (bytes.byteLength < 5 || new TextDecoder().decode(bytes.subarray(0, 5)) !== '%PDF-') {
            return failure('io', `Could not export ${name}: the PDF printer returned no PDF.`);
          }
        }
        progress(0.9, 'Writing the file');
        // A crash in an earlier export may have left its temp file in this folder.
        await cleanupStaleTemps(dirname(job.path));
        await writeFileAtomic(job.path, bytes);
        progress(1, 'Done');
        return { ok: true, path: job.path, bytes: typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength };
      } catch (error) {
        return toFailure(error, `Could not export ${name}`);
      }
    },
  };
}
