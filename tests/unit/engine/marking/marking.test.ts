import { describe, expect, it } from 'vitest';
import { LEVELS, MARKING_LEVELS, PORTION_RANK, colourName, markingConflicts, markingFromV2, markingText, parseMarking, resolveMarking } from '../../../../engine/marking/index.ts';

const m = (level: (typeof MARKING_LEVELS)[number], extra: Partial<{ controls: string; text: string; color: string; textColor: string }> = {}) => ({ level, controls: '', text: '', color: '', textColor: '', ...extra });

describe('parseMarking', () => {
  it.each([
    ['UNCLASSIFIED', 'unclassified', ''],
    ['unclassified', 'unclassified', ''],
    ['CUI', 'cui', ''],
    ['CONTROLLED UNCLASSIFIED INFORMATION', 'cui', ''],
    ['CONFIDENTIAL', 'confidential', ''],
    ['SECRET', 'secret', ''],
    ['SECRET//REL TO USA, KOR', 'secret', 'REL TO USA, KOR'],
    ['SECRET // NOFORN', 'secret', 'NOFORN'],
    ['Secret//noforn', 'secret', 'noforn'],
    ['TOP SECRET', 'top-secret', ''],
    ['TOP SECRET//NOFORN', 'top-secret', 'NOFORN'],
    ['TOP SECRET//SCI', 'ts-sci', ''],
    ['TOP SECRET//SCI//NOFORN', 'ts-sci', 'NOFORN'],
    ['UNCLASSIFIED // FOR TRAINING', 'unclassified', 'FOR TRAINING'],
    ['대외비', 'kr-restricted', ''],
    ['군사대외비', 'kr-restricted', ''],
    ['Ⅲ급 비밀', 'kr-3', ''],
    ['Ⅲ급비밀', 'kr-3', ''],
    ['III급 비밀', 'kr-3', ''],
    ['3급비밀', 'kr-3', ''],
    ['군사Ⅲ급비밀', 'kr-3', ''],
    ['군사 3급 비밀', 'kr-3', ''],
    ['Ⅱ급 비밀', 'kr-2', ''],
    ['II급비밀', 'kr-2', ''],
    ['2급 비밀', 'kr-2', ''],
    ['군사Ⅱ급비밀', 'kr-2', ''],
    ['Ⅰ급 비밀', 'kr-1', ''],
    ['I급 비밀', 'kr-1', ''],
    ['군사1급비밀', 'kr-1', ''],
    ['Ⅱ급 비밀//REL TO USA', 'kr-2', 'REL TO USA'],
    ['', 'none', ''],
    ['   ', 'none', ''],
    ['FOR OFFICIAL USE ONLY', 'custom', ''],
    ['SECRETARIAT USE', 'custom', ''],
    ['4급 비밀', 'custom', ''],
  ])('%j → %s %j', (text, level, controls) => {
    expect(parseMarking(text)).toEqual({ level, controls });
  });
});

describe('levels', () => {
  it('has the U.S. banner colours of docs/MARKINGS.md', () => {
    expect([LEVELS.unclassified, LEVELS.cui, LEVELS.confidential, LEVELS.secret, LEVELS['top-secret'], LEVELS['ts-sci']].map((l) => [l.color, l.textColor])).toEqual([
      ['#007a33', '#ffffff'],
      ['#502b85', '#ffffff'],
      ['#0033a0', '#ffffff'],
      ['#c8102e', '#ffffff'],
      ['#ff8c00', '#000000'],
      ['#fce83a', '#000000'],
    ]);
  });

  it('never gives a ROK level the unclassified green', () => {
    for (const level of ['kr-restricted', 'kr-3', 'kr-2', 'kr-1'] as const) {
      expect(LEVELS[level].color).not.toBe(LEVELS.unclassified.color);
      expect(LEVELS[level].color).toBe('#c8102e');
    }
  });

  it('ranks levels and portions on one scale', () => {
    expect(LEVELS.secret.rank).toBeGreaterThan(LEVELS.confidential.rank ?? 99);
    expect(LEVELS['ts-sci'].rank).toBeGreaterThan(LEVELS['top-secret'].rank ?? 99);
    expect(LEVELS['kr-2'].rank).toBe(LEVELS.secret.rank);
    expect(PORTION_RANK.S).toBe(LEVELS.secret.rank);
    expect(PORTION_RANK.TS).toBe(LEVELS['top-secret'].rank);
    expect(LEVELS.custom.rank).toBeNull();
  });

  it('writes the banner from level and controls', () => {
    expect(markingText('secret', 'REL TO USA, KOR')).toBe('SECRET//REL TO USA, KOR');
    expect(markingText('ts-sci', '')).toBe('TOP SECRET//SCI');
    expect(markingText('kr-3', '')).toBe('Ⅲ급 비밀');
    expect(markingText('none', 'NOFORN')).toBe('');
    // Every known level's own text reads back as that level.
    for (const level of MARKING_LEVELS) if (LEVELS[level].label) expect(parseMarking(markingText(level, 'NOFORN'))).toEqual({ level, controls: 'NOFORN' });
  });
});

describe('resolveMarking and conflicts', () => {
  it('takes colours and words from the level unless set', () => {
    expect(resolveMarking(m('secret', { controls: 'REL TO USA, KOR' }))).toEqual({ level: 'secret', text: 'SECRET//REL TO USA, KOR', color: '#c8102e', textColor: '#ffffff' });
    expect(resolveMarking(m('ts-sci'))).toMatchObject({ color: '#fce83a', textColor: '#000000' });
    expect(resolveMarking(m('kr-3', { text: '군사Ⅲ급비밀' }))).toMatchObject({ text: '군사Ⅲ급비밀', color: '#c8102e' });
    expect(resolveMarking(m('none')).text).toBe('');
  });

  it('flags a colour that contradicts the level, naming it', () => {
    expect(markingConflicts(m('secret', { color: '#007A33', textColor: '#ffffff' }))).toEqual([{ kind: 'color', found: '#007a33', expected: '#c8102e' }]);
    expect(colourName('#007a33')).toBe('#007a33 (UNCLASSIFIED green)');
    expect(markingConflicts(m('secret', { color: '#c8102e' }))).toEqual([]);
    expect(markingConflicts(m('custom', { text: 'X', color: '#007a33' }))).toEqual([]);
    expect(markingConflicts(m('unclassified', { text: 'SECRET' }))).toEqual([{ kind: 'text', found: 'secret' }]);
  });
});

describe('markingFromV2 (old files keep their text and colours)', () => {
  it.each([
    ['SECRET//REL TO USA, KOR', '#c8102e', '#ffffff', m('secret', { controls: 'REL TO USA, KOR' })],
    ['SECRET//REL TO USA, KOR', '#007a33', '#ffffff', m('secret', { controls: 'REL TO USA, KOR', color: '#007a33' })],
    ['Secret', '#c8102e', '#ffffff', m('secret', { text: 'Secret' })],
    ['TOP SECRET//SCI', '#ff8c00', '#000000', m('ts-sci', { color: '#ff8c00' })],
    ['군사Ⅲ급비밀', '#007a33', '#ffffff', m('kr-3', { text: '군사Ⅲ급비밀', color: '#007a33' })],
    ['EYES ONLY', '#007a33', '#ffffff', m('custom', { text: 'EYES ONLY', color: '#007a33', textColor: '#ffffff' })],
    ['', '#007a33', '#ffffff', m('none')],
  ])('%j on %s', (text, color, textColor, expected) => {
    const out = markingFromV2(text, color, textColor);
    expect(out).toEqual(expected);
    // What showed before shows now.
    if (text) expect(resolveMarking(out)).toEqual({ level: expected.level, text, color, textColor });
  });
});
