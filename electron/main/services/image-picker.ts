/** Reading a picked image into a data URL, by its bytes (not its name), within the model's limit. */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { imageDataUrl, MAX_IMAGE_BYTES, sniffImageType } from '../../../engine/images/index.ts';
import type { Result } from '../../shared/contract.ts';
import { because, failure, toFailure } from './failures.ts';

export async function readImageAsDataUrl(path: string): Promise<Result<{ dataUrl: string; name: string }>> {
  const name = basename(path);
  try {
    const handle = await open(path, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) return failure('invalid', `Could not use ${name}: not a regular file.`, because({ key: 'failures:action.image', params: { name } }, { key: 'failures:deck.not-regular-file' }));
      if (info.size > MAX_IMAGE_BYTES) return failure('too-large', `Could not use ${name}: images can be at most ${(MAX_IMAGE_BYTES / 1048576).toFixed(0)} MB.`, because({ key: 'failures:action.image', params: { name } }, { key: 'failures:imageTooLarge', params: { max: MAX_IMAGE_BYTES / 1048576 } }));
      const bytes = new Uint8Array(info.size);
      await handle.read(bytes, 0, info.size, 0);
      const type = sniffImageType(bytes);
      if (!type) return failure('unsupported', `Could not use ${name}: expected a PNG, JPEG, GIF or WebP image.`, because({ key: 'failures:action.image', params: { name } }, { key: 'failures:notImage' }));
      return { ok: true, name, dataUrl: imageDataUrl(bytes, type) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return toFailure(error, `Could not use ${name}`, { key: 'failures:action.image', params: { name } });
  }
}
