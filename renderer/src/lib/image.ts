/**
 * Checks for an image dropped in the editor: only PNG, JPEG, GIF and WebP, and only as large
 * as the schema allows, each refusal one clear sentence. The byte checks themselves live in
 * engine/images, shared with main's picker.
 */
import { IMAGE_MIME_TYPES, imageDataUrl, MAX_IMAGE_BYTES, sniffImageType } from '../../../engine/images/index.ts';
import { t } from '../../i18n.ts';

// The engine's English refusals (engine/images) serve main's picker; the editor says the same in the UI language.
const notAnImageMessage = (name: string) => t('notices:image.notImage', { name });
const imageTooLargeMessage = (name: string, size: number) => t('notices:image.tooLarge', { name, size: size / 1048576, max: MAX_IMAGE_BYTES / 1048576 });

/** Refuses by the claimed type and size before reading anything. */
export function checkImageFile(file: { name: string; type: string; size: number }): string | null {
  if (!(IMAGE_MIME_TYPES as readonly string[]).includes(file.type)) return notAnImageMessage(file.name);
  if (file.size > MAX_IMAGE_BYTES) return imageTooLargeMessage(file.name, file.size);
  return null;
}

/** Reads the file and judges it by its bytes: a text file renamed .png is refused here. */
export async function readImageFile(file: File): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new Error(t('notices:image.unreadable', { name: file.name }));
  }
  const kind = sniffImageType(bytes);
  if (!kind) throw new Error(notAnImageMessage(file.name));
  return imageDataUrl(bytes, kind);
}
