import { chmod, lstat, mkdir, readdir, readFile, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupStaleTemps, TEMP_MARK, writeFileAtomic } from '../../../electron/main/services/atomic-write.ts';
import { useTempDirs } from './_helpers/tmp.ts';
import { useUnwritableFolder } from './_helpers/unwritable.ts';

const tempDir = useTempDirs();
const makeUnwritable = useUnwritableFolder('read-only folder test');

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temp behind', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.briefdeck');
    await writeFileAtomic(target, 'hello');
    expect(await readFile(target, 'utf8')).toBe('hello');
    expect(await readdir(dir)).toEqual(['a.briefdeck']);
  });

  it('replaces a file and keeps the previous version as the backup', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.briefdeck');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new', { backupPath: `${target}.bak` });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readFile(`${target}.bak`, 'utf8')).toBe('old');
    await writeFileAtomic(target, 'newer', { backupPath: `${target}.bak` });
    expect(await readFile(`${target}.bak`, 'utf8')).toBe('new');
    expect((await readdir(dir)).sort()).toEqual(['a.briefdeck', 'a.briefdeck.bak']);
  });

  it('replaces the file a symlink points to: the link survives, the backup holds the old content', async () => {
    const dir = await tempDir();
    const real = join(dir, 'synced', 'a.briefdeck');
    await mkdir(join(dir, 'synced'));
    await writeFile(real, 'old');
    const link = join(dir, 'a.briefdeck');
    await symlink(real, link);
    await writeFileAtomic(link, 'new', { backupPath: `${link}.bak` });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toBe('new');
    expect((await lstat(`${link}.bak`)).isSymbolicLink()).toBe(false);
    expect(await readFile(`${link}.bak`, 'utf8')).toBe('old');
  });

  it('keeps the file mode of the file it replaces', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.briefdeck');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await writeFileAtomic(target, 'new');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('retries a rename that Windows refuses (EPERM/EBUSY) and then succeeds', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.briefdeck');
    await writeFile(target, 'old');
    let calls = 0;
    const { rename } = await import('node:fs/promises');
    await writeFileAtomic(target, 'new', {
      renameFn: async (from, to) => {
        calls++;
        if (calls <= 2) throw Object.assign(new Error('busy'), { code: calls === 1 ? 'EPERM' : 'EBUSY' });
        await rename(from, to);
      },
    });
    expect(calls).toBe(3);
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('gives up after the retries with the old file intact and no temp left (never a truncating fallback)', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.briefdeck');
    await writeFile(target, 'old content');
    let calls = 0;
    await expect(
      writeFileAtomic(target, 'new', {
        renameAttempts: 3,
        renameFn: async () => {
          calls++;
          throw Object.assign(new Error('locked'), { code: 'EPERM' });
        },
      }),
    ).rejects.toThrow('locked');
    expect(calls).toBe(3);
    expect(await readFile(target, 'utf8')).toBe('old content');
    expect((await readdir(dir)).filter((n) => n.includes(TEMP_MARK))).toEqual([]);
  });

  it('does not retry errors that are not transient', async () => {
    const dir = await tempDir();
    let calls = 0;
    await expect(
      writeFileAtomic(join(dir, 'x'), 'data', {
        renameFn: async () => {
          calls++;
          throw Object.assign(new Error('gone'), { code: 'ENOENT' });
        },
      }),
    ).rejects.toThrow('gone');
    expect(calls).toBe(1);
  });

  it.skipIf(!makeUnwritable)('fails cleanly in a read-only folder, leaving the old file', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.briefdeck');
    await writeFile(target, 'old');
    const undo = makeUnwritable!(dir);
    try {
      // EACCES from permissions, EPERM from an immutable folder (root).
      await expect(writeFileAtomic(target, 'new')).rejects.toMatchObject({ code: expect.stringMatching(/^(EACCES|EPERM)$/) });
      expect(await readFile(target, 'utf8')).toBe('old');
    } finally {
      undo();
    }
    expect(await readdir(dir)).toEqual(['a.briefdeck']);
  });

  it('fails when the folder has vanished', async () => {
    const dir = await tempDir();
    await expect(writeFileAtomic(join(dir, 'gone', 'a.briefdeck'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('never follows a symlink planted at a temp-like path (exclusive create)', async () => {
    const dir = await tempDir();
    const outside = join(dir, 'outside.txt');
    await writeFile(outside, 'untouched');
    // Even if an attacker guesses temp names, O_EXCL refuses existing paths; simulate by
    // planting links at many names and checking the write still succeeds elsewhere.
    for (let i = 0; i < 5; i++) await symlink(outside, join(dir, `.a.briefdeck${TEMP_MARK}0-${i}`));
    await writeFileAtomic(join(dir, 'a.briefdeck'), 'data');
    expect(await readFile(outside, 'utf8')).toBe('untouched');
  });
});

describe('cleanupStaleTemps', () => {
  it('removes temps of dead writers and old temps, keeps live ones and other files', async () => {
    const dir = await tempDir();
    const dead = `.a.briefdeck${TEMP_MARK}999999999-abc`;
    const live = `.b.briefdeck${TEMP_MARK}${process.pid}-def`;
    const oldLive = `.c.briefdeck${TEMP_MARK}${process.pid}-123`;
    for (const name of [dead, live, oldLive, 'a.briefdeck', '.hidden']) await writeFile(join(dir, name), 'x');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    await utimes(join(dir, oldLive), twoHoursAgo, twoHoursAgo);
    const removed = await cleanupStaleTemps(dir);
    expect(removed.sort()).toEqual([dead, oldLive].sort());
    expect((await readdir(dir)).sort()).toEqual(['.hidden', live, 'a.briefdeck'].sort());
  });

  it('returns nothing for a missing folder', async () => {
    expect(await cleanupStaleTemps('/nonexistent/briefdeck/folder')).toEqual([]);
  });
});
