/**
 * Reading an outline file with limits: the same refusals as readDeckFile (FIFOs,
 * directories, devices, symlink loops, oversize, binary, UTF-16, bad UTF-8) but for text
 * that is Markdown, not JSON. Returns the text or throws a one-line DeckError naming the file.
 */
import type { Stats } from 'node:fs';
import { DeckError } from '../../../engine/format/index.ts';
import { fsError, readBoundedFile, type ReadBounds } from '../services/deck-file.ts';

/** Outlines carry no images: 8 MiB is far beyond any briefing and keeps parsing quick. */
export const OUTLINE_MAX_BYTES = 8 * 1024 * 1024;

const OUTLINE_BOUNDS: ReadBounds = {
  maxBytes: OUTLINE_MAX_BYTES,
  refuse: refuseKind,
  tooLarge: () => new DeckError('too-large', `the outline is over ${OUTLINE_MAX_BYTES / 1024 / 1024} MB; Briefdeck reads outlines up to that size`),
};

export async function readOutlineFile(path: string): Promise<string> {
  try {
    return decodeOutline(await readBoundedFile(path, OUTLINE_BOUNDS));
  } catch (error) {
    if (error instanceof DeckError) throw error.inFile(path);
    throw fsError(error).inFile(path);
  }
}

function refuseKind(info: Stats): void {
  if (info.isDirectory()) throw new DeckError('directory', 'is a folder, not an outline file');
  if (!info.isFile()) throw new DeckError('not-regular-file', 'is not a regular file (a pipe, socket or device?)');
  if (info.size > OUTLINE_MAX_BYTES) throw OUTLINE_BOUNDS.tooLarge(info.size, false);
}

export function decodeOutline(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new DeckError('empty', 'the outline is empty');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new DeckError('utf16', 'the outline is encoded as UTF-16; save it as UTF-8');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw new DeckError('zip', 'a zip archive (a .docx?), not a plain-text outline');
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new DeckError('binary', `binary data (a NUL byte at offset ${nul}), not a plain-text outline`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DeckError('not-utf8', 'the outline is not UTF-8 text; save it as UTF-8');
  }
}
