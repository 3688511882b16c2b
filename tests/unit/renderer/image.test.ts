// @vitest-environment happy-dom
/** Dropped images are judged by their bytes, not their names. */
import { describe, expect, it } from 'vitest';
import { checkImageFile, MAX_IMAGE_BYTES, readImageFile, sniffImage } from '../../../renderer/src/lib/image.ts';

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

describe('sniffImage', () => {
  it('knows the four signatures and nothing else', () => {
    expect(sniffImage(PNG)).toBe('png');
    expect(sniffImage(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(sniffImage(new TextEncoder().encode('GIF89a'))).toBe('gif');
    expect(sniffImage(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniffImage(new TextEncoder().encode('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
    expect(sniffImage(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
    expect(sniffImage(new Uint8Array(0))).toBeNull();
  });
});

describe('readImageFile', () => {
  it('refuses a text file named .png, with one clear sentence', async () => {
    const fake = new File(['<script>alert(1)</script>'], 'fake.png', { type: 'image/png' });
    expect(checkImageFile(fake)).toBeNull(); // the name and type pass…
    await expect(readImageFile(fake)).rejects.toThrow('“fake.png” is not a PNG, JPEG, GIF or WebP image.'); // …the bytes do not
  });

  it('labels the data URL by the bytes: a PNG the OS called JPEG is a PNG', async () => {
    const url = await readImageFile(new File([PNG], 'map.jpg', { type: 'image/jpeg' }));
    expect(url.startsWith('data:image/png;base64,iVBORw0KGgo')).toBe(true);
  });

  it('refuses an SVG and a file over the size limit before reading it', () => {
    expect(checkImageFile({ name: 'a.svg', type: 'image/svg+xml', size: 10 })).toContain('is not a PNG, JPEG, GIF or WebP image');
    expect(checkImageFile({ name: 'big.png', type: 'image/png', size: MAX_IMAGE_BYTES + 1 })).toMatch(/^“big\.png” is [\d.]+ MB; images can be at most \d+ MB\.$/);
    expect(checkImageFile({ name: 'ok.png', type: 'image/png', size: MAX_IMAGE_BYTES })).toBeNull();
  });
});
