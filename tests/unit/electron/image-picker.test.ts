import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImageAsDataUrl } from '../../../electron/main/services/image-picker.ts';
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
    expect(await readImageAsDataUrl(join(dir, 'big.png'))).toMatchObject({ ok: false, code: 'too-large', message: 'Could not use big.png: images can be at most 9 MB.' });
  });

  it('labels a JPEG by its bytes and keeps the picker wording for refusals', async () => {
    const dir = await tempDir();
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]);
    await writeFile(join(dir, 'photo.png'), jpeg);
    expect(await readImageAsDataUrl(join(dir, 'photo.png'))).toEqual({ ok: true, name: 'photo.png', dataUrl: `data:image/jpeg;base64,${jpeg.toString('base64')}` });
    await writeFile(join(dir, 'notes.png'), 'hello');
    expect(await readImageAsDataUrl(join(dir, 'notes.png'))).toMatchObject({ message: 'Could not use notes.png: expected a PNG, JPEG, GIF or WebP image.' });
  });
});
