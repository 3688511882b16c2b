// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { commandForKey, formatDuration, timing } from '../../../renderer/presenter/keys.ts';
import { positionLabel, slideFacts } from '../../../renderer/presenter/slide-facts.ts';

describe('present keys', () => {
  it('arrows, Space and clicker PageDown/PageUp move; B blacks; S toggles the presenter view; Esc ends', () => {
    for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown']) expect(commandForKey(key)).toEqual({ type: 'next' });
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(commandForKey(key)).toEqual({ type: 'prev' });
    expect(commandForKey('b')).toEqual({ type: 'blank' });
    expect(commandForKey('B')).toEqual({ type: 'blank' });
    expect(commandForKey('s')).toEqual({ type: 'toggle-presenter' });
    expect(commandForKey('Escape')).toEqual({ type: 'end' });
    expect(commandForKey('Home')).toEqual({ type: 'first' });
    expect(commandForKey('End')).toEqual({ type: 'last' });
  });
  it('leaves shortcuts with modifiers and other keys alone', () => {
    expect(commandForKey('ArrowRight', { ctrl: true })).toBeNull();
    expect(commandForKey('b', { meta: true })).toBeNull();
    expect(commandForKey('x')).toBeNull();
  });
});

describe('presenter timer', () => {
  it('formats minutes and hours, and over-time with a minus', () => {
    expect(formatDuration(0)).toBe('00:00');
    expect(formatDuration(65_400)).toBe('01:05');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
    expect(formatDuration(-61_000)).toBe('−01:01');
  });
  it('counts elapsed and remaining against the target, warns near the end, flags over-time', () => {
    const start = 1_000_000;
    expect(timing(start + 90_000, start, 10)).toEqual({ elapsed: '01:30', remaining: '08:30', over: false, soon: false });
    expect(timing(start + 8 * 60_000 + 1, start, 10)).toMatchObject({ soon: true, over: false });
    expect(timing(start + 11 * 60_000, start, 10)).toEqual({ elapsed: '11:00', remaining: '−01:00', over: true, soon: false });
    // A clock set back never shows negative elapsed time.
    expect(timing(start - 5000, start, 10)).toMatchObject({ elapsed: '00:00', remaining: '10:00' });
  });
});

describe('presenter slide facts', () => {
  const slide = (body: string, uncounted = false) => `<section${uncounted ? ' data-visibility="uncounted"' : ''}><h2>T</h2>${body}</section>`;
  it('reads the notes HTML and whether the slide counts in n / N', () => {
    expect(slideFacts(slide('<aside class="notes"><p>Say &lt;this&gt;</p></aside>'))).toEqual({ notes: '<p>Say &lt;this&gt;</p>', counted: true });
    expect(slideFacts(slide('<p>no notes</p>', true))).toEqual({ notes: '', counted: false });
  });
  it('numbers as the slides do: backup slides are left out of N and labelled apart', () => {
    const slides = [true, true, true, false, false].map((counted) => ({ counted }));
    expect(positionLabel(slides, 0)).toBe('1 / 3');
    expect(positionLabel(slides, 2)).toBe('3 / 3');
    expect(positionLabel(slides, 3)).toBe('Backup 1 / 2');
    expect(positionLabel(slides, 4)).toBe('Backup 2 / 2');
    expect(positionLabel(slides, 9)).toBe('– / –');
  });
});
