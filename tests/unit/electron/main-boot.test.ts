/**
 * Boots the REAL main entry (electron/main/index.ts, bundled like electron-vite does) in
 * Node against a recording stand-in for Electron, and checks the wiring the Electron-free
 * unit tests cannot see: scheme registered before ready, app:// serving with the CSP and
 * no traversal, every IPC channel registered behind the sender check, the menu, the editor
 * window's options and URL, navigation/permission/new-window denial.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../../electron/shared/contract.ts';
import { DeckSchema } from '../../../engine/model/schema.ts';
import type { FakeState, FakeWindow } from './_helpers/fake-electron.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
let work: string;
let fake: FakeState;

const rawPlugin: Plugin = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)), namespace: 'raw' }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
  },
};

beforeAll(async () => {
  // Same layout as out/: main/index.js beside preload/ and renderer/.
  // Inside the repo (git-ignored .tmp/) so the bundle's npm imports resolve from node_modules.
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  work = mkdtempSync(join(ROOT, '.tmp', 'main-boot-'));
  mkdirSync(join(work, 'renderer'), { recursive: true });
  writeFileSync(join(work, 'renderer', 'index.html'), '<!doctype html><title>editor</title>');
  writeFileSync(join(work, 'secret.txt'), 'outside the renderer folder');
  const userData = join(work, 'user-data');
  mkdirSync(userData);
  process.env.FAKE_ELECTRON_USER_DATA = userData;
  const outfile = join(work, 'main', 'index.mjs');
  await build({
    entryPoints: [join(ROOT, 'electron/main/index.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    alias: { electron: join(ROOT, 'tests/unit/electron/_helpers/fake-electron.ts') },
    plugins: [rawPlugin],
    logLevel: 'error',
  });
  await import(pathToFileURL(outfile).href);
  fake = (globalThis as unknown as { __fakeElectron: FakeState }).__fakeElectron;
  fake.ready();
  await new Promise((r) => setTimeout(r, 200));
}, 60_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const editor = () => fake.windows[0] as FakeWindow;

describe('main boot (fake Electron)', () => {
  it('registers the app:// scheme as privileged before ready', () => {
    expect(fake.readyBeforeScheme).toBe(false);
    expect(fake.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
  });

  it('opens one hardened editor window on app://briefdeck/index.html with the built preload', () => {
    expect(fake.windows).toHaveLength(1);
    expect(editor().url).toBe('app://briefdeck/index.html');
    const prefs = editor().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(prefs.preload).toBe(join(work, 'preload', 'index.cjs'));
    // Chromium's spellchecker would fetch Hunspell files from a CDN on Windows and Linux.
    expect(prefs.spellcheck).toBe(false);
    expect(fake.spellChecker).toBe(false);
  });

  it('serves the renderer with the CSP, and nothing outside it', async () => {
    const handler = fake.protocolHandlers.get('app')!;
    const ok = await handler(new Request('app://briefdeck/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(await ok.text()).toContain('editor');
    for (const url of ['app://briefdeck/../secret.txt', 'app://briefdeck/%2e%2e/secret.txt', 'app://briefdeck/..%2fsecret.txt', 'app://other/index.html', 'app://briefdeck/missing.js']) {
      expect((await handler(new Request(url))).status, url).toBe(404);
    }
  });

  it('registers every IPC channel; only the editor window on our origin gets through', async () => {
    expect([...fake.ipc.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    const info = fake.ipc.get('app:info')!;
    const own = { sender: { id: editor().webContents.id }, senderFrame: { url: 'app://briefdeck/index.html' } };
    expect(await info(own)).toMatchObject({ name: 'Briefdeck', version: '0.0.0-boot-test' });
    await expect(Promise.resolve().then(() => info({ sender: { id: 999 }, senderFrame: { url: 'app://briefdeck/index.html' } }))).rejects.toThrow(/not a Briefdeck window/);
    await expect(Promise.resolve().then(() => info({ sender: { id: editor().webContents.id }, senderFrame: { url: 'https://evil.example/' } }))).rejects.toThrow(/not a Briefdeck window/);
  });

  it('denies navigation away, new windows, permissions and network requests', () => {
    const prevented: string[] = [];
    editor().webContents.emit('will-navigate', { preventDefault: () => prevented.push('nav') }, 'https://evil.example/');
    editor().webContents.emit('will-navigate', { preventDefault: () => prevented.push('own') }, 'app://briefdeck/index.html');
    editor().webContents.emit('will-attach-webview', { preventDefault: () => prevented.push('webview') });
    expect(prevented).toEqual(['nav', 'webview']);
    expect(fake.windowOpenHandlers.at(-1)!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    let granted: unknown = 'unset';
    fake.permissionRequest!(null, 'media', (g: unknown) => (granted = g));
    expect(granted).toBe(false);
    const verdict = (url: string) => {
      let cancel: unknown;
      fake.beforeRequest!({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(verdict('https://fonts.example/x.css')).toBe(true);
    expect(verdict('file:///etc/passwd')).toBe(true);
    expect(verdict('app://briefdeck/index.html')).toBe(false);
    expect(verdict('data:image/png;base64,AA==')).toBe(false);
  });

  it('sets the File/Edit/View/Present/Help menu; About shows the versions', async () => {
    const menus = fake.menu as { label: string; submenu: { id?: string; click?: () => void }[] }[];
    expect(menus.map((m) => m.label).slice(-5)).toEqual(['File', 'Edit', 'View', 'Present', 'Help']);
    menus.flatMap((m) => m.submenu).find((i) => i.id === 'help.about')!.click!();
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.messageBoxes.at(-1)).toMatchObject({ message: 'Briefdeck 0.0.0-boot-test', detail: expect.stringMatching(/^Electron .*\nChromium .*\nNode\.js \d+\.\d+\.\d+\nPlatform \w+$/) });
  });

  it('presenting again while a show runs replaces its windows instead of ending the new show', async () => {
    const own = { sender: { id: editor().webContents.id }, senderFrame: { url: 'app://briefdeck/index.html' } };
    const deck = DeckSchema.parse({ meta: { title: 'Twice' }, settings: { agenda: false }, sections: [{ id: 's1', title: 'One' }] });
    const live = () => fake.windows.filter((w) => !w.isDestroyed() && /(audience|presenter)\/index\.html$/.test(w.url ?? ''));
    expect(await fake.ipc.get('present:start')!(own, { deck, startSectionId: null })).toMatchObject({ ok: true });
    const first = live();
    expect(first.map((w) => w.url).sort()).toEqual(['app://briefdeck/audience/index.html', 'app://briefdeck/presenter/index.html']);
    // Each present window in its own session (zoom stays per window), served and locked down there too.
    expect(first.map((w) => (w.options.webPreferences as { partition?: string }).partition).sort()).toEqual(['briefdeck-audience', 'briefdeck-presenter']);
    for (const name of ['briefdeck-audience', 'briefdeck-presenter']) {
      const part = fake.partitions.get(name)!;
      expect((await part.protocolHandlers.get('app')!(new Request('app://briefdeck/index.html'))).status).toBe(200);
      let cancel: unknown;
      part.beforeRequest!({ url: 'https://cdn.example/x' }, (r: { cancel: boolean }) => (cancel = r.cancel));
      expect(cancel).toBe(true);
      expect(part.permissionRequest).not.toBeNull();
    }
    expect(first.find((w) => /audience/.test(w.url!))!.options.fullscreen).toBeUndefined();
    // The display stays awake while the show runs.
    expect(fake.sleepBlockers.size).toBe(1);
    expect(await fake.ipc.get('present:start')!(own, { deck, startSectionId: 's1' })).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, 20)); // the old windows' 'closed' events
    expect(first.every((w) => w.isDestroyed())).toBe(true);
    expect(live()).toHaveLength(2);
    expect(await fake.ipc.get('present:session')!(own)).toMatchObject({ title: 'Twice', state: { index: 1 } });
    // Closing a present window by hand ends the show and closes the other one.
    live()[0]!.close();
    await new Promise((r) => setTimeout(r, 20));
    expect(live()).toEqual([]);
    expect(await fake.ipc.get('present:session')!(own)).toBeNull();
    expect(fake.sleepBlockers.size).toBe(0);
  });

  it('the title follows doc:state', async () => {
    const own = { sender: { id: editor().webContents.id }, senderFrame: { url: 'app://briefdeck/index.html' } };
    await fake.ipc.get('doc:state')!(own, { name: 'brief.briefdeck', dirty: true });
    expect(editor().title).toBe('• brief.briefdeck — Briefdeck');
  });

  it('the editor close is prevented only with unsaved work (a prevented close cancels a macOS quit)', async () => {
    const own = { sender: { id: editor().webContents.id }, senderFrame: { url: 'app://briefdeck/index.html' } };
    expect(fake.appEvents.get('before-quit')).toHaveLength(1);
    await fake.ipc.get('doc:state')!(own, { name: 'brief.briefdeck', dirty: true });
    const prevented: string[] = [];
    editor().emit('close', { preventDefault: () => prevented.push('dirty') });
    await new Promise((r) => setTimeout(r, 10));
    expect(prevented).toEqual(['dirty']);
    expect(fake.messageBoxes.at(-1)).toMatchObject({ message: 'Save changes to brief.briefdeck before closing?', buttons: ['Save', 'Don’t Save', 'Cancel'] });
    await fake.ipc.get('doc:state')!(own, { name: 'brief.briefdeck', dirty: false });
    editor().emit('close', { preventDefault: () => prevented.push('clean') });
    expect(prevented).toEqual(['dirty']);
  });
});
