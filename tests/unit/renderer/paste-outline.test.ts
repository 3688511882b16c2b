// Pasting a whole outline makes sections (issue 9): the pure rules in engine/outline/paste.ts
// and the editor's pasteOutline action (one undo step, a blank deck replaced, limits kept).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeck } from '../../../engine/format/index.ts';
import { isBlankDeck, looksLikeOutline, sectionsFromLines } from '../../../engine/outline/index.ts';
import { createEditorStore, undo, type EditorStore } from '../../../renderer/src/store/index.ts';
import { blankSection } from '../../../renderer/src/store/deckSlice.ts';
import { pasteOutline } from '../../../renderer/src/actions.ts';

describe('looksLikeOutline', () => {
  it('is true for ## headings and section labels at the margin, false for points', () => {
    expect(looksLikeOutline('## BLUF\n- a')).toBe(true);
    expect(looksLikeOutline('# Deck\ntext')).toBe(true);
    expect(looksLikeOutline('- a\nNotes: say it slowly')).toBe(true);
    expect(looksLikeOutline('- a\n  - b\n### sub')).toBe(false);
    expect(looksLikeOutline('- a\n  Notes: indented is text')).toBe(false);
    expect(looksLikeOutline('#hashtag\n- b')).toBe(false);
  });

  it('sectionsFromLines makes one section per top-level line with its nested lines as points', () => {
    const s = sectionsFromLines('Export growth\n  K9 Thunder\n    Poland\nOutlook\n');
    expect(s.map((x) => x.title)).toEqual(['Export growth', 'Outlook']);
    expect(s[0]?.points[0]?.text).toBe('K9 Thunder');
    expect(s[0]?.points[0]?.children[0]?.text).toBe('Poland');
  });

  it('isBlankDeck is true only for untouched decks', () => {
    const deck = { ...createDeck(), sections: [blankSection()] };
    expect(isBlankDeck(deck)).toBe(true);
    expect(isBlankDeck({ ...deck, sections: [{ ...blankSection(), title: 'x' }] })).toBe(false);
  });
});

describe('pasteOutline', () => {
  let store: EditorStore;
  beforeEach(() => {
    vi.useFakeTimers();
    store = createEditorStore(createDeck());
    store.getState().loadDeck({ ...createDeck(), sections: [blankSection()] });
  });

  it('replaces a blank deck with the outline’s sections, in one undo step', () => {
    expect(pasteOutline('## BLUF\n- Ready by Q3\n\n## Risks\n- Parts\nNotes: slowly', null, false, store)).toBe(true);
    const s = store.getState();
    expect(s.deck.sections.map((x) => x.title)).toEqual(['BLUF', 'Risks']);
    expect(s.deck.sections[0]?.kind).toBe('bluf');
    expect(s.deck.sections[1]?.notes).toBe('slowly');
    expect(s.selectedSectionId).toBe(s.deck.sections[0]?.id);
    undo(store);
    expect(store.getState().deck.sections).toHaveLength(1);
    expect(store.getState().deck.sections[0]?.title).toBe('');
  });

  it('inserts after the given section in a deck with content, and leaves plain points to the caller', () => {
    store.getState().loadDeck({ ...createDeck(), sections: [{ ...blankSection(), title: 'One' }, { ...blankSection(), title: 'Two' }] });
    const first = store.getState().deck.sections[0]!.id;
    expect(pasteOutline('- just\n- points', first, false, store)).toBe(false);
    expect(pasteOutline('## Inserted\n- x', first, false, store)).toBe(true);
    expect(store.getState().deck.sections.map((x) => x.title)).toEqual(['One', 'Inserted', 'Two']);
    expect(pasteOutline('Alpha\nBeta', null, true, store)).toBe(true);
    expect(store.getState().deck.sections.map((x) => x.title)).toEqual(['One', 'Inserted', 'Two', 'Alpha', 'Beta']);
  });

  it('refuses a paste over the section limit and changes nothing', () => {
    store.getState().loadDeck({ ...createDeck(), sections: [{ ...blankSection(), title: 'Kept' }] });
    const before = store.getState().deck;
    pasteOutline(Array.from({ length: 2000 }, (_, i) => `## S${i}`).join('\n'), null, false, store);
    expect(store.getState().deck).toBe(before);
    expect(store.getState().notice?.text).toMatch(/at most 2,000 sections; that paste has 2000/);
  });
});

describe('pasted sources (deck-wide)', () => {
  it('reuses a deck source the paste lists again and points the citations at it', () => {
    const store = createEditorStore(createDeck());
    store.getState().loadDeck({ ...createDeck(), sources: [{ id: 'src-op', title: 'Op-ed', publisher: 'The Washington Times', date: '', url: '' }], sections: [{ ...blankSection(), title: 'One' }] });
    pasteOutline('## Two\n- K9 [1]\n- Co-production [2]\nSources:\n- Op-ed, The Washington Times\n- Annual report, DAPA\n', null, false, store);
    const deck = store.getState().deck;
    expect(deck.sources.map((s) => s.title)).toEqual(['Op-ed', 'Annual report']);
    expect(deck.sections[1]?.points[0]?.cites).toEqual(['src-op']);
    expect(deck.sections[1]?.points[1]?.cites).toEqual([deck.sources[1]?.id]);
  });
});
