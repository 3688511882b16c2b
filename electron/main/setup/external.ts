/** The one call to shell.openExternal: only URLs that `safeExternalUrl` parsed and rebuilt. */
import { shell } from 'electron';
import { safeExternalUrl } from '../security/policy.ts';

export async function openSafeExternal(url: string): Promise<boolean> {
  const safe = safeExternalUrl(url);
  if (!safe) return false;
  await shell.openExternal(safe);
  return true;
}
