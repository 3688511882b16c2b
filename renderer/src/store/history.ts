/**
 * How edits become undo steps. Every deck action says what kind of change it is before it
 * calls `set`: a structural command is always its own step; typing into one field merges
 * with the typing just before it in that same field until the user pauses for BURST_MS.
 * That is zundo's `handleSet` hook: we record the state before the first keystroke of a
 * burst and skip the rest, so one undo returns to exactly where the burst began.
 */
export const BURST_MS = 1000;
export const HISTORY_LIMIT = 200;

type Change = { kind: 'typing'; field: string } | { kind: 'step' };

let pending: Change = { kind: 'step' };
let lastTyping: { field: string; at: number } | null = null;

/** Call before a deck `set`: `typing('section:ab:title')` or `step()`. */
export function typing(field: string): void {
  pending = { kind: 'typing', field };
}
export function step(): void {
  pending = { kind: 'step' };
}
/** After undo/redo or a load, the next keystroke must start a fresh step. */
export function breakBurst(): void {
  lastTyping = null;
}

/** Decides whether this change opens a new history entry. Exported for the tests. */
export function shouldRecord(now: number): boolean {
  const change = pending;
  pending = { kind: 'step' };
  if (change.kind === 'step') {
    lastTyping = null;
    return true;
  }
  const merge = lastTyping !== null && lastTyping.field === change.field && now - lastTyping.at < BURST_MS;
  lastTyping = { field: change.field, at: now };
  return !merge;
}

/**
 * When the user pressed the key behind this change: the timestamp of the input event being
 * dispatched, else now. A pause is the user's, not ours: on a busy machine (or in a
 * 2 000-point section) handling one keystroke can take longer than BURST_MS, and keys typed
 * 50 ms apart were then handled seconds apart and split into several undo steps. `window.event`
 * is the event the browser is dispatching right now (React handles onChange inside it).
 */
export function inputTime(): number {
  const event = (globalThis as { event?: { type?: string; timeStamp?: number } }).event;
  const origin = (globalThis as { performance?: { timeOrigin?: number } }).performance?.timeOrigin;
  if (event && (event.type === 'input' || event.type === 'keydown') && typeof event.timeStamp === 'number' && typeof origin === 'number') return origin + event.timeStamp;
  return Date.now();
}

export function burstHandleSet<A extends unknown[]>(handleSet: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    if (shouldRecord(inputTime())) handleSet(...args);
  };
}
