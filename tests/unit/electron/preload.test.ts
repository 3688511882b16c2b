/**
 * The preload, bundled as one CommonJS file (as electron-vite builds it) and run with a
 * stand-in `require`: it must need nothing but 'electron', expose exactly one object
 * (`briefdeck`) through contextBridge, route verbs to ipcRenderer.invoke on contract
 * channels, and never hand the page an IPC event object.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefdeckApi } from '../../../electron/shared/bridge.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
let code = '';

beforeAll(async () => {
  const result = await build({ entryPoints: [resolve(ROOT, 'electron/preload/index.ts')], bundle: true, format: 'cjs', platform: 'node', external: ['electron'], write: false, logLevel: 'error' });
  code = result.outputFiles[0]!.text;
});

function runPreload() {
  const required: string[] = [];
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  const listeners = new Map<string, ((event: unknown, payload: unknown) => void)[]>();
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => (invoked.push(args), { ok: true }),
      on: (channel: string, fn: (event: unknown, payload: unknown) => void) => void listeners.set(channel, [...(listeners.get(channel) ?? []), fn]),
      removeListener: (channel: string, fn: (event: unknown, payload: unknown) => void) => void listeners.set(channel, (listeners.get(channel) ?? []).filter((f) => f !== fn)),
    },
    webUtils: { getPathForFile: (file: { name: string }) => `/dropped/${file.name}` },
  };
  const fakeRequire = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`the sandboxed preload cannot require ${name}`);
    return electron;
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', code)(fakeRequire, module, module.exports);
  return { required, exposed, invoked, listeners };
}

describe('preload', () => {
  it('requires only electron and exposes only window.briefdeck', () => {
    const { required, exposed } = runPreload();
    expect([...new Set(required)]).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['briefdeck']);
    expect(code).not.toMatch(/\bimport\s*\(|\bimport\s+.*from\s/); // one classic CJS file
  });

  it('verbs go to ipcRenderer.invoke on contract channels; drops resolve through webUtils', async () => {
    const { exposed, invoked } = runPreload();
    const api = exposed.briefdeck as BriefdeckApi;
    await api.openDeck();
    await api.saveDeck({ deck: {} as never, path: '/a.briefdeck', expectedMtimeMs: 1 });
    await api.openDroppedFile({ name: 'x.briefdeck' } as File);
    expect(invoked).toEqual([
      ['deck:open', { path: null }],
      ['deck:save', { deck: {}, path: '/a.briefdeck', expectedMtimeMs: 1 }],
      ['deck:open', { path: '/dropped/x.briefdeck' }],
    ]);
  });

  it('event listeners get the payload only, and can unsubscribe', () => {
    const { exposed, listeners } = runPreload();
    const api = exposed.briefdeck as BriefdeckApi;
    const got: unknown[][] = [];
    const off = api.on('menu:command', (...args: unknown[]) => void got.push(args));
    const secretEvent = { sender: { send: () => 'ipcRenderer itself' } };
    for (const fn of listeners.get('menu:command')!) fn(secretEvent, { id: 'file.save' });
    expect(got).toEqual([[{ id: 'file.save' }]]);
    off();
    expect(listeners.get('menu:command')).toEqual([]);
  });
});
