/** Reading a picked image into a data URL, by its bytes (not its name), within the model's limit. */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { LIMITS } from '../../../engine/model/defaults.ts';
import type { Result } from '../../shared/contract.ts';
import { failure, toFailure } from './failures.ts';

const MAX_BYTES = Math.floor((LIMITS.imageChars - 64) * 0.75);

export function sniffImageType(bytes: Uint8Array): 'png' | 'jpeg' | 'gif' | 'webp' | null {
  const b = bytes;
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) return 'gif';
  if (b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50) return 'webp';
  return null;
}

export async function readImageAsDataUrl(path: string): Promise<Result<{ dataUrl: string; name: string }>> {
  const name = basename(path);
  try {
    const handle = await open(path, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) return failure('invalid', `Could not use ${name}: not a regular file.`);
      if (info.size > MAX_BYTES) return failure('too-large', `Could not use ${name}: images are limited to ${Math.floor(MAX_BYTES / 1024 / 1024)} MB.`);
      const bytes = new Uint8Array(info.size);
      await handle.read(bytes, 0, info.size, 0);
      const type = sniffImageType(bytes);
      if (!type) return failure('unsupported', `Could not use ${name}: expected a PNG, JPEG, GIF or WebP image.`);
      return { ok: true, name, dataUrl: `data:image/${type};base64,${Buffer.from(bytes).toString('base64')}` };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return toFailure(error, `Could not use ${name}`);
  }
}
