/**
 * Make a folder unwritable for the test process, whoever runs it: `chmod 0500` for a normal
 * user; for root (which ignores folder permissions, as in CI) `chattr +i`, which binds root
 * too on ext4 and friends. Probed once per file; `null` means neither works here.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type MakeUnwritable = (dir: string) => () => void;

function chattr(flag: '+i' | '-i', dir: string): boolean {
  try {
    return spawnSync('chattr', [flag, dir]).status === 0;
  } catch {
    return false;
  }
}

function byChmod(dir: string): () => void {
  chmodSync(dir, 0o500);
  return () => chmodSync(dir, 0o700);
}

function byChattr(dir: string): () => void {
  chattr('+i', dir);
  return () => void chattr('-i', dir);
}

/** Try a method on a scratch folder: does writing into it really fail afterwards? */
function works(method: MakeUnwritable): boolean {
  const probe = mkdtempSync(join(tmpdir(), 'briefdeck-unwritable-'));
  const undo = method(probe);
  let refused = false;
  try {
    writeFileSync(join(probe, 'x'), 'x');
  } catch {
    refused = true;
  } finally {
    undo();
    rmSync(probe, { recursive: true, force: true });
  }
  return refused;
}

export function useUnwritableFolder(what: string): MakeUnwritable | null {
  const method = [byChmod, byChattr].find(works) ?? null;
  if (!method) console.log(`skipped: ${what} (neither folder permissions nor chattr +i bind this user here)`);
  return method;
}
