import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDialogFolders, startFolder } from '../../../electron/main/services/dialog-folders.ts';
import { createMainServices } from '../../../electron/main/services/index.ts';
import { makeDeck, testCodec } from './_helpers/codec.ts';
import { recordingPlatform } from './_helpers/platform.ts';
import { useTempDirs } from './_helpers/tmp.ts';

const tempDir = useTempDirs();

describe('startFolder (dialogs no longer start in Downloads)', () => {
  it('decks, saves and exports start in the deck’s folder, else the last one used, else the OS default', () => {
    expect(startFolder('open', { deck: null, lastUsed: null, image: null })).toBeNull();
    expect(startFolder('save', { deck: null, lastUsed: '/last', image: null })).toBe('/last');
    for (const kind of ['open', 'save', 'export'] as const) expect(startFolder(kind, { deck: '/decks', lastUsed: '/last', image: '/pics' })).toBe('/decks');
  });
  it('the image picker prefers the last image folder', () => {
    expect(startFolder('image', { deck: '/decks', lastUsed: '/last', image: '/pics' })).toBe('/pics');
    expect(startFolder('image', { deck: '/decks', lastUsed: '/last', image: null })).toBe('/decks');
    expect(startFolder('image', { deck: null, lastUsed: '/last', image: null })).toBe('/last');
  });
  it('remembers picks and decks; seeds from the most recent file of an earlier session', async () => {
    const folders = createDialogFolders(async () => ['/earlier/a.briefdeck', '/older/b.briefdeck']);
    expect(await folders.start('open')).toBe('/earlier');
    folders.picked('export', '/exports/x.html');
    expect(await folders.start('save')).toBe('/exports');
    folders.deckAt('/work/brief.briefdeck');
    expect(await folders.start('export')).toBe('/work');
    folders.picked('image', '/pics/logo.png');
    expect(await folders.start('image')).toBe('/pics');
    expect(await folders.start('open')).toBe('/work');
  });
  it('a failing Recent list leaves the OS default', async () => {
    expect(await createDialogFolders(async () => Promise.reject(new Error('x'))).start('open')).toBeNull();
  });
});

describe('handlers pass the folder to every dialog', () => {
  it('Open, Save As, Export and Pick image start in the open deck’s folder', async () => {
    const dir = await tempDir();
    mkdirSync(join(dir, 'decks'));
    const deckPath = join(dir, 'decks', 'a.briefdeck');
    writeFileSync(deckPath, testCodec.serialize(makeDeck('a')));
    const platform = recordingPlatform(await tempDir());
    const services = createMainServices(platform, { codec: testCodec, compile: () => '<html></html>', slides: { renderSlides: () => [], revealConfig: () => ({}), themeCss: () => '' } });
    const ctx = { senderId: 1 };
    await services.handlers['deck:open'](ctx, { path: null }); // canceled; nothing known yet
    expect(await services.handlers['deck:open'](ctx, { path: deckPath })).toMatchObject({ ok: true });
    await services.handlers['deck:open'](ctx, { path: null });
    await services.handlers['deck:save'](ctx, { deck: makeDeck('a'), path: null, expectedMtimeMs: null });
    await services.handlers['export:run'](ctx, { deck: makeDeck('a'), format: 'html' });
    await services.handlers['image:pick'](ctx);
    const d = join(dir, 'decks');
    expect(platform.dialogFolders).toEqual(['open:', `open:${d}`, `save:${d}`, `export:${d}`, `image:${d}`]);
  });
});
