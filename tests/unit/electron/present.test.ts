import { describe, expect, it } from 'vitest';
import { planDisplays } from '../../../electron/main/present/displays.ts';
import { nextState } from '../../../electron/main/present/presenter.ts';

const d = (id: number, primary: boolean, x = 0) => ({ id, label: `D${id}`, primary, bounds: { x, y: 0, width: 1920, height: 1080 } });

describe('display plan', () => {
  it('puts the audience on the external display and the presenter on the laptop', () => {
    const plan = planDisplays([d(1, true), d(2, false, 1920)]);
    expect(plan).toMatchObject({ audience: { id: 2 }, presenter: { id: 1 }, presenterVisible: true });
  });
  it('with one display: audience fullscreen there, presenter hidden until toggled', () => {
    expect(planDisplays([d(1, true)])).toMatchObject({ audience: { id: 1 }, presenter: { id: 1 }, presenterVisible: false });
  });
  it('honours a chosen display', () => {
    expect(planDisplays([d(1, true), d(2, false), d(3, false)], 3)).toMatchObject({ audience: { id: 3 }, presenter: { id: 1 } });
    expect(planDisplays([d(1, true), d(2, false)], 1)).toMatchObject({ audience: { id: 1 }, presenter: { id: 2 } });
  });
  it('no displays: no plan', () => {
    expect(planDisplays([])).toBeNull();
  });
});

describe('present state', () => {
  const s = { index: 1, count: 3, blank: false, startedAt: 0, presenterVisible: true };
  it('moves within bounds and clears the black screen on a move', () => {
    expect(nextState(s, { type: 'next' })).toMatchObject({ index: 2 });
    expect(nextState({ ...s, index: 2 }, { type: 'next' })).toMatchObject({ index: 2 });
    expect(nextState({ ...s, index: 0 }, { type: 'prev' })).toMatchObject({ index: 0 });
    expect(nextState({ ...s, blank: true }, { type: 'next' })).toMatchObject({ blank: false });
    expect(nextState(s, { type: 'goto', index: 99 })).toMatchObject({ index: 2 });
    expect(nextState(s, { type: 'goto', index: -5 })).toMatchObject({ index: 0 });
    expect(nextState(s, { type: 'last' })).toMatchObject({ index: 2 });
    expect(nextState(s, { type: 'first' })).toMatchObject({ index: 0 });
  });
  it('toggles black screen and presenter view, and ends', () => {
    expect(nextState(s, { type: 'blank' })).toMatchObject({ blank: true, index: 1 });
    expect(nextState(s, { type: 'toggle-presenter' })).toMatchObject({ presenterVisible: false });
    expect(nextState(s, { type: 'end' })).toBe('end');
  });
});
