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

const DATA_URL = /^data:image\/(?:png|jpeg|gif|webp);base64,([A-Za-z0-9+/]+={0,2})$/;

/**
 * What the bytes say the image is, whatever its name or the type the OS guessed from it:
 * a text file renamed .png must be refused here, not show as a broken picture on a slide.
 * (Main's picker, electron/main/services/image-picker.ts, checks the same signatures.)
 */
export function sniffImage(head: Uint8Array): 'png' | 'jpeg' | 'gif' | 'webp' | null {
  const at = (i: number, ...bytes: number[]) => bytes.every((x, k) => head[i + k] === x);
  if (at(0, 0x89, 0x50, 0x4e, 0x47)) return 'png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'webp';
  return null;
}

/** The first bytes of a base64 payload (16 characters = 12 bytes, enough for every signature). */
function headOf(base64: string): Uint8Array {
  const bin = atob(base64.slice(0, 16));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export function readImageFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new Error(`Could not read “${file.name}”.`));
    reader.onload = () => {
      const url = String(reader.result);
      const payload = DATA_URL.exec(url)?.[1];
      const kind = payload ? sniffImage(headOf(payload)) : null;
      if (!payload || !kind) reject(new Error(`“${file.name}” is not a PNG, JPEG, GIF or WebP image.`));
      // Label the data by its bytes: a JPEG saved as .png still shows.
      else resolve(`data:image/${kind};base64,${payload}`);
    };
    reader.readAsDataURL(file);
  });
}
