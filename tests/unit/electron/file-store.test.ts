import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMP_MARK } from '../../../electron/main/services/atomic-write.ts';
import { createFileStore } from '../../../electron/main/services/file-store.ts';
import { makeDeck, testCodec } from './_helpers/codec.ts';
import { useTempDirs } from './_helpers/tmp.ts';
import { useTinyDisk } from './_helpers/tiny-disk.ts';
import { useUnwritableFolder } from './_helpers/unwritable.ts';

const tempDir = useTempDirs();
const store = createFileStore(testCodec);
const makeUnwritable = useUnwritableFolder('read-only folder save test');

const tinyDisk = useTinyDisk('full-disk save test');

describe('file store', () => {
  it('saves a new file, then opens it back with its mtime', async () => {
    const dir = await tempDir();
    const path = join(dir, 'brief.briefdeck');
    const saved = await store.save({ deck: makeDeck('one'), path, expectedMtimeMs: null });
    expect(saved).toMatchObject({ ok: true, path, name: 'brief.briefdeck' });
    const opened = await store.open(path);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.deck.meta.subtitle).toBe('one');
    expect(saved.ok && opened.mtimeMs).toBe(saved.ok && saved.mtimeMs);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ type: 'briefdeck', version: 3 });
  });

  it('keeps the previous version as <name>.bak on every save', async () => {
    const dir = await tempDir();
    const path = join(dir, 'brief.briefdeck');
    const first = await store.save({ deck: makeDeck('v1'), path, expectedMtimeMs: null });
    if (!first.ok) throw new Error(first.message);
    const second = await store.save({ deck: makeDeck('v2'), path, expectedMtimeMs: first.mtimeMs });
    expect(second.ok).toBe(true);
    expect((await testCodec.readFile(`${path}.bak`)).meta.subtitle).toBe('v1');
    expect((await testCodec.readFile(path)).meta.subtitle).toBe('v2');
  });

  it('refuses to overwrite a file changed on disk since it was read (conflict), unless told to', async () => {
    const dir = await tempDir();
    const path = join(dir, 'brief.briefdeck');
    const first = await store.save({ deck: makeDeck('mine'), path, expectedMtimeMs: null });
    if (!first.ok) throw new Error(first.message);
    await writeFile(path, testCodec.serialize(makeDeck('theirs')));
    const later = new Date(Date.now() + 5000);
    await utimes(path, later, later);
    const conflict = await store.save({ deck: makeDeck('mine again'), path, expectedMtimeMs: first.mtimeMs });
    expect(conflict).toMatchObject({ ok: false, code: 'conflict' });
    expect((await testCodec.readFile(path)).meta.subtitle).toBe('theirs');
    const forced = await store.save({ deck: makeDeck('mine again'), path, expectedMtimeMs: first.mtimeMs, overwrite: true });
    expect(forced.ok).toBe(true);
    expect((await testCodec.readFile(path)).meta.subtitle).toBe('mine again');
  });

  it('treats saving onto an existing file it never read as a conflict', async () => {
    const dir = await tempDir();
    const path = join(dir, 'other.briefdeck');
    await writeFile(path, 'not ours');
    expect(await store.save({ deck: makeDeck('x'), path, expectedMtimeMs: null })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await readFile(path, 'utf8')).toBe('not ours');
  });

  it('refuses an invalid deck and writes nothing', async () => {
    const dir = await tempDir();
    const path = join(dir, 'brief.briefdeck');
    const result = await store.save({ deck: { sections: [{ id: 'bad id!', title: 1 }] } as never, path, expectedMtimeMs: null });
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    expect(result.ok || result.message.split('\n')).toHaveLength(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a vanished folder as an io failure, one line', async () => {
    const dir = await tempDir();
    const result = await store.save({ deck: makeDeck('x'), path: join(dir, 'gone', 'brief.briefdeck'), expectedMtimeMs: null });
    expect(result).toMatchObject({ ok: false, code: 'io' });
    expect(result.ok ? '' : result.message).toMatch(/no longer exists/);
  });

  it('reports a folder in the way', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'brief.briefdeck'));
    expect(await store.save({ deck: makeDeck('x'), path: join(dir, 'brief.briefdeck'), expectedMtimeMs: null, overwrite: true })).toMatchObject({ ok: false });
  });

  it.skipIf(!makeUnwritable)('reports a read-only folder in one line and leaves the file as it was, with no temp behind', async () => {
    const dir = await tempDir();
    const path = join(dir, 'brief.briefdeck');
    const first = await store.save({ deck: makeDeck('v1'), path, expectedMtimeMs: null });
    if (!first.ok) throw new Error(first.message);
    const before = await readFile(path, 'utf8');
    const undo = makeUnwritable!(dir);
    try {
      const result = await store.save({ deck: makeDeck('v2'), path, expectedMtimeMs: first.mtimeMs });
      expect(result).toMatchObject({ ok: false, code: 'io' });
      expect(result.ok ? '' : result.message).toMatch(/^Could not save brief\.briefdeck: /);
      expect(result.ok ? '' : result.message).not.toContain('\n');
    } finally {
      undo();
    }
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['brief.briefdeck']);
  });

  it.skipIf(!tinyDisk)('reports a full disk in one line; the file and its backup stay complete, no temp is left', async () => {
    const path = join(tinyDisk!, 'brief.briefdeck');
    const first = await store.save({ deck: makeDeck('v1'), path, expectedMtimeMs: null });
    if (!first.ok) throw new Error(first.message);
    const second = await store.save({ deck: makeDeck('v2'), path, expectedMtimeMs: first.mtimeMs });
    if (!second.ok) throw new Error(second.message);
    const [file, bak] = [await readFile(path, 'utf8'), await readFile(`${path}.bak`, 'utf8')];
    // ~200 KB cannot fit in what is left of 64 KiB.
    const full = await store.save({ deck: makeDeck('v3', 200_000), path, expectedMtimeMs: second.mtimeMs });
    expect(full).toEqual({
      ok: false,
      code: 'io',
      message: 'Could not save brief.briefdeck: the disk is full.',
      ui: { key: 'failures:withReason', params: { action: { key: 'failures:action.save', params: { name: 'brief.briefdeck' } }, reason: { key: 'failures:io.ENOSPC' } } },
    });
    expect(await readFile(path, 'utf8')).toBe(file);
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(bak);
    expect((await readdir(tinyDisk!)).sort()).toEqual(['brief.briefdeck', 'brief.briefdeck.bak']);
  });

  it('opens a corrupt file as a one-line invalid failure and leaves it untouched', async () => {
    const dir = await tempDir();
    const path = join(dir, 'bad.briefdeck');
    await writeFile(path, '{"type":"briefdeck","version":2,"deck":{"sections":[{"id":"a"}]}}');
    const result = await store.open(path);
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    expect(await readFile(path, 'utf8')).toContain('"sections"');
  });

  it('refuses relative paths', async () => {
    expect(await store.open('relative.briefdeck')).toMatchObject({ ok: false, code: 'invalid' });
    expect(await store.save({ deck: makeDeck('x'), path: 'relative.briefdeck', expectedMtimeMs: null })).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('cleans up stale temp files beside a file when it is opened', async () => {
    const dir = await tempDir();
    const path = join(dir, 'brief.briefdeck');
    await store.save({ deck: makeDeck('x'), path, expectedMtimeMs: null });
    const stale = `.brief.briefdeck${TEMP_MARK}999999999-aa`;
    await writeFile(join(dir, stale), 'half');
    await store.open(path);
    await new Promise((r) => setTimeout(r, 50));
    expect(await readdir(dir)).not.toContain(stale);
  });
});
