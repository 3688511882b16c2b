/**
 * Pixel size of a PNG, JPEG, GIF or WebP from its bytes, so a picture can be fitted into its
 * box without distortion (pptxgenjs's `sizing: contain` needs the picture's own size).
 */
export interface Size {
  w: number;
  h: number;
}

export function imageSize(b: Uint8Array): Size | null {
  const u16be = (i: number): number => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
  const u16le = (i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
  const u24le = (i: number): number => u16le(i) | ((b[i + 2] ?? 0) << 16);
  const u32be = (i: number): number => u16be(i) * 65536 + u16be(i + 2);
  const ascii = (i: number, n: number): string => String.fromCharCode(...b.subarray(i, i + n));
  if (b.length >= 24 && b[0] === 0x89 && ascii(1, 3) === 'PNG') return ok(u32be(16), u32be(20));
  if (b.length >= 10 && ascii(0, 3) === 'GIF') return ok(u16le(6), u16le(8));
  if (b.length >= 30 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') {
    const chunk = ascii(12, 4);
    if (chunk === 'VP8 ') return ok(u16le(26) & 0x3fff, u16le(28) & 0x3fff);
    if (chunk === 'VP8L') {
      const bits = (b[21] ?? 0) | ((b[22] ?? 0) << 8) | ((b[23] ?? 0) << 16) | ((b[24] ?? 0) << 24);
      return ok((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
    }
    if (chunk === 'VP8X') return ok(u24le(24) + 1, u24le(27) + 1);
    return null;
  }
  if (b[0] === 0xff && b[1] === 0xd8) {
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) return null;
      const marker = b[i + 1] ?? 0;
      // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return ok(u16be(i + 7), u16be(i + 5));
      i += 2 + u16be(i + 2);
    }
  }
  return null;
}

function ok(w: number, h: number): Size | null {
  return w > 0 && h > 0 ? { w, h } : null;
}

/** The data URL's bytes (the schema guarantees base64). */
export function dataUrlBytes(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',');
  const bin = atob(dataUrl.slice(comma + 1));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
