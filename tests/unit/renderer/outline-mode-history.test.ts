/**
 * Outline mode's undo steps, through the real store: typing into one line is one step,
 * moving to another line starts a new one, and a promote or demote is one step that undo
 * takes back exactly.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeck } from '../../../engine/format/index.ts';
import type { Deck } from '../../../engine/model/schema.ts';
import { createEditorStore, undo, type EditorStore } from '../../../renderer/src/store/index.ts';
import { deckLines, demoteLine, isRefusal, promoteLine, setLineText } from '../../../renderer/src/outline-mode/model.ts';

let store: EditorStore;
const past = () => store.temporal.getState().pastStates.length;
const lines = () => deckLines(store.getState().deck.sections).map((l) => `${l.level}:${l.text}`);

function typeInto(id: string, text: string): void {
  for (const ch of text) {
    const sections = store.getState().deck.sections;
    const cur = deckLines(sections).find((l) => l.id === id)!.text;
    store.getState().setSections(setLineText(sections, id, cur + ch), id);
    vi.advanceTimersByTime(40);
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-12-06T10:00:00Z'));
  store = createEditorStore(createDeck());
  const deck = createDeck({
    sections: [
      { id: 'sA', title: 'A', points: [{ id: 'a1', text: 'a1' }, { id: 'a2', text: 'a2', children: [{ id: 'a21', text: 'a21' }] }] },
      { id: 'sB', title: 'B', points: [{ id: 'b1', text: 'b1' }] },
    ],
  } as never) as Deck;
  store.getState().loadDeck(deck);
});
afterEach(() => vi.useRealTimers());

describe('outline mode undo', () => {
  it('a typing burst in one line is one step; the next line starts another', () => {
    typeInto('a1', ' more');
    expect(past()).toBe(1);
    typeInto('b1', '!');
    expect(past()).toBe(2);
    undo(store);
    expect(lines()).toContain('2:a1 more');
    expect(lines()).toContain('2:b1');
    undo(store);
    expect(lines()).toContain('2:a1');
  });

  it('a promote is one step, and undo restores the structure exactly', () => {
    const before = store.getState().deck;
    const r = promoteLine(before.sections, 'a2');
    if (!r || isRefusal(r)) throw new Error('expected a promote');
    store.getState().setSections(r.sections);
    expect(lines()).toEqual(['1:A', '2:a1', '1:a2', '2:a21', '1:B', '2:b1']);
    expect(past()).toBe(1);
    undo(store);
    expect(store.getState().deck).toBe(before);
  });

  it('a demote is one step too', () => {
    const before = store.getState().deck;
    const r = demoteLine(before.sections, 'sB');
    if (!r || isRefusal(r)) throw new Error('expected a demote');
    store.getState().setSections(r.sections);
    expect(lines()).toEqual(['1:A', '2:a1', '2:a2', '3:a21', '2:B', '3:b1']);
    expect(past()).toBe(1);
    undo(store);
    expect(store.getState().deck).toBe(before);
  });
});
