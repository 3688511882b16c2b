// @vitest-environment happy-dom
/**
 * The outline mode component on the live store: its ARIA tree (levels, one tab stop), the
 * IME guard, Ctrl/Cmd+B, and Shift+Tab on a top-level point making a section.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createDeck } from '../../../engine/format/index.ts';
import { uiI18n } from '../../../renderer/i18n.ts';
import { OutlineMode } from '../../../renderer/src/outline-mode/OutlineMode.tsx';
import { deckLines } from '../../../renderer/src/outline-mode/model.ts';

// The component reads react-i18next's default instance (the editor's provider is not here).
uiI18n();
import { useEditor } from '../../../renderer/src/store/index.ts';

const lines = () => deckLines(useEditor.getState().deck.sections).map((l) => `${l.level}:${l.text}`);
const field = (id: string) => document.querySelector<HTMLTextAreaElement>(`textarea[data-line-id="${id}"]`)!;
function caretAt(el: HTMLTextAreaElement, at: number) {
  el.focus();
  el.setSelectionRange(at, at);
}

beforeEach(() => {
  const deck = createDeck({
    sections: [
      { id: 'sA', kind: 'bluf', title: 'Alpha', points: [{ id: 'a1', text: 'one' }, { id: 'a2', text: 'two', children: [{ id: 'a21', text: 'two-a' }] }] },
      { id: 'sB', title: 'Beta', points: [{ id: 'b1', text: 'three' }] },
    ],
  } as never);
  useEditor.getState().loadDeck(deck);
  render(<OutlineMode />);
});
afterEach(cleanup);

describe('OutlineMode', () => {
  it('is one tree of treeitems with aria-level 1 for sections, and one tab stop', () => {
    const tree = screen.getByRole('tree');
    const items = screen.getAllByRole('treeitem');
    expect(tree.contains(items[0]!)).toBe(true);
    expect(items.map((i) => i.getAttribute('aria-level'))).toEqual(['1', '2', '2', '3', '1', '2']);
    expect(document.querySelectorAll('textarea[tabindex="0"]')).toHaveLength(1);
    expect(items[0]!.textContent).toContain('BLUF');
    caretAt(field('b1'), 0);
    fireEvent.focus(field('b1'));
    expect(field('b1').tabIndex).toBe(0);
    expect(document.querySelectorAll('textarea[tabindex="0"]')).toHaveLength(1);
    // The preview follows the caret's section.
    expect(useEditor.getState().selectedSectionId).toBe('sB');
  });

  it('leaves Enter and Tab to the input method while it composes', () => {
    const before = lines();
    caretAt(field('a1'), 3);
    fireEvent.keyDown(field('a1'), { key: 'Enter', isComposing: true });
    fireEvent.keyDown(field('a1'), { key: 'Tab', keyCode: 229 });
    expect(lines()).toEqual(before);
  });

  it('Shift+Tab on a top-level point makes it a section that takes the points after it', () => {
    caretAt(field('a1'), 1);
    fireEvent.keyDown(field('a1'), { key: 'Tab', shiftKey: true });
    expect(lines()).toEqual(['1:Alpha', '1:one', '2:two', '3:two-a', '1:Beta', '2:three']);
    expect(useEditor.getState().selectedSectionId).toBe('a1');
    fireEvent.keyDown(field('a1'), { key: 'Tab' });
    expect(lines()).toEqual(['1:Alpha', '2:one', '3:two', '4:two-a', '1:Beta', '2:three']);
  });

  it('Ctrl+B wraps the selection in bold markers', () => {
    const el = field('b1');
    el.focus();
    el.setSelectionRange(0, 5);
    fireEvent.keyDown(el, { key: 'b', ctrlKey: true });
    expect(lines()).toContain('2:**three**');
  });
});
