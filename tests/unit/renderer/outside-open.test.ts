// @vitest-environment happy-dom
// A deck sent from outside before the App has subscribed (between page load and React's
// effects) waits in a queue instead of being lost; later ones go straight to the App.
import { expect, it } from 'vitest';
import type { OpenedDeck, Result } from '../../../electron/shared/contract.ts';
import { createDeck } from '../../../engine/format/index.ts';

it('queues decks that arrive before the App listens, then hands over every later one', async () => {
  let emit: ((r: Result<OpenedDeck>) => void) | null = null;
  (window as unknown as { briefdeck: unknown }).briefdeck = {
    on: (channel: string, listener: (r: Result<OpenedDeck>) => void) => {
      if (channel === 'deck:opened') emit = listener;
      return () => undefined;
    },
  };
  const { listenForOutsideOpens, onOutsideOpen } = await import('../../../renderer/src/outside-open.ts');
  listenForOutsideOpens();
  const opened = (name: string): Result<OpenedDeck> => ({ ok: true, deck: createDeck(), path: `/d/${name}`, name, mtimeMs: 1 });
  emit!(opened('early.briefdeck'));
  const got: string[] = [];
  const off = onOutsideOpen((r) => got.push(r.ok ? r.name : 'error'));
  expect(got).toEqual(['early.briefdeck']);
  emit!(opened('later.briefdeck'));
  expect(got).toEqual(['early.briefdeck', 'later.briefdeck']);
  off();
  emit!(opened('unmounted.briefdeck'));
  expect(got).toHaveLength(2);
  // A remount takes what arrived while nobody listened.
  onOutsideOpen((r) => got.push(r.ok ? r.name : 'error'));
  expect(got).toEqual(['early.briefdeck', 'later.briefdeck', 'unmounted.briefdeck']);
});
