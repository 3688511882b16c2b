import { describe, expect, it } from 'vitest';
import { pointKeyAction, toggleWrap, type KeyLike } from '../../../renderer/src/points/keys.ts';

const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...extra });
const caret = (start: number, end = start, textLength = 10) => ({ start, end, textLength });

describe('pointKeyAction', () => {
  it('maps the outliner keys', () => {
    expect(pointKeyAction(key('Enter'), caret(3))).toEqual({ type: 'split' });
    expect(pointKeyAction(key('Tab'), caret(0))).toEqual({ type: 'indent' });
    expect(pointKeyAction(key('Tab', { shiftKey: true }), caret(0))).toEqual({ type: 'outdent' });
    expect(pointKeyAction(key('ArrowUp', { altKey: true }), caret(0))).toEqual({ type: 'move', dir: -1 });
    expect(pointKeyAction(key('ArrowDown', { altKey: true }), caret(0))).toEqual({ type: 'move', dir: 1 });
    expect(pointKeyAction(key('Backspace'), caret(0))).toEqual({ type: 'join' });
    expect(pointKeyAction(key('Backspace'), caret(2))).toBeNull();
    expect(pointKeyAction(key('Backspace'), caret(0, 4))).toBeNull();
    expect(pointKeyAction(key('b', { ctrlKey: true }), caret(0))).toEqual({ type: 'wrap', marker: '**' });
    expect(pointKeyAction(key('i', { metaKey: true }), caret(0), true)).toEqual({ type: 'wrap', marker: '*' });
    expect(pointKeyAction(key('b', { metaKey: true }), caret(0), false)).toBeNull();
  });

  it('leaves Enter and Tab to the IME while it composes (isComposing or keyCode 229)', () => {
    expect(pointKeyAction(key('Enter', { isComposing: true }), caret(2))).toBeNull();
    expect(pointKeyAction(key('Tab', { isComposing: true }), caret(2))).toBeNull();
    expect(pointKeyAction(key('Process', { keyCode: 229 }), caret(2))).toBeNull();
    expect(pointKeyAction(key('Enter', { keyCode: 229 }), caret(2))).toBeNull();
    expect(pointKeyAction(key('Backspace', { isComposing: true }), caret(0))).toBeNull();
  });

  it('moves focus with the arrows only from the field edge', () => {
    expect(pointKeyAction(key('ArrowUp'), { ...caret(0), onFirstLine: true })).toEqual({ type: 'focus', dir: -1 });
    expect(pointKeyAction(key('ArrowUp'), { ...caret(40), onFirstLine: false })).toBeNull();
    expect(pointKeyAction(key('ArrowDown'), { ...caret(2), onLastLine: true })).toEqual({ type: 'focus', dir: 1 });
  });
});

describe('toggleWrap', () => {
  it('wraps a selection and unwraps it again', () => {
    const on = toggleWrap('make this bold', 5, 9, '**');
    expect(on).toEqual({ text: 'make **this** bold', start: 7, end: 11 });
    expect(toggleWrap(on.text, on.start, on.end, '**')).toEqual({ text: 'make this bold', start: 5, end: 9 });
    expect(toggleWrap('x **y** z', 2, 7, '**')).toEqual({ text: 'x y z', start: 2, end: 3 });
  });
  it('keeps italic and bold apart and inserts an empty pair at a caret', () => {
    expect(toggleWrap('a **b** c', 4, 5, '*').text).toBe('a ***b*** c');
    expect(toggleWrap('ab', 1, 1, '*')).toEqual({ text: 'a**b', start: 2, end: 2 });
  });
});
