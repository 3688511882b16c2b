/**
 * Image checks shared by the picker and drag-and-drop: only PNG, JPEG, GIF and WebP, and
 * only as large as the schema allows once base64-encoded, each refusal one clear sentence.
 */
import { LIMITS } from '../../../engine/model/defaults.ts';

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
/** base64 grows bytes by 4/3; keep the header's room too. */
export const MAX_IMAGE_BYTES = Math.floor(((LIMITS.imageChars - 64) * 3) / 4);

export function checkImageFile(file: { name: string; type: string; size: number }): string | null {
  if (!(IMAGE_TYPES as readonly string[]).includes(file.type)) {
    return `“${file.name}” is not a PNG, JPEG, GIF or WebP image.`;
  }
  if (file.size > MAX_IMAGE_BYTES) {
    return `“${file.name}” is ${(file.size / 1048576).toFixed(1)} MB; images can be at most ${(MAX_IMAGE_BYTES / 1048576).toFixed(0)} MB.`;
  }
  return null;
}

const DATA_URL = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}$/;

export function readImageFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new Error(`Could not read “${file.name}”.`));
    reader.onload = () => {
      const url = String(reader.result);
      if (!DATA_URL.test(url)) reject(new Error(`“${file.name}” is not a PNG, JPEG, GIF or WebP image.`));
      else resolve(url);
    };
    reader.readAsDataURL(file);
  });
}
