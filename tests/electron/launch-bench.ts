/**
 * Time from launching Electron to the first editable editor window (the bridge is present
 * and the editor has rendered its root), median of a few launches. Returns null where no
 * runnable Electron binary exists, so the bench runner can print "skipped".
 *
 *   import { benchLaunch } from '../electron/launch-bench.ts';
 */
import { _electron as electron } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export async function benchLaunch(runs = 5): Promise<{ medianMs: number; runs: number } | { skipped: string }> {
  const binary = findElectronBinary();
  if (!binary.path) return { skipped: `no Electron binary (${binary.reason})` };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const userData = mkdtempSync(join(tmpdir(), 'briefdeck-launch-'));
    const started = performance.now();
    const app = await electron.launch({ executablePath: binary.path, args: [ROOT, `--user-data-dir=${userData}`], cwd: ROOT });
    try {
      const page = await app.firstWindow();
      await page.waitForFunction(() => 'briefdeck' in window && (document.getElementById('root')?.childElementCount ?? 0) > 0);
      times.push(performance.now() - started);
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, runs };
}
