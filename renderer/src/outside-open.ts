/**
 * Decks that arrive from outside (a second launch, Finder/Explorer, argv) before the editor's
 * React tree has subscribed. Main sends `deck:opened` once the page has loaded, but React runs
 * its effects later, so a listener attached in an effect could miss the first one and the deck
 * would never open. main.tsx subscribes here synchronously, before the first render; the App
 * takes the queue over when it mounts.
 */
import type { OpenedDeck, Result } from '../../electron/shared/contract.ts';
import { hasShell, shell } from './shell.ts';

type Opened = Result<OpenedDeck>;

let handler: ((r: Opened) => void) | null = null;
const queue: Opened[] = [];

/** Subscribes once, at start-up; events wait in a queue until `onOutsideOpen` takes them. */
export function listenForOutsideOpens(): void {
  if (!hasShell()) return;
  shell().on('deck:opened', (r) => (handler ? handler(r) : queue.push(r)));
}

/** The App's handler: gets the queued decks first, then each new one; returns the unsubscribe. */
export function onOutsideOpen(h: (r: Opened) => void): () => void {
  handler = h;
  for (const r of queue.splice(0)) h(r);
  return () => {
    if (handler === h) handler = null;
  };
}
