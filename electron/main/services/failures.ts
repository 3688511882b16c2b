/** Turning thrown errors into the contract's one-line `Failure`s. */
import type { Failure } from '../../shared/contract.ts';

const FAILURE_CODES = new Set<Failure['code']>(['canceled', 'invalid', 'io', 'conflict', 'too-large', 'unsupported']);

const IO_WORDS: Record<string, string> = {
  ENOENT: 'the file or its folder no longer exists',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted (the file may be locked)',
  EROFS: 'the folder is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EBUSY: 'the file is in use by another program',
  EISDIR: 'that is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the path is too long',
};

const DECK_ERROR_CODES: Record<string, Failure['code']> = {
  'too-large': 'too-large',
  'too-many': 'too-large',
  'future-version': 'unsupported',
  zip: 'unsupported',
  'not-found': 'io',
  io: 'io',
};

export function failure(code: Failure['code'], message: string): Failure {
  return { ok: false, code, message: oneLine(message) };
}

function oneLine(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 297)}…` : line;
}

/** `what` names the action: "Could not save deck.briefdeck". */
export function toFailure(error: unknown, what: string): Failure {
  const err = error as { code?: unknown; message?: unknown; name?: unknown } | null;
  const code = typeof err?.code === 'string' ? err.code : '';
  const message = typeof err?.message === 'string' ? err.message : String(error);
  if (IO_WORDS[code]) return failure('io', `${what}: ${IO_WORDS[code]}.`);
  // The engine's DeckError means bad input (its codes: engine/format/errors.ts).
  if (err?.name === 'DeckError' || err?.name === 'PayloadError') {
    const mapped = DECK_ERROR_CODES[code] ?? (FAILURE_CODES.has(code as Failure['code']) ? (code as Failure['code']) : 'invalid');
    // A DeckError from a file reader already starts with the file name.
    const file = (error as { file?: unknown }).file;
    return failure(mapped, typeof file === 'string' && file ? `${what.replace(/ [^ ]+$/, '')} ${message}` : `${what}: ${message}`);
  }
  return failure('io', `${what}: ${message}`);
}
