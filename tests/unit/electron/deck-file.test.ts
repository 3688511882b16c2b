/**
 * readDeckFile on real files in a temp folder: every bad kind from issue 2 gets one line that
 * starts with the file name, within 2 seconds, and the folder is byte-for-byte unchanged.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, lstat, mkdir, mkdtemp, open, readFile, readdir, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDeckFile, readOpenedBounded } from '../../../electron/main/services/deck-file.ts';
import { DeckError, parseDeckBytes } from '../../../engine/format/index.ts';
import { BAD_DECKS } from '../engine/format/_bad-corpus.ts';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-deck-file-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Every entry under `root`: kind, size, mtime and, for regular files, a SHA-256 of the bytes. */
async function snapshot(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const name of (await readdir(folder)).sort()) {
      const path = join(folder, name);
      const info = await lstat(path);
      if (info.isSymbolicLink()) out.push(`link ${path} -> ${await readlink(path)}`);
      else if (info.isDirectory()) {
        out.push(`dir ${path} ${info.mode}`);
        await walk(path);
      } else if (info.isFile()) {
        out.push(`file ${path} ${info.mode} ${info.size} ${info.mtimeMs} ${createHash('sha256').update(await readFile(path)).digest('hex')}`);
      } else out.push(`other ${path} ${info.mode} ${info.mtimeMs}`);
    }
  };
  await walk(root);
  return out;
}

/** Reads `path`, expecting a DeckError; checks one line, the file name, exit code, time, and that nothing changed. */
async function refuse(path: string): Promise<DeckError> {
  const before = await snapshot(dir);
  const started = performance.now();
  let thrown: unknown;
  try {
    await readDeckFile(path);
  } catch (error) {
    thrown = error;
  }
  const ms = performance.now() - started;
  expect(thrown).toBeInstanceOf(DeckError);
  const error = thrown as DeckError;
  expect(error.message).not.toMatch(/[\r\n]/);
  expect(error.message.startsWith(`${path}: `)).toBe(true);
  expect(error.file).toBe(path);
  expect(error.exitCode).toBe(1);
  expect(ms).toBeLessThan(2000); // the "within 2 seconds", as a generous bound
  expect(await snapshot(dir)).toEqual(before);
  return error;
}

function canMakeFifo(): boolean {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('readDeckFile refuses bad deck files', () => {
  it.each(BAD_DECKS.map((c) => [c.name, c] as const))('%s', async (name, bad) => {
    const bytes = bad.bytes();
    const path = join(dir, name);
    await writeFile(path, bytes);
    let inner = '';
    try {
      parseDeckBytes(bytes);
    } catch (error) {
      inner = (error as DeckError).message;
    }
    const error = await refuse(path);
    expect(error.code).toBe(bad.code);
    // The same message the engine gives for these bytes, prefixed with the file name.
    expect(error.message).toBe(`${path}: ${inner}`);
    expect(inner).toMatch(bad.says);
    if (bad.path !== undefined) expect(error.path).toBe(bad.path);
    await rm(path);
  });

  it('a FIFO with no writer: refused at once, never opened for a blocking read', async (ctx) => {
    if (!canMakeFifo()) {
      console.log('skipped: no mkfifo on this machine');
      ctx.skip();
    }
    const path = join(dir, 'pipe.briefdeck');
    execFileSync('mkfifo', [path]);
    const error = await refuse(path);
    expect(error.code).toBe('not-regular-file');
    expect(error.message).toBe(`${path}: not a regular file (a FIFO); Briefdeck opens only regular files`);
    await rm(path);
  });

  it('a FIFO swapped in after the first check: the open does not block and the handle is checked again', async (ctx) => {
    if (!canMakeFifo()) {
      console.log('skipped: no mkfifo on this machine');
      ctx.skip();
    }
    const path = join(dir, 'late-pipe.briefdeck');
    execFileSync('mkfifo', [path]);
    const started = performance.now();
    await expect(readOpenedBounded(path)).rejects.toThrow('not a regular file (a FIFO)');
    expect(performance.now() - started).toBeLessThan(2000);
    await rm(path);
  });

  it('a deck with no "sections" key: refused with its path, not opened as an empty deck', async () => {
    const path = join(dir, 'no-sections.briefdeck');
    await writeFile(path, JSON.stringify({ type: 'briefdeck', version: 2, deck: { meta: { title: 'Where did they go' } } }));
    const error = await refuse(path);
    expect(error.message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: deck\\.sections: missing`));
    await rm(path);
  });

  it('a directory', async () => {
    const path = join(dir, 'folder.briefdeck');
    await mkdir(path);
    await writeFile(join(path, 'inside.txt'), 'x');
    const error = await refuse(path);
    expect(error.code).toBe('directory');
    expect(error.message).toBe(`${path}: is a directory, not a Briefdeck file`);
    await rm(path, { recursive: true });
  });

  it('a symlink loop, two links long and one link long', async () => {
    const a = join(dir, 'a.briefdeck');
    const b = join(dir, 'b.briefdeck');
    const self = join(dir, 'self.briefdeck');
    await symlink(b, a);
    await symlink(a, b);
    await symlink(self, self);
    for (const path of [a, self]) {
      const error = await refuse(path);
      expect(error.code).toBe('symlink-loop');
      expect(error.message).toMatch(/: symlink loop/);
    }
    await rm(a);
    await rm(b);
    await rm(self);
  });

  it('a device', async (ctx) => {
    if (!existsSync('/dev/zero')) {
      console.log('skipped: no /dev/zero on this machine');
      ctx.skip();
    }
    // /dev/zero would never end if read: it must be refused by kind, before any read.
    const started = performance.now();
    await expect(readDeckFile('/dev/zero')).rejects.toThrow('/dev/zero: not a regular file (a character device)');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('a missing file and a dangling link', async () => {
    const missing = await refuse(join(dir, 'missing.briefdeck'));
    expect(missing.code).toBe('not-found');
    expect(missing.message).toMatch(/: no such file$/);
    const link = join(dir, 'dangling.briefdeck');
    await symlink(join(dir, 'nowhere'), link);
    expect((await refuse(link)).message).toMatch(/: no such file$/);
    await rm(link);
  });

  it('a sparse 100 MB file is refused by its size without reading it', async () => {
    const path = join(dir, 'sparse.briefdeck');
    const handle = await open(path, 'w');
    await handle.truncate(100 * 1024 * 1024);
    await handle.close();
    const error = await refuse(path);
    expect(error.code).toBe('too-large');
    expect(error.message).toBe(`${path}: the file is 100 MB; Briefdeck reads deck files up to 48 MB`);
    await rm(path);
  });

  it('a file name with a line break still gives one line', async () => {
    const path = join(dir, 'two\nlines.briefdeck');
    await writeFile(path, '');
    const before = await snapshot(dir);
    const error = (await readDeckFile(path).catch((e: unknown) => e)) as DeckError;
    expect(error).toBeInstanceOf(DeckError);
    expect(error.message).toBe(`${join(dir, 'two\\u000alines.briefdeck')}: the file is empty; a Briefdeck file holds a JSON envelope`);
    expect(await snapshot(dir)).toEqual(before);
    await rm(path);
  });
});

describe('readDeckFile reads good decks', () => {
  const fixtures = new URL('../../fixtures/_decks/', import.meta.url);

  it('reads each fixture as the engine parses its bytes', async () => {
    for (const name of ['v1.briefdeck', 'v2.briefdeck']) {
      const path = join(dir, name);
      await copyFile(new URL(name, fixtures), path);
      const before = await snapshot(dir);
      expect(await readDeckFile(path)).toEqual(parseDeckBytes(await readFile(path)));
      expect(await snapshot(dir)).toEqual(before);
      await rm(path);
    }
  });

  it('follows a symlink to a deck', async () => {
    const target = join(dir, 'real.briefdeck');
    const link = join(dir, 'link.briefdeck');
    await copyFile(new URL('v2.briefdeck', fixtures), target);
    await symlink(target, link);
    expect((await readDeckFile(link)).meta.lang).toBe('ko');
    await rm(link);
    await rm(target);
  });

  it('reads a deck larger than one read chunk', async () => {
    // 3 MB of notes in one deck: more than the 1 MB chunk, well under the limit.
    const notes = 'n'.repeat(90_000);
    const deck = { type: 'briefdeck', version: 2, deck: { sections: Array.from({ length: 35 }, (_, i) => ({ id: `s${i}`, title: `S${i}`, notes })) } };
    const path = join(dir, 'big.briefdeck');
    await writeFile(path, JSON.stringify(deck));
    const restored = await readDeckFile(path);
    expect(restored.sections).toHaveLength(35);
    expect(restored.sections[34]?.notes).toBe(notes);
    await rm(path);
  });
});
