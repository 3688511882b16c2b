import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import { electronBinary, missingLine } from '../../../scripts/start.mjs';

const ROOT = join(import.meta.dirname, '../../..');

describe('npm start finds Electron the way electron/index.js does', () => {
  const files = (present: Record<string, string>) => ({ exists: (p: string) => p in present, read: (p: string) => present[p]! });
  it('path.txt names the binary under dist/', () => {
    const pkg = '/r/node_modules/electron';
    const f = files({ [`${pkg}/package.json`]: '{}', [`${pkg}/path.txt`]: 'electron', [`${pkg}/dist/electron`]: '' });
    expect(electronBinary('/r', {}, f.exists, f.read)).toEqual({ ok: true, path: `${pkg}/dist/electron` });
  });
  it('no path.txt, or a path.txt without the binary: missing', () => {
    const pkg = '/r/node_modules/electron';
    expect(electronBinary('/r', {}, files({ [`${pkg}/package.json`]: '{}' }).exists, () => '')).toMatchObject({ ok: false, missing: expect.stringContaining('binary') });
    const f = files({ [`${pkg}/package.json`]: '{}', [`${pkg}/path.txt`]: 'electron' });
    expect(electronBinary('/r', {}, f.exists, f.read)).toMatchObject({ ok: false });
    expect(electronBinary('/r', {}, () => false, () => '')).toMatchObject({ ok: false, missing: expect.stringContaining('npm run setup') });
  });
  it('the line names what is missing and what works offline', () => {
    const line = missingLine("Electron's binary (node_modules/electron/dist)");
    expect(line).not.toContain('\n');
    expect(line).toMatch(/node_modules\/electron\/dist/);
    expect(line).toMatch(/out\/cli\/briefdeck\.cjs/);
    expect(line).toMatch(/npm run dev:web/);
  });
});

describe('npm start on this machine (no binary, no network)', () => {
  it('ends within seconds with the one line and a non-zero exit, no stack trace', () => {
    const started = Date.now();
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/start.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const elapsed = Date.now() - started;
    if (r.status === 0) return; // a machine with Electron: nothing to check here
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^npm start: .* is missing and could not be downloaded/)]);
    expect(r.stderr + r.stdout).not.toMatch(/\n\s+at /);
    expect(elapsed).toBeLessThan(30_000);
  }, 70_000);
});
