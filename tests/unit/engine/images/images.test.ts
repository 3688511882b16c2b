/** The one byte check behind both the picker and drag-and-drop. */
import { describe, expect, it } from 'vitest';
import { imageDataUrl, imageTooLargeMessage, MAX_IMAGE_BYTES, notAnImageMessage, sniffImageType } from '../../../../engine/images/index.ts';
import { LIMITS } from '../../../../engine/model/defaults.ts';
import { ImageSchema } from '../../../../engine/model/schema.ts';

const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const text = (s: string) => new TextEncoder().encode(s);

describe('sniffImageType', () => {
  it('knows the four signatures and nothing else', () => {
    expect(sniffImageType(PNG_1x1)).toBe('png');
    expect(sniffImageType(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(sniffImageType(text('GIF89a'))).toBe('gif');
    expect(sniffImageType(text('GIF87a'))).toBe('gif');
    expect(sniffImageType(text('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniffImageType(text('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
    expect(sniffImageType(text('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
    expect(sniffImageType(text('<script>alert(1)</script>'))).toBeNull();
  });

  it('does not read past a short input', () => {
    expect(sniffImageType(new Uint8Array(0))).toBeNull();
    expect(sniffImageType(Uint8Array.of(0x89, 0x50, 0x4e))).toBeNull(); // a PNG's first three bytes only
    expect(sniffImageType(Uint8Array.of(0xff, 0xd8))).toBeNull();
    expect(sniffImageType(text('RIFF\0\0\0\0WEB'))).toBeNull();
  });
});

describe('imageDataUrl', () => {
  it('encodes like standard base64 at every padding length', () => {
    for (let n = 1; n <= 7; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 250) & 255);
      expect(imageDataUrl(bytes, 'gif')).toBe(`data:image/gif;base64,${Buffer.from(bytes).toString('base64')}`);
    }
  });

  it('gives a data URL the deck schema accepts, labelled by the kind passed', () => {
    const url = imageDataUrl(PNG_1x1, 'png');
    expect(url).toBe(`data:image/png;base64,${PNG_1x1.toString('base64')}`);
    expect(ImageSchema.safeParse({ dataUrl: url }).success).toBe(true);
  });

  it('keeps the largest allowed image within the schema limit', () => {
    const biggest = new Uint8Array(MAX_IMAGE_BYTES);
    biggest.set(PNG_1x1);
    const url = imageDataUrl(biggest, 'webp');
    expect(url.length).toBeLessThanOrEqual(LIMITS.imageChars);
    expect(ImageSchema.safeParse({ dataUrl: url }).success).toBe(true);
  });
});

describe('messages', () => {
  it('are the one-line sentences the editor shows', () => {
    expect(notAnImageMessage('notes.txt')).toBe('“notes.txt” is not a PNG, JPEG, GIF or WebP image.');
    expect(imageTooLargeMessage('huge.png', 10 * 1024 * 1024)).toBe('“huge.png” is 10.0 MB; images can be at most 9 MB.');
  });
});
