/**
 * Judging an image by its bytes, for both doors an image comes in by: main's file picker
 * (electron/main/services/image-picker.ts) and drag-and-drop in the editor
 * (renderer/src/lib/image.ts). Pure, so the two cannot drift apart: a text file renamed
 * .png is refused the same way whichever door it tried.
 */
import { base64 } from '../export/csp.ts';
import { LIMITS } from '../model/defaults.ts';

export type ImageKind = 'png' | 'jpeg' | 'gif' | 'webp';

/** The MIME types a dropped file may claim before its bytes are read. */
export const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;

/**
 * The largest image, in bytes, whose data URL still fits the schema's LIMITS.imageChars:
 * base64 grows bytes by 4/3, and 64 characters are kept for the `data:image/…;base64,` header.
 */
export const MAX_IMAGE_BYTES = Math.floor(((LIMITS.imageChars - 64) * 3) / 4);

/** What the bytes say the image is, whatever its name or the type the OS guessed from it. */
export function sniffImageType(bytes: Uint8Array): ImageKind | null {
  const at = (i: number, ...expected: number[]) => expected.every((x, k) => bytes[i + k] === x);
  if (at(0, 0x89, 0x50, 0x4e, 0x47)) return 'png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'webp';
  return null;
}

/**
 * The data URL the deck stores (it matches ImageSchema). Pass the kind sniffImageType found:
 * labelling by the bytes means a JPEG saved as .png still shows.
 */
export function imageDataUrl(bytes: Uint8Array, kind: ImageKind): string {
  return `data:image/${kind};base64,${base64(bytes)}`;
}

/** The editor's one-line refusal for a file that is not one of the four formats. */
export function notAnImageMessage(name: string): string {
  return `“${name}” is not a PNG, JPEG, GIF or WebP image.`;
}

/** The editor's one-line refusal for a file over MAX_IMAGE_BYTES. */
export function imageTooLargeMessage(name: string, size: number): string {
  return `“${name}” is ${(size / 1048576).toFixed(1)} MB; images can be at most ${(MAX_IMAGE_BYTES / 1048576).toFixed(0)} MB.`;
}
