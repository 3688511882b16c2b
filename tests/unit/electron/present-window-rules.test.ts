import { describe, expect, it } from 'vitest';
import { audienceSteps, commandTarget, createSleepGuard, focusAfterToggle, isWayland, partitionFor } from '../../../electron/main/present/window-rules.ts';
import { windowOptions } from '../../../electron/main/security/window-options.ts';

describe('the audience window reaches fullscreen on its display', () => {
  it('is created hidden and not fullscreen, at its display’s bounds', () => {
    const display = { id: 2, label: 'Projector', primary: false, bounds: { x: 1440, y: 0, width: 1280, height: 720 } };
    const o = windowOptions({ kind: 'audience', preloadPath: '/p.cjs', display });
    expect(o.show).toBe(false);
    expect(o.fullscreen).toBeUndefined();
    expect(o).toMatchObject({ x: 1440, y: 0, width: 1280, height: 720 });
  });
  it('bounds before show, fullscreen after; macOS uses simple fullscreen (no new Space)', () => {
    expect(audienceSteps({ platform: 'linux', wayland: false, ownDisplay: true })).toEqual(['setBounds', 'show', 'setFullScreen']);
    expect(audienceSteps({ platform: 'win32', wayland: false, ownDisplay: true })).toEqual(['setBounds', 'show', 'setFullScreen']);
    expect(audienceSteps({ platform: 'darwin', wayland: false, ownDisplay: true })).toEqual(['setBounds', 'show', 'setSimpleFullScreen']);
  });
  it('Wayland: no placement; the presenter is told where to move it when it has its own display', () => {
    expect(audienceSteps({ platform: 'linux', wayland: true, ownDisplay: true })).toEqual(['show', 'setFullScreen', 'tellWhereToMove']);
    expect(audienceSteps({ platform: 'linux', wayland: true, ownDisplay: false })).toEqual(['show', 'setFullScreen']);
  });
  it('knows Wayland from the ozone switch Electron set, else from the session', () => {
    expect(isWayland('linux', 'wayland', {})).toBe(true);
    expect(isWayland('linux', 'x11', { XDG_SESSION_TYPE: 'wayland' })).toBe(false); // started with --ozone-platform=x11
    expect(isWayland('linux', '', { XDG_SESSION_TYPE: 'wayland' })).toBe(true);
    expect(isWayland('linux', '', { DISPLAY: ':0' })).toBe(false);
    expect(isWayland('darwin', 'wayland', {})).toBe(false);
  });
});

describe('menu commands while presenting', () => {
  it('Cmd/Ctrl+W in a present window ends the show; in the editor it closes the editor', () => {
    expect(commandTarget('file.close', 'audience', true)).toEqual({ kind: 'end-show' });
    expect(commandTarget('file.close', 'presenter', true)).toEqual({ kind: 'end-show' });
    expect(commandTarget('file.close', 'editor', true)).toEqual({ kind: 'main' });
  });
  it('F5 and other editor commands are ignored in a present window; show commands still work', () => {
    expect(commandTarget('present.start', 'presenter', false)).toEqual({ kind: 'ignore' });
    expect(commandTarget('present.from-section', 'audience', false)).toEqual({ kind: 'ignore' });
    expect(commandTarget('present.start', 'editor', false)).toEqual({ kind: 'editor' });
    expect(commandTarget('present.stop', 'audience', true)).toEqual({ kind: 'main' });
    expect(commandTarget('file.save', null, false)).toEqual({ kind: 'editor' });
  });
  it('after S hides the presenter view, the audience window takes focus', () => {
    expect(focusAfterToggle(false)).toBe('audience');
    expect(focusAfterToggle(true)).toBe('presenter');
  });
});

describe('zoom is per window', () => {
  it('each present window has its own in-memory session, so the editor’s zoom does not reach it', () => {
    expect(partitionFor('editor')).toBeUndefined();
    expect(partitionFor('presenter')).toBe('briefdeck-presenter');
    expect(partitionFor('audience')).toBe('briefdeck-audience');
    expect(partitionFor('presenter')).not.toMatch(/^persist:/);
    expect(windowOptions({ kind: 'audience', preloadPath: '/p.cjs' }).webPreferences.partition).toBe('briefdeck-audience');
    expect(windowOptions({ kind: 'editor', preloadPath: '/p.cjs' }).webPreferences.partition).toBeUndefined();
  });
});

describe('the display does not sleep during a show', () => {
  it('blocks display sleep once per show and releases it once', () => {
    const calls: string[] = [];
    const guard = createSleepGuard({ start: (t) => (calls.push(`start ${t}`), 7), stop: (id) => void calls.push(`stop ${id}`) });
    guard.showStarted();
    guard.showStarted(); // presenting again replaces the windows, not the blocker
    expect(guard.active()).toBe(true);
    guard.showEnded();
    guard.showEnded();
    expect(calls).toEqual(['start prevent-display-sleep', 'stop 7']);
    expect(guard.active()).toBe(false);
  });
});
