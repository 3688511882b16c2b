// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createDeck } from '../../../engine/format/index.ts';
import type { Point } from '../../../engine/model/schema.ts';
import { PointsEditor } from '../../../renderer/src/points/PointsEditor.tsx';
import { useEditor } from '../../../renderer/src/store/index.ts';
import { uiI18n } from '../../../renderer/i18n.ts';

// The editor's words in English, as components read them outside the app's provider.
uiI18n();

const SECTION = 's1';
const pt = (id: string, text: string, children: Point[] = []): Point => ({ id, text, cites: [], children });

function points(): Point[] {
  return useEditor.getState().deck.sections[0]!.points;
}
function shape(ps: Point[] = points(), depth = 0): string[] {
  return ps.flatMap((p) => [' '.repeat(depth) + p.text, ...shape(p.children, depth + 1)]);
}
/** The editor bound to the live store, re-rendered on every change like the app does. */
function Harness() {
  const section = useEditor((s) => s.deck.sections[0]!);
  return <PointsEditor sectionId={SECTION} points={section.points} />;
}
function field(i: number): HTMLTextAreaElement {
  return screen.getAllByRole('textbox')[i] as HTMLTextAreaElement;
}
function caretAt(el: HTMLTextAreaElement, at: number) {
  el.focus();
  el.setSelectionRange(at, at);
}

beforeEach(() => {
  const deck = createDeck({ sources: [{ id: 'src1', title: 'Ministry' }, { id: 'src2', title: 'Op-ed' }], sections: [{ id: SECTION, title: 'S', points: [pt('a', 'alpha'), pt('b', 'beta')] }] });
  useEditor.getState().loadDeck(deck);
  render(<Harness />);
});
afterEach(cleanup);

describe('PointsEditor keyboard', () => {
  it('Enter splits the point at the caret and focuses the new one', () => {
    caretAt(field(0), 2);
    fireEvent.keyDown(field(0), { key: 'Enter' });
    expect(shape()).toEqual(['al', 'pha', 'beta']);
    expect(document.activeElement).toBe(field(1));
  });

  it('Enter and Tab during IME composition leave the tree alone', () => {
    caretAt(field(1), 4);
    fireEvent.keyDown(field(1), { key: 'Enter', isComposing: true });
    fireEvent.keyDown(field(1), { key: 'Tab', isComposing: true });
    fireEvent.keyDown(field(1), { key: 'Enter', keyCode: 229 });
    expect(shape()).toEqual(['alpha', 'beta']);
  });

  it('Tab indents, Shift+Tab outdents, Alt+↑ moves, each one undo step', () => {
    caretAt(field(1), 0);
    fireEvent.keyDown(field(1), { key: 'Tab' });
    expect(shape()).toEqual(['alpha', ' beta']);
    fireEvent.keyDown(field(1), { key: 'Tab', shiftKey: true });
    expect(shape()).toEqual(['alpha', 'beta']);
    fireEvent.keyDown(field(1), { key: 'ArrowUp', altKey: true });
    expect(shape()).toEqual(['beta', 'alpha']);
    expect(useEditor.temporal.getState().pastStates).toHaveLength(3);
  });

  it('Backspace at the start of an empty point removes it', () => {
    caretAt(field(1), 0);
    fireEvent.change(field(1), { target: { value: '' } });
    caretAt(field(1), 0);
    fireEvent.keyDown(field(1), { key: 'Backspace' });
    expect(shape()).toEqual(['alpha']);
    expect(document.activeElement).toBe(field(0));
  });

  it('Ctrl+B wraps the selection in bold markers', () => {
    field(0).focus();
    field(0).setSelectionRange(0, 5);
    fireEvent.keyDown(field(0), { key: 'b', ctrlKey: true });
    expect(shape()).toEqual(['**alpha**', 'beta']);
  });

  it('a multi-line outline paste becomes nested points; text stays text', () => {
    caretAt(field(0), 5);
    fireEvent.paste(field(0), { clipboardData: { getData: () => '- one\n  - two <script>x()</script>\n- three' } });
    expect(shape()).toEqual(['alpha', 'one', ' two <script>x()</script>', 'three', 'beta']);
  });

  it('the cite picker sets which sources a point cites, as one undo step', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Sources cited by point 2: none' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '[2] Op-ed' }));
    expect(points()[1]!.cites).toEqual(['src2']);
    // Numbered as on the slides: the op-ed is the first (only) source cited.
    expect(screen.getByRole('button', { name: 'Sources cited by point 2: [1]' })).toBeTruthy();
    expect(useEditor.temporal.getState().pastStates).toHaveLength(1);
  });

  it('a 5 MB paste is refused with a notice and changes nothing', () => {
    const before = useEditor.getState().deck;
    caretAt(field(0), 5);
    fireEvent.paste(field(0), { clipboardData: { getData: () => 'x\n'.repeat(2_500_000) } });
    expect(useEditor.getState().deck).toBe(before);
    expect(useEditor.getState().notice?.text).toMatch(/paste at most 1 million/);
    expect(useEditor.getState().notice?.tone).toBe('error');
  });
});
