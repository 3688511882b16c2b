/**
 * Open Recent, persisted as JSON in the user-data folder. A damaged list is treated as
 * empty (it is a convenience, never worth a crash) and rewritten atomically on the next open.
 */
import { readFile } from 'node:fs/promises';
import { basename, isAbsolute, join } from 'node:path';
import type { RecentFile } from '../../shared/contract.ts';
import { writeFileAtomic } from './atomic-write.ts';

export const RECENT_LIMIT = 10;

export interface RecentFiles {
  list(): Promise<RecentFile[]>;
  add(path: string): Promise<void>;
  remove(path: string): Promise<void>;
}

export function createRecentFiles(userDataDir: string, now: () => number, limit = RECENT_LIMIT): RecentFiles {
  const file = join(userDataDir, 'recent-files.json');
  // Serialise writes so two quick opens cannot interleave read-modify-write.
  let queue: Promise<unknown> = Promise.resolve();

  async function read(): Promise<RecentFile[]> {
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as unknown;
      const files = (data as { files?: unknown }).files;
      if (!Array.isArray(files)) return [];
      return files.filter(isRecent).slice(0, limit);
    } catch {
      return [];
    }
  }

  function update(change: (files: RecentFile[]) => RecentFile[]): Promise<void> {
    const next = queue.then(async () => {
      const files = change(await read()).slice(0, limit);
      await writeFileAtomic(file, JSON.stringify({ version: 1, files }, null, 2));
    });
    queue = next.catch(() => undefined);
    return next;
  }

  return {
    list: async () => {
      await queue;
      return read();
    },
    add: (path) => update((files) => [{ path, name: basename(path), openedAt: now() }, ...files.filter((f) => f.path !== path)]),
    remove: (path) => update((files) => files.filter((f) => f.path !== path)),
  };
}

function isRecent(value: unknown): value is RecentFile {
  const v = value as RecentFile;
  return typeof v === 'object' && v !== null && typeof v.path === 'string' && isAbsolute(v.path) && typeof v.name === 'string' && typeof v.openedAt === 'number';
}
