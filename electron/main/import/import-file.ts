/**
 * One importer for every door (the CLI's `briefdeck import`, the app's File → Import):
 * a talking-points outline (.md, .markdown, .txt) or a PowerPoint file (.pptx) becomes a Deck,
 * with the warnings a person should read. Bad files are one-line DeckErrors naming the file.
 */
import { extname } from 'node:path';
import type { Stats } from 'node:fs';
import { DeckError } from '../../../engine/format/index.ts';
import type { Deck } from '../../../engine/model/schema.ts';
import type { UiMessage } from '../../../engine/i18n/ui-message.ts';
import { parseOutlineDetailed } from '../../../engine/outline/index.ts';
import { fsError, readBoundedFile, type ReadBounds } from '../services/deck-file.ts';
import { decodeOutline, OUTLINE_MAX_BYTES } from '../cli/read-outline.ts';

export type ImportKind = 'outline' | 'pptx';

export const IMPORT_EXTENSIONS: Record<string, ImportKind> = { '.md': 'outline', '.markdown': 'outline', '.txt': 'outline', '.pptx': 'pptx' };

/** A .pptx with pictures can be large; far beyond a briefing, and still quick to refuse. */
export const PPTX_MAX_BYTES = 200 * 1024 * 1024;

export function importKindOf(path: string): ImportKind | null {
  return IMPORT_EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

export interface ImportResult {
  deck: Deck;
  kind: ImportKind;
  /** One line each: `line 12: …` for outlines, a phrase for PowerPoint. */
  warnings: string[];
  /** The same warnings for the UI (catalog messages, in its language). */
  warningsUi: UiMessage[];
}

function bounds(kind: ImportKind): ReadBounds {
  const maxBytes = kind === 'pptx' ? PPTX_MAX_BYTES : OUTLINE_MAX_BYTES;
  const what = kind === 'pptx' ? 'PowerPoint file' : 'outline';
  const tooLarge = () =>
    new DeckError('too-large', `the ${what} is over ${maxBytes / 1024 / 1024} MB; Briefdeck imports ${what}s up to that size`, null, null, {
      key: 'failures:deck.too-large-limit',
      params: { limit: `${maxBytes / 1024 / 1024} MB` },
    });
  return {
    maxBytes,
    tooLarge,
    refuse: (info: Stats) => {
      if (info.isDirectory()) throw new DeckError('directory', `is a folder, not a ${what}`);
      if (!info.isFile()) throw new DeckError('not-regular-file', 'is not a regular file (a pipe, socket or device?)');
      if (info.size > maxBytes) throw tooLarge();
    },
  };
}

/**
 * Reads and converts `path`. `shown` is the name errors use (as the user typed it).
 * Outline text that is not one of the known extensions is read as an outline.
 */
export async function importFile(path: string, shown: string): Promise<ImportResult> {
  const kind = importKindOf(path) ?? 'outline';
  let bytes: Uint8Array;
  try {
    bytes = await readBoundedFile(path, bounds(kind));
  } catch (error) {
    if (error instanceof DeckError) throw error.file ? error : error.inFile(shown);
    throw fsError(error).inFile(shown);
  }
  if (kind === 'pptx') {
    // Loaded on demand (JSZip, saxes): an outline import or any export never parses them.
    const { ImportRefused, importPptx } = await import('./pptx.ts');
    try {
      const { deck, warnings, warningsUi } = await importPptx(bytes, shown);
      return { deck, kind, warnings, warningsUi };
    } catch (error) {
      if (error instanceof ImportRefused) throw new DeckError('invalid', error.message.startsWith(shown) ? error.message.slice(shown.length).replace(/^:?\s*/, '') : error.message, null, shown, error.reason);
      if (error instanceof DeckError) throw error.file ? error : error.inFile(shown);
      throw error;
    }
  }
  try {
    const { deck, warnings } = parseOutlineDetailed(decodeOutline(bytes));
    return { deck, kind, warnings: warnings.map((w) => `line ${w.line}: ${w.message}`), warningsUi: warnings.map((w) => ({ key: 'outlineText:atLine', params: { line: w.line, reason: w.ui } })) };
  } catch (error) {
    if (error instanceof DeckError) throw error.file ? error : error.inFile(shown);
    throw error;
  }
}
