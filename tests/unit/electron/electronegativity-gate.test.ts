/**
 * The Electronegativity gate must fail when a window turns off isolation or the sandbox,
 * even in a file the allow-list mentions, and pass on hardened code.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from './_helpers/tmp.ts';

const tempDir = useTempDirs();
const script = resolve(import.meta.dirname, '../../../scripts/electronegativity.mjs');
const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'">`;

async function scan(mainJs: string) {
  const dir = await tempDir();
  mkdirSync(join(dir, 'main'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'main', 'index.js'), mainJs);
  writeFileSync(join(dir, 'renderer', 'index.html'), `<!doctype html><html><head>${CSP}</head><body></body></html>`);
  return spawnSync(process.execPath, [script, '--input', dir], { encoding: 'utf8', timeout: 120_000 });
}

describe('electronegativity gate', () => {
  it('fails on a window without context isolation or sandbox', async () => {
    const result = await scan(`const { BrowserWindow } = require('electron');
new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false, nodeIntegration: true } });`);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/CONTEXT_ISOLATION_JS_CHECK .* FAIL/);
    expect(result.stdout).toMatch(/NODE_INTEGRATION|SANDBOX/);
  }, 120_000);

  it('passes hardened code', async () => {
    const result = await scan(`const { BrowserWindow, session } = require('electron');
session.defaultSession.setPermissionRequestHandler((w, p, cb) => cb(false));
const win = new BrowserWindow({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' } });
win.webContents.on('will-navigate', (e) => e.preventDefault());
win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));`);
    expect(result.stdout).toContain('0 not acceptable');
    expect(result.status).toBe(0);
  }, 120_000);
});
