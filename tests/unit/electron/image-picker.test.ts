import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImageAsDataUrl, sniffImageType } from '../../../electron/main/services/image-picker.ts';
import { ImageSchema } from '../../../engine/model/schema.ts';
import { useTempDirs } from './_helpers/tmp.ts';

const tempDir = useTempDirs();
const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

describe('image picker', () => {
  it('reads an image by its bytes into a data URL the deck schema accepts', async () => {
    const dir = await tempDir();
    const path = join(dir, 'logo.jpg'); // a PNG with the wrong extension: the bytes decide
    await writeFile(path, PNG_1x1);
    const result = await readImageAsDataUrl(path);
    expect(result).toMatchObject({ ok: true, name: 'logo.jpg' });
    expect(result.ok && result.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
    expect(ImageSchema.safeParse({ dataUrl: result.ok ? result.dataUrl : '' }).success).toBe(true);
  });

  it('refuses files that are not images, and folders', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'evil.png'), '<svg onload="alert(1)"></svg>');
    expect(await readImageAsDataUrl(join(dir, 'evil.png'))).toMatchObject({ ok: false, code: 'unsupported' });
    expect(await readImageAsDataUrl(dir)).toMatchObject({ ok: false, code: 'invalid' });
    expect(await readImageAsDataUrl(join(dir, 'missing.png'))).toMatchObject({ ok: false, code: 'io' });
  });

  it('refuses an image larger than the model allows without reading it', async () => {
    const dir = await tempDir();
    const big = Buffer.alloc(10 * 1024 * 1024);
    PNG_1x1.copy(big);
    await writeFile(join(dir, 'big.png'), big);
    expect(await readImageAsDataUrl(join(dir, 'big.png'))).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('knows the four formats by their magic bytes', () => {
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffImageType(new TextEncoder().encode('GIF89a'))).toBe('gif');
    expect(sniffImageType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniffImageType(new TextEncoder().encode('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
  });
});
