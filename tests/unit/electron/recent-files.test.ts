import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecentFiles } from '../../../electron/main/services/recent-files.ts';
import { useTempDirs } from './_helpers/tmp.ts';

const tempDir = useTempDirs();

describe('recent files', () => {
  it('persists most-recent-first, without duplicates, capped', async () => {
    const dir = await tempDir();
    let t = 0;
    const recent = createRecentFiles(dir, () => ++t, 3);
    for (const name of ['a', 'b', 'c', 'a', 'd']) await recent.add(`/decks/${name}.briefdeck`);
    const again = createRecentFiles(dir, () => 0, 3);
    expect((await again.list()).map((f) => f.name)).toEqual(['d.briefdeck', 'a.briefdeck', 'c.briefdeck']);
    await again.remove('/decks/a.briefdeck');
    expect((await again.list()).map((f) => f.name)).toEqual(['d.briefdeck', 'c.briefdeck']);
    expect(JSON.parse(await readFile(join(dir, 'recent-files.json'), 'utf8')).version).toBe(1);
  });

  it('treats a damaged list as empty and recovers on the next add', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'recent-files.json'), '{"files": [ {"path": 3}, trunc');
    const recent = createRecentFiles(dir, () => 1);
    expect(await recent.list()).toEqual([]);
    await recent.add('/decks/x.briefdeck');
    expect(await recent.list()).toEqual([{ path: '/decks/x.briefdeck', name: 'x.briefdeck', openedAt: 1 }]);
  });

  it('drops entries that are not absolute paths', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'recent-files.json'), JSON.stringify({ version: 1, files: [{ path: '../etc/passwd', name: 'p', openedAt: 1 }, { path: '/ok.briefdeck', name: 'ok.briefdeck', openedAt: 2 }] }));
    expect((await createRecentFiles(dir, () => 0).list()).map((f) => f.path)).toEqual(['/ok.briefdeck']);
  });

  it('keeps every concurrent add', async () => {
    const dir = await tempDir();
    const recent = createRecentFiles(dir, () => 0, 20);
    await Promise.all(Array.from({ length: 8 }, (_, i) => recent.add(`/d/${i}.briefdeck`)));
    expect(await recent.list()).toHaveLength(8);
  });
});
