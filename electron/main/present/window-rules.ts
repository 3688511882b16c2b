/**
 * Pure rules for the present windows and for menu commands while presenting (no Electron
 * import; setup/present.ts and setup/menu.ts apply them). Each answers a defect found by
 * reading Electron 45's documentation:
 *
 *  - `audienceSteps`: how the audience window reaches fullscreen on its display. It is
 *    created hidden and NOT `fullscreen: true` (on Linux a hidden window becomes visible
 *    once fullscreen is set; on macOS SetBounds returns early in fullscreen). macOS uses
 *    simple (pre-Lion) fullscreen, which makes no new Space, so the presenter's display is
 *    not blanked. On Wayland a client cannot place its windows (`x`, `y`, `setBounds`,
 *    `setPosition` are unsupported), so the presenter is told which display to move it to.
 *  - `commandTarget`: Cmd/Ctrl+W in a present window ends the show instead of closing the
 *    editor behind it, and F5 there does not restart the show.
 *  - `focusAfterToggle`: after S hides the presenter view, the audience window gets focus,
 *    so the next keys still drive the show.
 *  - `createSleepGuard`: the display must not sleep during a long slide.
 */
import type { WindowRole } from '../services/ports.ts';

export type AudienceStep = 'setBounds' | 'show' | 'setFullScreen' | 'setSimpleFullScreen' | 'tellWhereToMove';

/** True when Electron runs as a native Wayland client (Electron 38+ picks it in a Wayland session). */
export function isWayland(platform: string, ozonePlatformSwitch: string, env: Record<string, string | undefined>): boolean {
  if (platform !== 'linux') return false;
  // Electron sets --ozone-platform itself before main runs (ui::SetOzonePlatformForLinuxIfNeeded),
  // so the switch names the backend actually in use; the environment is the fallback.
  if (ozonePlatformSwitch) return ozonePlatformSwitch === 'wayland';
  return env.XDG_SESSION_TYPE === 'wayland' || (!!env.WAYLAND_DISPLAY && !env.DISPLAY);
}

export function audienceSteps(input: { platform: string; wayland: boolean; ownDisplay: boolean }): AudienceStep[] {
  if (input.wayland) {
    // The compositor places the window (usually on the focused output); we can only ask.
    return input.ownDisplay ? ['show', 'setFullScreen', 'tellWhereToMove'] : ['show', 'setFullScreen'];
  }
  if (input.platform === 'darwin') return ['setBounds', 'show', 'setSimpleFullScreen'];
  return ['setBounds', 'show', 'setFullScreen'];
}

export type CommandTarget = { kind: 'editor' } | { kind: 'main' } | { kind: 'end-show' } | { kind: 'ignore' };

/**
 * Where a menu command goes, given the focused window's role (null: none of ours).
 * In a present window only the show's own commands act; keys there belong to the show.
 */
export function commandTarget(id: string, focused: WindowRole | null, handledInMain: boolean): CommandTarget {
  const inShow = focused === 'audience' || focused === 'presenter';
  if (id === 'file.close') return inShow ? { kind: 'end-show' } : { kind: 'main' };
  if (handledInMain) return { kind: 'main' };
  return inShow ? { kind: 'ignore' } : { kind: 'editor' };
}

export function focusAfterToggle(presenterVisible: boolean): 'presenter' | 'audience' {
  return presenterVisible ? 'presenter' : 'audience';
}

/** Session partitions: Chromium keeps zoom per host per session, and every window is app://briefdeck. */
export function partitionFor(kind: 'editor' | 'presenter' | 'audience' | 'print'): string | undefined {
  // In-memory partitions (no "persist:"), so zooming the editor (Ctrl+=) leaves the show alone.
  if (kind === 'presenter') return 'briefdeck-presenter';
  if (kind === 'audience') return 'briefdeck-audience';
  return undefined;
}

export interface SleepBlocker {
  start(type: 'prevent-display-sleep'): number;
  stop(id: number): void;
}

/** powerSaveBlocker while a show runs: started once, stopped once, however often each is called. */
export function createSleepGuard(blocker: SleepBlocker): { showStarted(): void; showEnded(): void; active(): boolean } {
  let id: number | null = null;
  return {
    showStarted: () => {
      if (id === null) id = blocker.start('prevent-display-sleep');
    },
    showEnded: () => {
      if (id === null) return;
      blocker.stop(id);
      id = null;
    },
    active: () => id !== null,
  };
}
