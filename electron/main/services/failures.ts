/**
 * Turning thrown errors into the contract's one-line `Failure`s. Each carries its English
 * `message` (logs, tests, the CLI's wording) and, for the window, `ui`: the same as catalog
 * keys, so the editor shows it in the UI language (renderer/src/failure-text.ts).
 */
import type { Failure } from '../../shared/contract.ts';
import { isUiMessage, type UiMessage } from '../../../engine/i18n/ui-message.ts';

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

/** The same, as catalog keys (written out: the catalog test finds keys by their literal names). */
export const IO_REASONS: Record<string, string> = {
  ENOENT: 'failures:io.ENOENT',
  EACCES: 'failures:io.EACCES',
  EPERM: 'failures:io.EPERM',
  EROFS: 'failures:io.EROFS',
  ENOSPC: 'failures:io.ENOSPC',
  EDQUOT: 'failures:io.EDQUOT',
  EBUSY: 'failures:io.EBUSY',
  EISDIR: 'failures:io.EISDIR',
  ENOTDIR: 'failures:io.ENOTDIR',
  EMFILE: 'failures:io.EMFILE',
  ENAMETOOLONG: 'failures:io.ENAMETOOLONG',
};

const DECK_ERROR_CODES: Record<string, Failure['code']> = {
  'too-large': 'too-large',
  'too-many': 'too-large',
  'future-version': 'unsupported',
  zip: 'unsupported',
  'not-found': 'io',
  io: 'io',
};

export function failure(code: Failure['code'], message: string, ui?: UiMessage): Failure {
  return ui ? { ok: false, code, message: oneLine(message), ui } : { ok: false, code, message: oneLine(message) };
}

/** "Could not open x: the file is empty" as a message: the action, then why. */
export function because(action: UiMessage, reason: UiMessage): UiMessage {
  return { key: 'failures:withReason', params: { action, reason } };
}

function oneLine(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 297)}…` : line;
}

/** Why `error` happened, for the UI: a known file-system code, a DeckError's reason, else its raw text. */
export function reasonOf(error: unknown): UiMessage {
  const err = error as { code?: unknown; message?: unknown; name?: unknown; ui?: unknown } | null;
  const code = typeof err?.code === 'string' ? err.code : '';
  const ioKey = IO_REASONS[code];
  if (ioKey) return { key: ioKey };
  if ((err?.name === 'DeckError' || err?.name === 'PayloadError') && isUiMessage(err.ui)) return err.ui;
  // Something unforeseen (a printer error, a bug): its own words are all there is.
  return { key: 'failures:unexpected', params: { detail: oneLine(typeof err?.message === 'string' ? err.message : String(error)).slice(0, 200) } };
}

/** `what` names the action: "Could not save deck.briefdeck"; `action` is the same for the UI. */
export function toFailure(error: unknown, what: string, action?: UiMessage): Failure {
  const err = error as { code?: unknown; message?: unknown; name?: unknown } | null;
  const code = typeof err?.code === 'string' ? err.code : '';
  const message = typeof err?.message === 'string' ? err.message : String(error);
  const ui = action ? because(action, reasonOf(error)) : undefined;
  if (IO_WORDS[code]) return failure('io', `${what}: ${IO_WORDS[code]}.`, ui);
  // The engine's DeckError means bad input (its codes: engine/format/errors.ts).
  if (err?.name === 'DeckError' || err?.name === 'PayloadError') {
    const mapped = DECK_ERROR_CODES[code] ?? (FAILURE_CODES.has(code as Failure['code']) ? (code as Failure['code']) : 'invalid');
    // A DeckError from a file reader already starts with the file name.
    const file = (error as { file?: unknown }).file;
    return failure(mapped, typeof file === 'string' && file ? `${what.replace(/ [^ ]+$/, '')} ${message}` : `${what}: ${message}`, ui);
  }
  return failure('io', `${what}: ${message}`, ui);
}
