/**
 * Smoke tests of the real Electron app (`_electron.launch`): open, edit, save, export,
 * present, and the security switches as Electron reports them. They run wherever a
 * runnable Electron binary exists; elsewhere they register as skipped with one clear line.
 * Dialogs are answered by replacing Electron's dialog functions in the main process.
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeckSchema, type Deck } from '../../engine/model/schema.ts';
import type { BriefdeckApi } from '../../electron/shared/bridge.ts';
import { findElectronBinary } from './electron-binary.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const binary = findElectronBinary();
if (!binary.path) console.log(`skipped: no Electron binary (${binary.reason})`);
test.skip(!binary.path, 'skipped: no Electron binary');

const envelope = (deck: Deck) => `${JSON.stringify({ type: 'briefdeck', version: 3, deck }, null, 2)}\n`;
const sampleDeck = (title: string): Deck =>
  DeckSchema.parse({ meta: { title }, settings: { agenda: false }, sections: [{ id: 's1', title: 'Readiness', notes: 'Speak slowly.', points: [{ id: 'p1', text: 'Ready' }] }] });

let app: ElectronApplication;
let editor: Page;
let work: string;

test.beforeAll(async () => {
  if (!binary.path) return;
  if (!existsSync(join(ROOT, 'out/main/index.js'))) throw new Error('run `npx electron-vite build` first');
  work = mkdtempSync(join(tmpdir(), 'briefdeck-electron-'));
  const deckPath = join(work, 'start.briefdeck');
  writeFileSync(deckPath, envelope(sampleDeck('Opened from argv')));
  const started = Date.now();
  app = await electron.launch({ executablePath: binary.path, args: [ROOT, `--user-data-dir=${join(work, 'user-data')}`, deckPath], cwd: ROOT });
  editor = await app.firstWindow();
  await editor.waitForFunction(() => 'briefdeck' in window);
  console.log(`launch to first window with the bridge: ${Date.now() - started} ms`);
});

test.afterAll(async () => {
  await app?.close().catch(() => undefined);
  if (work) rmSync(work, { recursive: true, force: true });
});

const api = <T>(fn: (b: BriefdeckApi, arg: unknown) => Promise<T>, arg?: unknown): Promise<T> =>
  editor.evaluate(([source, a]) => new Function('b', 'a', `return (${source})(b, a)`)((window as unknown as { briefdeck: BriefdeckApi }).briefdeck, a), [fn.toString(), arg] as const) as Promise<T>;

/** The page of our window whose URL ends with `path`, once Playwright knows it. */
async function pageOf(path: string): Promise<Page> {
  await expect.poll(() => app.windows().some((p) => p.url().endsWith(path)), { timeout: 15_000 }).toBe(true);
  return app.windows().find((p) => p.url().endsWith(path))!;
}

test('the editor runs isolated and sandboxed from app://', async () => {
  expect(editor.url()).toBe('app://briefdeck/index.html');
  expect(await editor.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(await editor.evaluate(() => typeof (globalThis as unknown as { process?: unknown }).process)).toBe('undefined');
  // contextBridge hands the page proxies of the preload's functions, not the functions.
  expect(await editor.evaluate(() => Function.prototype.toString.call((window as unknown as { briefdeck: BriefdeckApi }).briefdeck.saveDeck))).toContain('[native code]');
  // Navigation away is refused.
  await editor.evaluate(() => void (location.href = 'https://example.org/'));
  await editor.waitForTimeout(300);
  expect(editor.url()).toBe('app://briefdeck/index.html');
});

test('open, edit, save and export', async () => {
  const path = join(work, 'start.briefdeck');
  const opened = await api((b, p) => b.openDeck(p as string), path);
  expect(opened.ok).toBe(true);
  if (!opened.ok) return;
  const edited = { ...opened.deck, meta: { ...opened.deck.meta, title: 'Edited in Electron' } };
  expect(await api((b, o) => b.saveDeck(o as never), { deck: edited, path, expectedMtimeMs: opened.mtimeMs })).toMatchObject({ ok: true });
  expect(JSON.parse(readFileSync(path, 'utf8')).deck.meta.title).toBe('Edited in Electron');

  const htmlPath = join(work, 'out.html');
  await app.evaluate(({ dialog }, target) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as typeof dialog.showSaveDialog;
  }, htmlPath);
  expect(await api((b, d) => b.exportDeck({ deck: d as Deck, format: 'html' }), edited)).toMatchObject({ ok: true, path: htmlPath });
  expect(readFileSync(htmlPath, 'utf8')).toContain('<!DOCTYPE html>');

  const pdfPath = join(work, 'out.pdf');
  await app.evaluate(({ dialog }, target) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as typeof dialog.showSaveDialog;
  }, pdfPath);
  expect(await api((b, d) => b.exportDeck({ deck: d as Deck, format: 'pdf', notesPages: true }), edited)).toMatchObject({ ok: true, path: pdfPath });
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
});

test('present opens the audience and presenter windows and Esc ends it', async () => {
  const windows = () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
  const before = await windows();
  expect(await api((b, d) => b.present({ deck: d as Deck, startSectionId: null }), sampleDeck('Show'))).toMatchObject({ ok: true });
  await expect.poll(windows).toBe(before + 2);
  // Both windows already exist here, so a 'window' event would never come: find the page.
  const presenter = await pageOf('/presenter/index.html');
  await presenter.waitForSelector('body[data-ready="true"]');
  await presenter.keyboard.press('ArrowRight');
  await expect(presenter.locator('#position')).toHaveText(/^2 \/ \d+$/);
  await presenter.keyboard.press('Escape');
  await expect.poll(windows).toBe(before);
});

test('zoom stays per window: zooming the editor leaves the audience at 100 %', async () => {
  expect(await api((b, d) => b.present({ deck: d as Deck, startSectionId: null }), sampleDeck('Zoom'))).toMatchObject({ ok: true });
  const audience = await pageOf('/audience/index.html');
  await app.evaluate(({ BrowserWindow }) => {
    const editorWin = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith('/index.html') && !/audience|presenter/.test(w.webContents.getURL()))!;
    editorWin.webContents.setZoomLevel(2);
  });
  const zoomOf = (suffix: string) => app.evaluate(({ BrowserWindow }, s) => BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith(s))!.webContents.getZoomLevel(), suffix);
  expect(await zoomOf('/audience/index.html')).toBe(0);
  expect(await zoomOf('/presenter/index.html')).toBe(0);
  // Cmd/Ctrl+W in a present window ends the show, and the editor stays.
  await audience.keyboard.press(process.platform === 'darwin' ? 'Meta+W' : 'Control+W');
  await expect.poll(() => app.windows().filter((p) => /audience|presenter/.test(p.url())).length).toBe(0);
  expect(editor.isClosed()).toBe(false);
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.setZoomLevel(0));
});

test('spelling works offline in the packaged layout: English and Korean from main', async () => {
  expect(await api((b) => b.checkSpelling('readyness'))).toMatchObject({ lang: 'en', correct: false, suggestions: expect.arrayContaining(['readiness']) });
  expect(await api((b) => b.checkSpelling('됬다'))).toMatchObject({ lang: 'ko', correct: false, suggestions: expect.arrayContaining(['됐다']) });
  // Chromium's own checker (which would download from a CDN) is off.
  expect(await app.evaluate(({ session }) => session.defaultSession.isSpellCheckerEnabled())).toBe(false);
});

test('quit with unsaved work asks once, and Don’t Save lets the quit finish (macOS Cmd+Q)', async () => {
  await api((b) => b.setDocState({ name: 'unsaved.briefdeck', dirty: true }));
  await app.evaluate(({ dialog }) => {
    const g = globalThis as unknown as { asked: number };
    g.asked = 0;
    dialog.showMessageBox = (async () => (g.asked++, { response: 1, checkboxChecked: false })) as typeof dialog.showMessageBox;
  });
  const exited = new Promise<void>((resolve) => app.process().once('exit', () => resolve()));
  await app.evaluate(({ app: a }) => a.quit());
  await exited; // no second quit needed: the answer resumes it
});
