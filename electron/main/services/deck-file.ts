/**
 * Reading a .briefdeck file from disk, safely: whatever the path names (a FIFO, a directory,
 * a device, a symlink loop, a 50 MB file), this returns a Deck or throws a one-line DeckError
 * that starts with the file name, promptly, and it never writes anything.
 *
 * Node only; it must not import 'electron' (unit tests load it, and the CLI runs it on plain Node).
 */
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { DeckError, fileTooLargeError, parseDeckBytes } from '../../../engine/format/index.ts';
import { LIMITS } from '../../../engine/model/defaults.ts';
import type { Deck } from '../../../engine/model/schema.ts';

/** Bytes per read call; the first read is sized from stat so a normal deck takes one call. */
const CHUNK = 1024 * 1024;

/** What a bounded read refuses: the CLI's outline reader passes its own (same checks, other words and size). */
export interface ReadBounds {
  maxBytes: number;
  /** Throws for anything that must not be read at all (a directory, a FIFO, a device, too large by stat). */
  refuse(info: Stats): void;
  /** The error for a file over maxBytes; `grew` when stat said it was smaller. */
  tooLarge(bytes: number, grew: boolean): DeckError;
}

const DECK_BOUNDS: ReadBounds = { maxBytes: LIMITS.fileBytes, refuse: refuseKind, tooLarge: fileTooLargeError };

export async function readDeckFile(path: string): Promise<Deck> {
  try {
    return parseDeckBytes(await readBoundedFile(path, DECK_BOUNDS));
  } catch (error) {
    if (error instanceof DeckError) throw error.inFile(path);
    throw fsError(error).inFile(path);
  }
}

/** The file's bytes, at most bounds.maxBytes of them; everything `bounds.refuse` rejects is refused before opening. */
export async function readBoundedFile(path: string, bounds: ReadBounds): Promise<Uint8Array> {
  // stat follows symlinks: a link to a deck opens the deck, and a loop fails with ELOOP.
  bounds.refuse(await stat(path));
  return readOpenedBounded(path, bounds);
}

/**
 * The second line of defence, for a path that changed after the stat above (exported so a
 * test can hand it a FIFO directly): O_NONBLOCK makes opening a FIFO return at once instead
 * of waiting for a writer that never comes, and the handle's own stat is checked again.
 */
export async function readOpenedBounded(path: string, bounds: ReadBounds = DECK_BOUNDS): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    bounds.refuse(info);
    const chunks: Uint8Array[] = [];
    let total = 0;
    // Read one byte past the limit: reaching it means "too large" even if the file grew since stat.
    let want = Math.min(info.size, bounds.maxBytes) + 1;
    for (;;) {
      const buffer = new Uint8Array(Math.min(want, bounds.maxBytes + 1 - total));
      if (buffer.length === 0) break;
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      want = CHUNK;
    }
    if (total > bounds.maxBytes) throw bounds.tooLarge(total, true);
    if (chunks.length === 1 && chunks[0]) return chunks[0];
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}

/** Only regular files within the size limit are read at all. */
function refuseKind(info: Stats): void {
  if (info.isDirectory()) throw new DeckError('directory', 'is a directory, not a Briefdeck file');
  if (!info.isFile()) throw new DeckError('not-regular-file', `not a regular file (${kindOf(info)}); Briefdeck opens only regular files`);
  if (info.size > LIMITS.fileBytes) throw fileTooLargeError(info.size);
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'an unknown kind';
}

/**
 * One line for a Node file-system error, by its code; the raw message may carry a syscall dump.
 * Reads and the CLI's writes share it, hence the write-only codes at the end.
 */
export function fsError(error: unknown): DeckError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
      return new DeckError('not-found', 'no such file');
    case 'ELOOP':
      return new DeckError('symlink-loop', 'symlink loop: the path leads through links that point back at each other');
    case 'EACCES':
    case 'EPERM':
      return new DeckError('io', 'permission denied', null, null, { key: 'failures:io.EACCES' });
    case 'ENOTDIR':
      return new DeckError('not-found', 'a part of the path is not a folder', null, null, { key: 'failures:io.ENOTDIR' });
    case 'ENAMETOOLONG':
      return new DeckError('not-found', 'the path is too long', null, null, { key: 'failures:io.ENAMETOOLONG' });
    case 'EISDIR':
      return new DeckError('directory', 'is a directory, not a Briefdeck file');
    case 'EAGAIN':
      return new DeckError('not-regular-file', 'not a regular file (nothing to read without waiting)');
    case 'ENOSPC':
      return new DeckError('io', 'no space left on the disk', null, null, { key: 'failures:io.ENOSPC' });
    case 'EROFS':
      return new DeckError('io', 'the disk is read-only', null, null, { key: 'failures:io.EROFS' });
    default:
      return new DeckError('io', code ? `cannot read the file (${code})` : 'cannot read the file');
  }
}
