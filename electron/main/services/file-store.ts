/**
 * Opening and saving `.briefdeck` files. Every deck is validated with the engine's
 * `restoreDeck` before it is written; every write is atomic and durable (atomic-write.ts)
 * and keeps the previous version as `<name>.bak`; a file changed on disk since the editor
 * last saw it is never silently overwritten (Failure 'conflict').
 */
import { stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute } from 'node:path';
import type { DeckFileInfo, OpenedDeck, Result, SaveRequest } from '../../shared/contract.ts';
import { cleanupStaleTemps, writeFileAtomic, type AtomicWriteOptions } from './atomic-write.ts';
import { because, failure, toFailure } from './failures.ts';
import type { DeckCodec } from './ports.ts';

export const DECK_EXTENSION = '.briefdeck';

export function backupPathFor(path: string): string {
  return `${path}.bak`;
}

export interface FileStore {
  open(path: string): Promise<Result<OpenedDeck>>;
  /** `req.path` must be set here; the IPC layer asks the dialog first. */
  save(req: SaveRequest & { path: string }): Promise<Result<DeckFileInfo>>;
}

export function createFileStore(codec: DeckCodec, writeOptions: Pick<AtomicWriteOptions, 'renameFn'> = {}): FileStore {
  return {
    async open(path) {
      const name = basename(path);
      if (!isAbsolute(path)) return failure('invalid', `Could not open ${name}: expected an absolute path.`, because({ key: 'failures:action.open', params: { name } }, { key: 'failures:absolutePath' }));
      try {
        const deck = await codec.readFile(path);
        const info = await stat(path);
        // A crashed save may have left a temp file beside it; tidy up now we know the folder.
        void cleanupStaleTemps(dirname(path));
        return { ok: true, path, name, mtimeMs: info.mtimeMs, deck };
      } catch (error) {
        return toFailure(error, `Could not open ${name}`, { key: 'failures:action.open', params: { name } });
      }
    },

    async save(req) {
      const path = req.path;
      const name = basename(path);
      if (!isAbsolute(path)) return failure('invalid', `Could not save ${name}: expected an absolute path.`, because({ key: 'failures:action.save', params: { name } }, { key: 'failures:absolutePath' }));
      let text: string;
      try {
        text = codec.serialize(codec.restore(req.deck));
      } catch (error) {
        return toFailure(error, `Could not save ${name}`, { key: 'failures:action.save', params: { name } });
      }
      try {
        const current = await statOrNull(path);
        if (current && !current.isFile()) return failure('invalid', `Could not save ${name}: that is not a regular file.`, because({ key: 'failures:action.save', params: { name } }, { key: 'failures:deck.not-regular-file' }));
        if (current && !req.overwrite && current.mtimeMs !== req.expectedMtimeMs) {
          return failure('conflict', `${name} was changed on disk by another program since you opened it.`, { key: 'failures:changedOnDisk', params: { name } });
        }
        await writeFileAtomic(path, text, { backupPath: backupPathFor(path), ...writeOptions });
        const written = await stat(path);
        return { ok: true, path, name, mtimeMs: written.mtimeMs };
      } catch (error) {
        return toFailure(error, `Could not save ${name}`, { key: 'failures:action.save', params: { name } });
      }
    },
  };
}

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
