import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import { withDisplay } from '../../../scripts/with-display.mjs';

const cmd = ['playwright', 'test', '-c', 'tests/electron/playwright.config.ts'];

describe('test:electron gets a display on headless Linux', () => {
  it('wraps the command in xvfb-run when Linux has no display', () => {
    expect(withDisplay(cmd, { platform: 'linux', env: {}, hasXvfb: true }).command).toEqual(['xvfb-run', '-a', '--server-args=-screen 0 1920x1080x24', ...cmd]);
  });
  it('leaves it alone on a desktop, on macOS and on Windows', () => {
    expect(withDisplay(cmd, { platform: 'linux', env: { DISPLAY: ':0' }, hasXvfb: true }).command).toEqual(cmd);
    expect(withDisplay(cmd, { platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' }, hasXvfb: true }).command).toEqual(cmd);
    expect(withDisplay(cmd, { platform: 'darwin', env: {}, hasXvfb: false }).command).toEqual(cmd);
    expect(withDisplay(cmd, { platform: 'win32', env: {}, hasXvfb: false }).command).toEqual(cmd);
  });
  it('says what is missing when there is neither a display nor xvfb-run', () => {
    expect(withDisplay(cmd, { platform: 'linux', env: {}, hasXvfb: false }).note).toMatch(/xvfb/);
  });
});
