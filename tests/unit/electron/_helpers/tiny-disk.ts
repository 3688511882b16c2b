import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A real full disk: a 64 KiB tmpfs, mounted once per test file and unmounted after it.
 * Needs root on Linux; elsewhere returns null after printing one skip line for `what`.
 */
export function useTinyDisk(what: string): string | null {
  let dir: string | null = null;
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    const probe = mkdtempSync(join(tmpdir(), 'briefdeck-full-'));
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0) dir = probe;
    else rmSync(probe, { recursive: true, force: true });
  }
  if (!dir) {
    console.log(`skipped: ${what} (mounting a tiny tmpfs needs root on Linux)`);
    return null;
  }
  const mounted = dir;
  afterAll(() => {
    spawnSync('umount', [mounted]);
    rmSync(mounted, { recursive: true, force: true });
  });
  return mounted;
}
