/** Test-only builders of hostile and hand-made zip files (the importer must survive them). */
import { deflateRawSync, constants } from 'node:zlib';
import JSZip from 'jszip';

/** A tiny stored/deflated zip written by hand, so sizes and methods can lie as attackers do. */
export function rawZip(entries: { name: string; data: Uint8Array; method?: 0 | 8; claimedSize?: number }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const method = e.method ?? 0;
    const size = e.claimedSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  eocd.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
}

/**
 * A raw deflate stream that inflates to `chunks` × 16 MiB of zeros from a few KB: one
 * sync-flushed block of zeros repeated (each copy is valid on its own: it starts with a
 * literal), then an empty final block.
 */
export function zeroBomb(chunks: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(16 * 1024 * 1024), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const final = Buffer.from([0x03, 0x00]);
  return new Uint8Array(Buffer.concat([...Array.from({ length: chunks }, () => block), final]));
}

/** A well-formed minimal presentation with `n` slide entries listed (for the slide-count limit). */
export async function manySlidesZip(n: number): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  const ids = Array.from({ length: n }, (_, i) => `<p:sldId id="${256 + i}" r:id="rId${i + 1}"/>`).join('');
  zip.file('ppt/presentation.xml', `<p:presentation xmlns:p="p" xmlns:r="r"><p:sldIdLst>${ids}</p:sldIdLst></p:presentation>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
