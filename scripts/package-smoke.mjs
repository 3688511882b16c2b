#!/usr/bin/env node
/* global process, console */
/**
 * Packaging smoke test without the Electron binary (it cannot be downloaded here):
 * electron-builder --linux dir with electronDist pointing at a folder holding a stub
 * `electron` file, then inspect the real app.asar it packs.
 *
 * Asserts: electron-builder.yml validates; app.asar holds out/main, out/preload,
 * out/renderer and package.json; no sources, tests, configs or renderer-only packages.
 * Needs `electron-vite build` first (npm run build:app).
 *
 *   node scripts/package-smoke.mjs
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Fuse order (electron/fuses FuseV1Options): RunAsNode, CookieEncryption, NODE_OPTIONS,
 * inspect args, asar integrity, OnlyLoadAppFromAsar, V8 snapshot, file:// privileges. '1' on, '0' off. */
const ELECTRON_DEFAULT_FUSES = '10110001';
const WANTED_FUSES = { 0: ['0', 'RunAsNode off'], 2: ['0', 'NODE_OPTIONS off'], 3: ['0', 'inspect arguments off'], 4: ['1', 'embedded asar integrity validation on'], 5: ['1', 'OnlyLoadAppFromAsar on'], 7: ['0', 'file:// extra privileges off'] };
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
};

for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
  if (!existsSync(join(root, file))) {
    console.error(`missing ${file}: run "npx electron-vite build" first`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'briefdeck-pack-'));
try {
  const stubDist = join(work, 'electron-dist');
  const output = join(work, 'dist');
  spawnSync('mkdir', ['-p', stubDist]);
  // electron-builder copies this folder as the Electron runtime and renames `electron`.
  // The stub carries a fuse wire (sentinel, version 1, 8 fuses at Electron's defaults) so
  // @electron/fuses flips it exactly as it would in the real binary, and we can read it back.
  writeFileSync(join(stubDist, 'electron'), `#!/bin/sh\necho "stub electron: not runnable"\nexit 1\n# ${FUSE_SENTINEL}\x01\x08${ELECTRON_DEFAULT_FUSES}\n`, 'latin1');
  chmodSync(join(stubDist, 'electron'), 0o755);
  writeFileSync(join(stubDist, 'version'), pkg.devDependencies.electron);

  const builder = spawnSync(
    'npx',
    ['electron-builder', '--linux', 'dir', '--publish', 'never', `-c.electronDist=${stubDist}`, `-c.electronVersion=${pkg.devDependencies.electron}`, `-c.directories.output=${output}`],
    { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, timeout: 180_000 },
  );
  const log = `${builder.stdout}\n${builder.stderr}`;
  check(builder.status === 0, `electron-builder --linux dir exits 0${builder.status === 0 ? '' : `\n${log.slice(-3000)}`}`);

  const binary = join(output, 'linux-unpacked', 'briefdeck');
  if (existsSync(binary)) {
    const bytes = readFileSync(binary, 'latin1');
    const at = bytes.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    const wire = bytes.slice(at + 2, at + 2 + bytes.charCodeAt(at + 1));
    for (const [index, [want, what]] of Object.entries(WANTED_FUSES)) check(wire[Number(index)] === want, `fuse: ${what}`);
  } else check(false, 'the packed executable exists');

  const asar = join(output, 'linux-unpacked', 'resources', 'app.asar');
  check(existsSync(asar), 'app.asar was packed');
  if (existsSync(asar)) {
    const list = spawnSync('npx', ['@electron/asar', 'list', asar], { cwd: root, encoding: 'utf8' });
    const files = list.stdout
      .split('\n')
      .map((l) => l.trim().replace(/\\/g, '/'))
      .filter(Boolean);
    const has = (p) => files.includes(p);
    check(has('/package.json'), 'app.asar holds package.json');
    check(has('/out/main/index.js'), 'app.asar holds out/main/index.js');
    check(has('/out/preload/index.cjs'), 'app.asar holds out/preload/index.cjs');
    check(has('/out/renderer/index.html'), 'app.asar holds out/renderer/index.html');
    check(has('/out/renderer/presenter/index.html') && has('/out/renderer/audience/index.html'), 'app.asar holds the presenter and audience pages');
    const sources = files.filter((f) => /^\/(electron|engine|renderer|templates|tests|scripts|build|docs)\//.test(f) || /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts'));
    check(sources.length === 0, `no sources or tests in app.asar${sources.length ? `: ${sources.slice(0, 5).join(', ')}` : ''}`);
    const configs = files.filter((f) => /^\/(tsconfig[^/]*\.json|vitest\.config\.ts|playwright\.config\.ts|eslint\.config\.js|electron\.vite\.config\.ts|\.ci)/.test(f));
    check(configs.length === 0, `no build or test configs in app.asar${configs.length ? `: ${configs.join(', ')}` : ''}`);
    const modules = new Set(files.map((f) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1]).filter(Boolean));
    const devOnly = Object.keys(pkg.devDependencies).filter((name) => modules.has(name));
    check(devOnly.length === 0, `no devDependencies (renderer-only libraries, build tools) in app.asar${devOnly.length ? `: ${devOnly.join(', ')}` : ''}`);
    for (const name of Object.keys(pkg.dependencies)) check(modules.has(name), `runtime dependency ${name} is in app.asar`);
    check(!files.some((f) => f.startsWith('/out/renderer-web/')), 'the plain-Vite web build is not packed');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`package smoke: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('package smoke: all checks passed');
