/**
 * The editor's one door to the desktop shell: `window.briefdeck`, built by the shell's
 * `createBridge` in the preload (or by the Playwright fixture over the same function).
 * Only types come from electron/shared.
 */
import type { BriefdeckApi } from '../../electron/shared/bridge.ts';

declare global {
  interface Window {
    briefdeck?: BriefdeckApi;
  }
}

/** Thrown when the page runs without the shell (plain Vite in a browser). */
export class NoShellError extends Error {
  constructor() {
    super('This action needs the Briefdeck desktop shell (window.briefdeck is missing).');
  }
}

export function hasShell(): boolean {
  return typeof window !== 'undefined' && window.briefdeck !== undefined;
}

export function shell(): BriefdeckApi {
  const b = typeof window !== 'undefined' ? window.briefdeck : undefined;
  if (!b) throw new NoShellError();
  return b;
}
