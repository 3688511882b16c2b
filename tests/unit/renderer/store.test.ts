import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeck, restoreDeck } from '../../../engine/format/index.ts';
import { createEditorStore, redo, undo, type EditorStore } from '../../../renderer/src/store/index.ts';
import { BURST_MS, HISTORY_LIMIT } from '../../../renderer/src/store/history.ts';
import { selectDirty } from '../../../renderer/src/store/selectors.ts';

let store: EditorStore;
const past = () => store.temporal.getState().pastStates.length;
/** Type text one character at a time into the deck title, the way a keyboard does. */
function typeTitle(text: string, msBetween = 50): void {
  for (const ch of text) {
    store.getState().setMeta({ title: store.getState().deck.meta.title + ch });
    vi.advanceTimersByTime(msBetween);
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-28T10:00:00Z'));
  store = createEditorStore(createDeck());
  store.getState().loadDeck(createDeck({ meta: { title: '' } } as never));
});
afterEach(() => vi.useRealTimers());

describe('editor store history', () => {
  it('makes a typing burst one undo step and a pause starts the next', () => {
    typeTitle('Hello');
    expect(past()).toBe(1);
    vi.advanceTimersByTime(BURST_MS + 10);
    typeTitle(' world');
    expect(store.getState().deck.meta.title).toBe('Hello world');
    expect(past()).toBe(2);
    undo(store);
    expect(store.getState().deck.meta.title).toBe('Hello');
    undo(store);
    expect(store.getState().deck.meta.title).toBe('');
    redo(store);
    redo(store);
    expect(store.getState().deck.meta.title).toBe('Hello world');
  });

  // On a loaded machine a keystroke can take longer than BURST_MS to handle: the pause that
  // counts is between the user's key presses (the input events' timestamps), not our handling.
  it('keys pressed close together stay one step even when each took longer than BURST_MS to handle', () => {
    const g = globalThis as { event?: unknown };
    try {
      for (const [i, ch] of [...'Hi!'].entries()) {
        g.event = { type: 'input', timeStamp: 10_000 + i * 50 }; // pressed 50 ms apart
        store.getState().setMeta({ title: store.getState().deck.meta.title + ch });
        vi.advanceTimersByTime(BURST_MS * 3); // …handled 3 s apart
      }
      expect(past()).toBe(1);
      g.event = { type: 'input', timeStamp: 10_000 + 100 + BURST_MS + 1 }; // a real pause
      store.getState().setMeta({ title: 'Hi! again' });
      expect(past()).toBe(2);
    } finally {
      delete g.event;
    }
  });

  it('starts a new step when typing moves to another field or a command runs', () => {
    typeTitle('T');
    store.getState().setMeta({ presenter: 'Kim' });
    const id = store.getState().addSection();
    store.getState().editSection(id, 'title', 'S');
    store.getState().editSection(id, 'title', 'Se');
    expect(past()).toBe(4);
  });

  it('returns to exactly the earlier deck objects, not just equal ones', () => {
    const d0 = store.getState().deck;
    const a = store.getState().addSection();
    const d1 = store.getState().deck;
    store.getState().addSection();
    store.getState().moveSection(a, 1);
    undo(store);
    undo(store);
    expect(store.getState().deck).toBe(d1);
    undo(store);
    expect(store.getState().deck).toBe(d0);
    redo(store);
    expect(store.getState().deck).toBe(d1);
  });

  it('never records selection or panel changes', () => {
    const a = store.getState().addSection();
    const before = past();
    store.getState().select(null);
    store.getState().setPanel('deck');
    store.getState().setPaletteOpen(true);
    expect(past()).toBe(before);
    undo(store);
    expect(store.getState().panel).toBe('deck');
    expect(store.getState().deck.sections.some((s) => s.id === a)).toBe(false);
  });

  it('does not make loading a deck undoable and forgets the old history', () => {
    typeTitle('Old');
    store.getState().addSection();
    const loaded = createDeck({ meta: { title: 'Opened' } } as never);
    store.getState().loadDeck(loaded, { path: '/tmp/x.briefdeck', name: 'x.briefdeck' });
    expect(past()).toBe(0);
    undo(store);
    expect(store.getState().deck).toBe(loaded);
    expect(selectDirty(store.getState())).toBe(false);
  });

  it('counts dirty against the saved deck, so undoing back to it is clean again', () => {
    const saved = store.getState().deck;
    store.getState().markSaved(saved, { path: '/tmp/a.briefdeck', name: 'a.briefdeck', mtimeMs: 1 });
    store.getState().addSection();
    expect(selectDirty(store.getState())).toBe(true);
    undo(store);
    expect(selectDirty(store.getState())).toBe(false);
  });

  it('moves the selection off a section that undo removed', () => {
    const a = store.getState().addSection();
    const b = store.getState().addSection(a);
    expect(store.getState().selectedSectionId).toBe(b);
    undo(store);
    expect(store.getState().selectedSectionId).toBe(a);
  });

  it('duplicates a section with fresh ids, citing the same deck sources', () => {
    const a = store.getState().addSection();
    store.getState().setSources([{ id: 'src1', title: 'Ministry', publisher: '', date: '', url: '' }]);
    store.getState().setFigures(a, [{ id: 'f1', label: 'GDP', value: '2', unit: '%', asOf: '', sourceId: 'src1' }]);
    const b = store.getState().duplicateSection(a)!;
    const [s1, s2] = store.getState().deck.sections;
    expect(s2!.id).toBe(b);
    expect(store.getState().deck.sources.map((s) => s.id)).toEqual(['src1']);
    expect(s2!.figures[0]!.sourceId).toBe('src1');
    expect(s2!.figures[0]!.id).not.toBe('f1');
    expect(s2!.points[0]!.id).not.toBe(s1!.points[0]!.id);
  });

  it('deletes a source with every citation of it in one undo step, and undo brings them back', () => {
    const a = store.getState().addSection();
    const src = store.getState().addSource({ title: 'Ministry' });
    const keep = store.getState().addSource({ title: 'Op-ed' });
    const point = store.getState().deck.sections[0]!.points[0]!;
    store.getState().setPoints(a, [{ ...point, cites: [src, keep], children: [{ id: 'c', text: 'child', cites: [src], children: [] }] }]);
    store.getState().setFigures(a, [{ id: 'f1', label: 'GDP', value: '2', unit: '%', asOf: '', sourceId: src }]);
    const before = store.getState().deck;
    const steps = past();
    store.getState().deleteSource(src);
    const after = store.getState().deck;
    expect(past()).toBe(steps + 1);
    expect(after.sources.map((s) => s.id)).toEqual([keep]);
    expect(after.sections[0]!.points[0]!.cites).toEqual([keep]);
    expect(after.sections[0]!.points[0]!.children[0]!.cites).toEqual([]);
    expect(after.sections[0]!.figures[0]!.sourceId).toBe('');
    // The result is still a valid deck (no dangling cite for restoreDeck to refuse on save).
    expect(() => restoreDeck(after)).not.toThrow();
    undo(store);
    expect(store.getState().deck).toEqual(before);
  });

  it('section field setters: typing in one field is one step, a structural change (no field named) is its own', () => {
    const a = store.getState().addSection();
    const start = past();
    const fig = (label: string) => [{ id: 'f1', label, value: '', unit: '', asOf: '', sourceId: '' }];
    store.getState().setFigures(a, fig(''));
    expect(past()).toBe(start + 1);
    for (const label of ['G', 'GD', 'GDP']) {
      store.getState().setFigures(a, fig(label), 'f1:label');
      vi.advanceTimersByTime(50);
    }
    expect(past()).toBe(start + 2);
    // Another field of another kind starts a new burst, even within the burst window.
    store.getState().setImage(a, { dataUrl: 'data:image/png;base64,AA==', alt: 'm' }, 'alt');
    store.getState().setImage(a, { dataUrl: 'data:image/png;base64,AA==', alt: 'ma' }, 'alt');
    expect(past()).toBe(start + 3);
    expect(store.getState().deck.sections.find((x) => x.id === a)!.figures[0]!.label).toBe('GDP');
    undo(store);
    expect(store.getState().deck.sections.find((x) => x.id === a)!.image).toBeNull();
    undo(store);
    expect(store.getState().deck.sections.find((x) => x.id === a)!.figures[0]!.label).toBe('');
  });

  it('keeps at most HISTORY_LIMIT steps, dropping the oldest', () => {
    for (let i = 0; i < HISTORY_LIMIT + 25; i++) store.getState().setSettings({ targetMinutes: (i % 500) + 1 });
    expect(past()).toBe(HISTORY_LIMIT);
    undo(store);
    expect(store.getState().deck.settings.targetMinutes).toBe(((HISTORY_LIMIT + 23) % 500) + 1);
  });

  it('a restored draft keeps its journal id; any other load gets a fresh one', () => {
    const before = store.getState().docId;
    store.getState().loadDeck(createDeck(), { docId: 'draft-7', dirty: true });
    expect(store.getState().docId).toBe('draft-7');
    expect(selectDirty(store.getState())).toBe(true);
    store.getState().loadDeck(createDeck());
    expect(store.getState().docId).not.toBe('draft-7');
    expect(store.getState().docId).not.toBe(before);
  });
});
