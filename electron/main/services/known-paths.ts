/**
 * Paths the renderer may write without a dialog: the .briefdeck files this session opened,
 * saved through a dialog or restored from the journal. A compromised renderer therefore
 * cannot overwrite an arbitrary file by naming it (fiddle's `isSafeDataName` idea, for paths).
 */
import { resolve } from 'node:path';

export interface KnownPaths {
  /** Callers add only paths the user chose or opened, or (from the journal) .briefdeck paths. */
  add(path: string): void;
  has(path: string): boolean;
}

export const isDeckPath = (path: string): boolean => /\.briefdeck$/i.test(path);

export function createKnownPaths(): KnownPaths {
  const known = new Set<string>();
  // Case-folding is left to the file system; resolve() removes ./ and ../ tricks.
  return {
    add: (path) => {
      known.add(resolve(path));
    },
    has: (path) => known.has(resolve(path)),
  };
}
