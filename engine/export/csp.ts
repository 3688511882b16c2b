/**
 * The exported file's Content-Security-Policy. It starts at `default-src 'none'` and allows
 * only what the file itself holds: the exact inline scripts we wrote (by sha256), inline
 * styles, and data: images and fonts. Nothing can reach the network.
 *
 * `frame-src 'self'`: the speaker view (a popup that inherits this policy) shows the current
 * and upcoming slide as frames of this same file (`deck.html?receiver…`). Slide content never
 * contains frames: the compiler emits none and user text is escaped.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (b === undefined ? '=' : B64[(n >> 6) & 63]!) + (c === undefined ? '=' : B64[n & 63]!);
  }
  return out;
}

/** sha256 of a string's UTF-8 bytes, in base64. */
export type Sha256Base64 = (source: string) => string;

const portableSha256: Sha256Base64 = (source) => base64(sha256(utf8ToBytes(source)));
let sha256Base64: Sha256Base64 = portableSha256;

/**
 * Lets a Node host hash with its native sha256. The engine stays pure (no node:crypto), and
 * the portable one hashes the export's ~250 KB of constant scripts in ~20 ms of a CLI run's
 * cold, unoptimised JavaScript; node:crypto takes well under 1 ms.
 */
export function useSha256(hash: Sha256Base64): void {
  sha256Base64 = hash;
}

/** The CSP source expression for an inline script: 'sha256-<base64>'. */
export function scriptHash(source: string): string {
  return `'sha256-${sha256Base64(source)}'`;
}

export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    "frame-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
