/**
 * The one error type for decks that cannot be read. Its message is always ONE line
 * (the CLI prints it as is, the editor shows it in a banner), names the problem and,
 * where one applies, the JSON path inside the deck: `sections[3].points[2].text: expected text`.
 */
import type { UiMessage } from '../i18n/ui-message.ts';

/** What went wrong, for callers that branch on it (tests, the editor's "open" dialog). */
export type DeckErrorCode =
  | 'empty'
  | 'too-large'
  | 'zip'
  | 'utf16'
  | 'binary'
  | 'not-utf8'
  | 'syntax'
  | 'too-deep'
  | 'unsafe-key'
  | 'not-briefdeck'
  | 'bad-version'
  | 'future-version'
  | 'too-many'
  | 'invalid'
  | 'not-found'
  | 'directory'
  | 'not-regular-file'
  | 'symlink-loop'
  | 'io';

/**
 * Each code in the UI's words (the `failures` catalog): the editor shows these in its language,
 * the CLI prints `message`, which is English and more specific.
 */
export const DECK_ERROR_REASONS: Record<DeckErrorCode, string> = {
  empty: 'failures:deck.empty',
  'too-large': 'failures:deck.too-large',
  zip: 'failures:deck.zip',
  utf16: 'failures:deck.utf16',
  binary: 'failures:deck.binary',
  'not-utf8': 'failures:deck.not-utf8',
  syntax: 'failures:deck.syntax',
  'too-deep': 'failures:deck.too-deep',
  'unsafe-key': 'failures:deck.unsafe-key',
  'not-briefdeck': 'failures:deck.not-briefdeck',
  'bad-version': 'failures:deck.bad-version',
  'future-version': 'failures:deck.future-version',
  'too-many': 'failures:deck.too-many',
  invalid: 'failures:deck.invalid',
  'not-found': 'failures:deck.not-found',
  directory: 'failures:deck.directory',
  'not-regular-file': 'failures:deck.not-regular-file',
  'symlink-loop': 'failures:deck.symlink-loop',
  io: 'failures:deck.io',
};

/** Longest message we emit: a pathological key or file name must not flood a terminal. */
const MAX_MESSAGE_CHARS = 600;

export class DeckError extends Error {
  override readonly name = 'DeckError';
  readonly code: DeckErrorCode;
  /** JSON path inside the deck (`sections[0].title`), or null when the problem is the whole file. */
  readonly path: string | null;
  /** The problem alone, without path or file name. */
  readonly detail: string;
  /** The file the deck came from, when a file reader added it. */
  readonly file: string | null;
  /** Bad input is exit code 1 in the CLI (2 is bad usage, which is not ours to throw). */
  readonly exitCode = 1;
  /** The problem for the UI, without path or file name (the code's wording unless a thrower was more specific). */
  readonly reason: UiMessage;

  constructor(code: DeckErrorCode, detail: string, path: string | null = null, file: string | null = null, reason?: UiMessage) {
    const body = path ? `${path}: ${detail}` : detail;
    super(oneLine(file ? `${file}: ${body}` : body));
    this.code = code;
    this.detail = oneLine(detail);
    this.path = path;
    this.file = file;
    this.reason = reason ?? { key: DECK_ERROR_REASONS[code] };
  }

  /** The problem in the UI's words, with its place in the deck when there is one. */
  get ui(): UiMessage {
    return this.path ? { key: 'failures:deck.atPath', params: { path: this.path, reason: this.reason } } : this.reason;
  }

  /** The same error, its message prefixed with the file it came from. */
  inFile(file: string): DeckError {
    return new DeckError(this.code, this.detail, this.path, oneLine(file), this.reason);
  }
}

/**
 * Make any text safe for a one-line message: control characters and line separators are
 * shown escaped (a file name or JSON key may hold a newline), and very long text is cut.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const escaped = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length > MAX_MESSAGE_CHARS ? `${escaped.slice(0, MAX_MESSAGE_CHARS - 1)}…` : escaped;
}

/** A user-supplied string quoted for a message: JSON-escaped and cut to a readable length. */
export function quote(text: string, max = 40): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(cut);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A zod issue path (or any key path) as people write it in JavaScript:
 * `['sections', 3, 'points', 2, 'text']` → `sections[3].points[2].text`. Keys that are not
 * identifiers are quoted (`meta["odd key"]`), so the path is always unambiguous and one line.
 */
export function formatZodPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'symbol') out += `[${oneLine(key.toString())}]`;
    else if (IDENTIFIER.test(key)) out += out ? `.${key}` : key;
    else out += `[${quote(key)}]`;
  }
  return out;
}
