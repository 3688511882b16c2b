/**
 * Keys in the present windows → present commands. Presentation clickers send PageUp /
 * PageDown (some send "." for black, or arrows); B blacks the screen as in PowerPoint;
 * S shows or hides the presenter view (reveal's speaker-view key), which is how a
 * one-display presenter reaches it from the fullscreen audience window.
 */
import type { PresentCommand } from '../../electron/shared/contract.ts';

export function commandForKey(key: string, modifiers: { ctrl?: boolean; meta?: boolean; alt?: boolean } = {}): PresentCommand | null {
  if (modifiers.ctrl || modifiers.meta || modifiers.alt) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'PageDown':
    case 'Enter':
    case 'n':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
    case 'p':
      return { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'blank' };
    case 's':
    case 'S':
      return { type: 'toggle-presenter' };
    case 'Escape':
      return { type: 'end' };
    default:
      return null;
  }
}

/** "mm:ss" or "h:mm:ss"; negative values (over time) get a leading minus. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${two(m)}:${two(s)}` : `${sign}${two(m)}:${two(s)}`;
}

/**
 * Timer figures for the presenter view. `soon` warns before the end: the last fifth of the
 * target, at most the last two minutes; `over` once the target has passed.
 */
export function timing(now: number, startedAt: number, targetMinutes: number): { elapsed: string; remaining: string; over: boolean; soon: boolean } {
  const elapsedMs = Math.max(0, now - startedAt);
  const targetMs = targetMinutes * 60_000;
  const remainingMs = targetMs - elapsedMs;
  const over = remainingMs < 0;
  return { elapsed: formatDuration(elapsedMs), remaining: formatDuration(remainingMs), over, soon: !over && remainingMs <= Math.min(120_000, targetMs / 5) };
}
