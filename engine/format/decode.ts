/**
 * Bytes → text for a .briefdeck file, refusing what is plainly not one before any JSON
 * work: empty, too large, a zip archive, UTF-16, binary data, or bytes that are not UTF-8.
 * The engine has neither DOM nor Node types, so TextDecoder (present in every runtime we
 * ship to: Node, Electron, Chromium) is declared here with only what we use.
 */
import { LIMITS } from '../model/defaults.ts';
import { DeckError } from './errors.ts';

declare const TextDecoder: new (label: string, options?: { fatal?: boolean }) => { decode(input: Uint8Array): string };

/** Well-known binary signatures, so the message can say what the file is. */
const SIGNATURES: readonly { bytes: readonly number[]; name: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF document' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'an executable (ELF)' },
];

/** Text of a deck file, or a DeckError naming why these bytes cannot be one. */
export function decodeDeckBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new DeckError('empty', 'the file is empty; a Briefdeck file holds a JSON envelope');
  if (bytes.length > LIMITS.fileBytes) throw tooLarge(bytes.length);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    throw new DeckError('zip', 'a zip archive, not a Briefdeck file (Briefdeck files are JSON text)');
  }
  if (looksLikeUtf16(bytes)) throw new DeckError('utf16', 'the file is encoded as UTF-16; save it as UTF-8');
  for (const sig of SIGNATURES) {
    if (startsWith(bytes, sig.bytes)) throw new DeckError('binary', `${sig.name}, not a Briefdeck file`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new DeckError('binary', `binary data (a NUL byte at offset ${nul}), not a Briefdeck file`);
  try {
    // fatal: refuse malformed UTF-8 instead of silently turning it into U+FFFD. The default
    // ignoreBOM: false drops a leading UTF-8 byte-order mark, which some editors write.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const where = at === -1 ? '' : ` (byte 0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')} at offset ${at})`;
    throw new DeckError('not-utf8', `the file is not UTF-8 text${where}; save it as UTF-8`);
  }
}

/** The "too large" error; `atLeast` when only a lower bound is known (a read stopped at the limit). */
export function tooLarge(size: number, atLeast = false): DeckError {
  const what = atLeast ? `over ${megabytes(LIMITS.fileBytes)}` : megabytes(size);
  return new DeckError('too-large', `the file is ${what}; Briefdeck reads deck files up to ${megabytes(LIMITS.fileBytes)}`, null, null, {
    key: 'failures:deck.too-large-limit',
    params: { limit: megabytes(LIMITS.fileBytes) },
  });
}

function megabytes(n: number): string {
  const mb = n / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 shows as a byte-order mark, or (without one) as text whose every other byte is
 * NUL: JSON is mostly ASCII, so `{"` is `7B 00 22 00` in UTF-16LE and `00 7B 00 22` in BE.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const pairs = Math.min(bytes.length >> 1, 256);
  if (pairs < 1) return false;
  let le = 0;
  let be = 0;
  for (let p = 0; p < pairs; p++) {
    const a = bytes[2 * p] ?? 0;
    const b = bytes[2 * p + 1] ?? 0;
    if (a !== 0 && b === 0) le++;
    else if (a === 0 && b !== 0) be++;
  }
  return le >= pairs * 0.75 || be >= pairs * 0.75;
}

/** Offset of the first byte that breaks UTF-8 (Unicode table 3-7), or -1; only run on failure. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f; // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}
