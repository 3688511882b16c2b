#!/usr/bin/env node
/* global process, console */
/**
 * Runs a command where Electron can open windows: as is on macOS, Windows and Linux
 * desktops, under `xvfb-run -a` on headless Linux (CI). `npm run test:electron` uses it.
 *
 *   node scripts/with-display.mjs playwright test -c tests/electron/playwright.config.ts
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** The command line to run: unchanged with a display, wrapped in xvfb-run on headless Linux. */
export function withDisplay(command, { platform, env, hasXvfb }) {
  if (platform !== 'linux' || env.DISPLAY || env.WAYLAND_DISPLAY) return { command, note: null };
  if (!hasXvfb) return { command, note: 'with-display: no DISPLAY and no xvfb-run (apt-get install xvfb); Electron windows cannot open' };
  return { command: ['xvfb-run', '-a', '--server-args=-screen 0 1920x1080x24', ...command], note: null };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
  if (process.argv.length <= 2) {
    console.error('with-display: no command given');
    process.exit(2);
  }
  // npx resolves the project's binaries (playwright), inside xvfb-run too.
  const { command, note } = withDisplay(['npx', ...process.argv.slice(2)], { platform: process.platform, env: process.env, hasXvfb });
  if (note) console.error(note);
  const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
