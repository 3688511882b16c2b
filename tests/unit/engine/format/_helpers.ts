/** Helpers that speak the format's domain: read a fixture deck, build raw decks, freeze input. */
import { readFileSync } from 'node:fs';

export const DECKS_DIR = new URL('../../../fixtures/_decks/', import.meta.url);

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, DECKS_DIR), 'utf8');
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, DECKS_DIR)));
}

/** Deep-freezes plain data so a test fails if restore writes into its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A file envelope around raw deck data. */
export function envelope(deck: unknown, version = 2): { type: 'briefdeck'; version: number; deck: unknown } {
  return { type: 'briefdeck', version, deck };
}
