/**
 * Durable, atomic file replacement: the one way Briefdeck writes a user's file, a journal
 * entry, an export or its own settings.
 *
 *   temp file in the SAME folder (rename is only atomic within one file system)
 *   → write → fsync → (hard-link the old file to the backup) → rename over the target
 *   → fsync the folder (so the rename itself survives a power cut).
 *
 * A crash at any moment leaves the target either the complete old or the complete new
 * file. There is deliberately no "rename failed, write in place" fallback: that fallback is
 * exactly what truncates files (write-file-atomic and others do not fsync the folder, and
 * some editors fall back to truncation on Windows, so we keep this small module instead).
 * Windows refuses a rename while a virus scanner or indexer holds the file (EPERM/EBUSY/
 * EACCES): we retry with a short back-off, then give up and report.
 */
import { constants } from 'node:fs';
import { copyFile, link, open, readdir, realpath, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Marks our temp files: `.<name>.bdtmp-<pid>-<random>`; cleanup only ever touches these. */
export const TEMP_MARK = '.bdtmp-';

export interface AtomicWriteOptions {
  /** Keep the replaced file here (same folder), e.g. `deck.briefdeck.bak`. */
  backupPath?: string | null;
  /** For tests: the rename to use (to simulate Windows refusing it). */
  renameFn?: (from: string, to: string) => Promise<void>;
  /** Rename attempts before giving up (Windows scanners hold files for ~100 ms). */
  renameAttempts?: number;
}

const RETRYABLE_RENAME = new Set(['EPERM', 'EBUSY', 'EACCES']);

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}${TEMP_MARK}${process.pid}-${randomBytes(6).toString('hex')}`);
}

export async function writeFileAtomic(linkOrTarget: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  // A deck reached through a symlink (a synced folder, say): replace the file it points to,
  // so the link survives and the backup holds the old content rather than another link.
  const target = await realpath(linkOrTarget).catch(() => linkOrTarget);
  const dir = dirname(target);
  const temp = tempPathFor(target);
  const doRename = options.renameFn ?? rename;
  let mode = 0o644;
  try {
    mode = (await stat(target)).mode & 0o777;
  } catch {
    // A new file: default mode.
  }
  let tempCreated = false;
  try {
    // 'wx': never reuse or follow an existing path (a planted symlink cannot redirect us).
    const handle = await open(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, mode);
    tempCreated = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.backupPath) await keepBackup(target, options.backupPath);
    await renameWithRetry(doRename, temp, target, options.renameAttempts ?? 8);
    tempCreated = false;
    await fsyncFolder(dir);
  } catch (error) {
    if (tempCreated) await unlink(temp).catch(() => undefined);
    throw error;
  }
}

async function renameWithRetry(doRename: (a: string, b: string) => Promise<void>, from: string, to: string, attempts: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await doRename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!RETRYABLE_RENAME.has(code) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(20 * 2 ** attempt, 500)));
    }
  }
}

/**
 * The previous version becomes the backup. A hard link costs nothing for a 20 MB deck and
 * is itself replaced atomically (link to a temp name, then rename); where links are not
 * supported (FAT, some network shares) we copy instead.
 */
async function keepBackup(target: string, backupPath: string): Promise<void> {
  try {
    await stat(target);
  } catch {
    return; // nothing to back up yet
  }
  const temp = tempPathFor(backupPath);
  try {
    await link(target, temp);
  } catch {
    await copyFile(target, temp, constants.COPYFILE_EXCL);
  }
  try {
    await rename(temp, backupPath);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** fsync the folder so the rename is on disk; Windows cannot open folders, and does not need it. */
export async function fsyncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (e.g. certain FUSE mounts) reject fsync on a folder: not fatal.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR') throw error;
  } finally {
    await handle.close();
  }
}

/** Is this temp file's writer still alive? (pid is in its name) */
function writerAlive(name: string): boolean {
  const match = new RegExp(`${TEMP_MARK.replace('.', '\\.')}(\\d+)-`).exec(name);
  if (!match) return false;
  const pid = Number(match[1]);
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove temp files a crashed writer left behind. Only our own marked names are touched,
 * and only when their writer is gone or they are older than `maxAgeMs` (a pid can be reused).
 * Returns the names removed.
 */
export async function cleanupStaleTemps(dir: string, maxAgeMs = 60 * 60 * 1000, now = Date.now()): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith('.') || !name.includes(TEMP_MARK)) continue;
    const full = join(dir, name);
    try {
      const info = await stat(full);
      if (!info.isFile()) continue;
      if (writerAlive(name) && now - info.mtimeMs < maxAgeMs) continue;
      await rm(full, { force: true });
      removed.push(name);
    } catch {
      // Raced with another cleaner or vanished: fine.
    }
  }
  return removed;
}
