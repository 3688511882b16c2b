#!/usr/bin/env node
/* global process, console */
/**
 * `npm start`: build and run the desktop app with electron-vite. Electron's binary is not
 * fetched at install (scripts/setup.sh), so it is fetched here on first start; electron-vite
 * itself would only throw "Electron uninstall" with a stack trace. Without a network the
 * start ends in seconds with one line that says what is missing and what works offline.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where Electron's binary should be, and whether it is there (the same rules as electron/index.js). */
export function electronBinary(root, env = process.env, exists = existsSync, read = (p) => readFileSync(p, 'utf8')) {
  const pkg = join(root, 'node_modules', 'electron');
  if (!exists(join(pkg, 'package.json'))) return { ok: false, missing: 'the electron package (run npm run setup)' };
  const pathFile = join(pkg, 'path.txt');
  const relative = exists(pathFile) ? read(pathFile).trim() : null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? 'electron');
    return exists(p) ? { ok: true, path: p } : { ok: false, missing: `Electron's binary at ELECTRON_OVERRIDE_DIST_PATH (${p})` };
  }
  if (relative && exists(join(pkg, 'dist', relative))) return { ok: true, path: join(pkg, 'dist', relative) };
  return { ok: false, missing: "Electron's binary (node_modules/electron/dist)" };
}

/** The one line printed when the binary is missing and could not be fetched. */
export function missingLine(missing) {
  return `npm start: ${missing} is missing and could not be downloaded (no network?). Offline, the CLI works (npm run build:cli, then node out/cli/briefdeck.cjs --help) and so does the editor in a browser (npm run dev:web).`;
}

function run(command, args) {
  return spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let binary = electronBinary(ROOT);
  if (!binary.ok && existsSync(join(ROOT, 'node_modules', 'electron', 'install.js'))) {
    console.log('npm start: fetching Electron (first start)…');
    // Electron's own downloader (with its checksums); quiet, because offline it prints a stack.
    const fetched = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'electron', 'install.js')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' } });
    if (fetched.status === 0) binary = electronBinary(ROOT);
  }
  if (!binary.ok) {
    console.error(missingLine(binary.missing));
    process.exit(1);
  }
  const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
  const built = run(bin('electron-vite'), ['build']);
  process.exit(built === 0 ? run(bin('electron-vite'), ['preview']) : built);
}
