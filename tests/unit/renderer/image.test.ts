// @vitest-environment happy-dom
/** Dropped images are judged by their bytes, not their names (the byte check: engine/images). */
import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES } from '../../../engine/images/index.ts';
import { checkImageFile, readImageFile } from '../../../renderer/src/lib/image.ts';

const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';
const PNG = Uint8Array.from(atob(PNG_BASE64), (c) => c.charCodeAt(0));

describe('readImageFile', () => {
  it('refuses a text file named .png, with one clear sentence', async () => {
    const fake = new File(['<script>alert(1)</script>'], 'fake.png', { type: 'image/png' });
    expect(checkImageFile(fake)).toBeNull(); // the name and type pass…
    await expect(readImageFile(fake)).rejects.toThrow('“fake.png” is not a PNG, JPEG, GIF or WebP image.'); // …the bytes do not
  });

  it('refuses an empty file named .png', async () => {
    await expect(readImageFile(new File([], 'empty.png', { type: 'image/png' }))).rejects.toThrow('“empty.png” is not a PNG, JPEG, GIF or WebP image.');
  });

  it('labels the data URL by the bytes: a PNG the OS called JPEG is a PNG', async () => {
    const url = await readImageFile(new File([PNG], 'map.jpg', { type: 'image/jpeg' }));
    expect(url).toBe(`data:image/png;base64,${PNG_BASE64}`);
  });

  it('refuses an SVG and a file over the size limit before reading it', () => {
    expect(checkImageFile({ name: 'a.svg', type: 'image/svg+xml', size: 10 })).toBe('“a.svg” is not a PNG, JPEG, GIF or WebP image.');
    expect(checkImageFile({ name: 'huge.png', type: 'image/png', size: 10 * 1024 * 1024 })).toBe('“huge.png” is 10.0 MB; images can be at most 9 MB.');
    expect(checkImageFile({ name: 'big.png', type: 'image/png', size: MAX_IMAGE_BYTES + 1 })).toMatch(/^“big\.png” is [\d.]+ MB; images can be at most \d+ MB\.$/);
    expect(checkImageFile({ name: 'ok.png', type: 'image/png', size: MAX_IMAGE_BYTES })).toBeNull();
  });
});
