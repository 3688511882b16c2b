/**
 * Reading an outline file with limits: the same refusals as readDeckFile (FIFOs,
 * directories, devices, symlink loops, oversize, binary, UTF-16, bad UTF-8) but for text
 * that is Markdown, not JSON. Returns the text or throws a one-line DeckError naming the file.
 */
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { DeckError } from '../../../engine/format/index.ts';

/** Outlines carry no images: 8 MiB is far beyond any briefing and keeps parsing quick. */
export const OUTLINE_MAX_BYTES = 8 * 1024 * 1024;

export async function readOutlineFile(path: string): Promise<string> {
  try {
    return decodeOutline(await readLimited(path));
  } catch (error) {
    if (error instanceof DeckError) throw error.inFile(path);
    throw new DeckError('io', describeFsError(error)).inFile(path);
  }
}

async function readLimited(path: string): Promise<Uint8Array> {
  refuseKind(await stat(path));
  // O_NONBLOCK: a path swapped for a FIFO after stat must not block the read.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    refuseKind(await handle.stat());
    const buffer = new Uint8Array(OUTLINE_MAX_BYTES + 1);
    let total = 0;
    while (total < buffer.length) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    if (total > OUTLINE_MAX_BYTES) throw new DeckError('too-large', `the outline is over ${OUTLINE_MAX_BYTES / 1024 / 1024} MB; Briefdeck reads outlines up to that size`);
    return buffer.subarray(0, total);
  } finally {
    await handle.close();
  }
}

function refuseKind(info: Stats): void {
  if (info.isDirectory()) throw new DeckError('directory', 'is a folder, not an outline file');
  if (!info.isFile()) throw new DeckError('not-regular-file', 'is not a regular file (a pipe, socket or device?)');
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

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many symbolic links (a symlink loop?)';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOSPC':
      return 'no space left on the disk';
    case 'EROFS':
      return 'the disk is read-only';
    default:
      return code ? `cannot access it (${code})` : 'cannot access it';
  }
}
