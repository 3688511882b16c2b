/**
 * Where a runnable Electron binary is, or null. Never `require('electron')`: in Electron 45
 * that starts a download, which fails on machines without network. A stub (as used by the
 * packaging smoke) is not runnable and does not count.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function findElectronBinary(): { path: string | null; reason: string } {
  const pkgDir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const candidates = [
    process.env.BRIEFDECK_ELECTRON_PATH,
    process.env.ELECTRON_OVERRIDE_DIST_PATH ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? 'electron') : undefined,
    relative ? join(pkgDir, 'dist', relative) : undefined,
  ].filter((p): p is string => !!p);
  for (const candidate of candidates) {
    if (!existsSync(candidate)) continue;
    const probe = spawnSync(candidate, ['--version'], { encoding: 'utf8', timeout: 15_000, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
    if (probe.status === 0 && /^v\d+\./.test(probe.stdout.trim())) return { path: candidate, reason: `Electron ${probe.stdout.trim()}` };
  }
  return { path: null, reason: relative ? 'node_modules/electron/dist holds no runnable binary' : 'the electron package has no downloaded binary (path.txt missing)' };
}
