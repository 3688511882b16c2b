/**
 * Reading an Office zip we did not write, on a budget. A hostile file must be refused in
 * well under two seconds and without filling memory:
 *  - the entry count is read from the end-of-central-directory record BEFORE JSZip builds
 *    its index (a 100 000-slide file never gets that far);
 *  - every part inflates as a stream and is abandoned the moment it passes its byte budget
 *    (a 40 KB "zip bomb" that inflates to gigabytes stops at the budget), and all parts
 *    together share one total budget.
 */
import JSZip from 'jszip';
import type { UiMessage } from '../../../engine/i18n/ui-message.ts';

/** A zip we will not read: `message` in English for the CLI, `reason` for the UI. */
export class ZipRefused extends Error {
  constructor(
    message: string,
    readonly reason: UiMessage = { key: 'importing:refused.damaged' },
  ) {
    super(message);
  }
}

export interface ZipLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Bytes one part may inflate to. */
  maxPartBytes: number;
  /** Bytes all parts read from this file may inflate to, together. */
  maxTotalBytes: number;
}

export const OFFICE_ZIP_LIMITS: ZipLimits = { maxEntries: 20_000, maxPartBytes: 64 * 1024 * 1024, maxTotalBytes: 256 * 1024 * 1024 };

/** The entry count from the end-of-central-directory record, or null when there is none. */
export function zipEntryCount(bytes: Uint8Array): number | null {
  // EOCD: signature 50 4b 05 06, at least 22 bytes from the end, with up to 65 535 bytes of comment.
  const stop = Math.max(0, bytes.length - 22 - 65_535);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      return (bytes[i + 10] ?? 0) | ((bytes[i + 11] ?? 0) << 8);
    }
  }
  return null;
}

export class BudgetZip {
  private used = 0;
  private constructor(
    private readonly zip: JSZip,
    private readonly limits: ZipLimits,
    private readonly what: string,
  ) {}

  static async open(bytes: Uint8Array, what: string, limits: ZipLimits = OFFICE_ZIP_LIMITS): Promise<BudgetZip> {
    const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    if (!isZip) throw new ZipRefused(`${what} is not an Office file (it is not a zip package)`, { key: 'importing:refused.notZip' });
    const count = zipEntryCount(bytes);
    if (count === null) throw new ZipRefused(`${what} is truncated or damaged (its zip directory is missing)`);
    // 0xFFFF means "see the ZIP64 record": far more entries than any real deck holds.
    if (count >= 0xffff || count > limits.maxEntries) throw new ZipRefused(`${what} holds too many parts (${count >= 0xffff ? 'over 65 000' : count}; at most ${limits.maxEntries})`, { key: 'importing:refused.tooManyParts', params: { max: limits.maxEntries } });
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: false, createFolders: false });
    } catch {
      throw new ZipRefused(`${what} is truncated or damaged (its zip directory cannot be read)`);
    }
    return new BudgetZip(zip, limits, what);
  }

  has(name: string): boolean {
    const f = this.zip.file(name);
    return f !== null && !f.dir;
  }

  names(): string[] {
    return Object.keys(this.zip.files).filter((n) => !this.zip.files[n]?.dir);
  }

  /** The part's bytes, or null when it is absent; refuses past the budgets. */
  async bytes(name: string, maxBytes = this.limits.maxPartBytes): Promise<Uint8Array | null> {
    const file = this.zip.file(name);
    if (!file || file.dir) return null;
    const cap = Math.min(maxBytes, this.limits.maxTotalBytes - this.used);
    return new Promise<Uint8Array>((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      let size = 0;
      let done = false;
      // internalStream is JSZip's documented streaming reader (jszip.d.ts omits it).
      const stream = (file as unknown as { internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> }).internalStream('uint8array');
      stream
        .on('data', (chunk: Uint8Array) => {
          if (done) return;
          size += chunk.length;
          if (size > cap) {
            done = true;
            stream.pause();
            reject(
              new ZipRefused(size + this.used > this.limits.maxTotalBytes ? `${this.what} inflates past ${mib(this.limits.maxTotalBytes)} (a zip bomb?)` : `${this.what}: ${name} inflates past ${mib(cap)} (a zip bomb?)`, {
                key: 'importing:refused.inflatesPast',
                params: { limit: mib(size + this.used > this.limits.maxTotalBytes ? this.limits.maxTotalBytes : cap) },
              }),
            );
            return;
          }
          chunks.push(chunk);
        })
        .on('error', () => {
          if (done) return;
          done = true;
          reject(new ZipRefused(`${this.what} is damaged (${name} cannot be inflated)`));
        })
        .on('end', () => {
          if (done) return;
          done = true;
          this.used += size;
          const out = new Uint8Array(size);
          let at = 0;
          for (const c of chunks) {
            out.set(c, at);
            at += c.length;
          }
          resolve(out);
        })
        .resume();
    });
  }

  async text(name: string, maxBytes?: number): Promise<string | null> {
    const b = await this.bytes(name, maxBytes);
    if (!b) return null;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(b);
    } catch {
      throw new ZipRefused(`${this.what}: ${name} is not UTF-8 text`, { key: 'importing:refused.partNotUtf8', params: { part: name } });
    }
  }
}

function mib(n: number): string {
  return `${Math.round(n / 1048576)} MB`;
}
