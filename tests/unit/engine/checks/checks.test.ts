import { describe, expect, it } from 'vitest';
import { DeckSchema, type Deck } from '../../../../engine/model/schema.ts';
import { checkText } from '../../../../engine/checks/message.ts';
import { createI18n } from '../../../../engine/i18n/index.ts';
import { countWords, estimateSpeakingMinutes, isEmptySection, runChecks, WORDS_PER_MINUTE } from '../../../../engine/checks/index.ts';

/** A deck from a partial literal, through the schema so defaults are real. */
function deck(input: unknown): Deck {
  return DeckSchema.parse(input);
}

const marked = { level: 'unclassified' };

function section(id: string, extra: Record<string, unknown> = {}) {
  return { id, title: `Title ${id}`, points: [{ id: `${id}p`, text: 'A point' }], notes: 'Say this.', ...extra };
}

const enI18n = createI18n('en');
const koI18n = createI18n('ko');
const en = (key: string, options?: Record<string, unknown>) => enI18n.t(key, options ?? {});
const ko = (key: string, options?: Record<string, unknown>) => koI18n.t(key, options ?? {});

describe('runChecks', () => {
  it('flags a missing marking and clears it once marked', () => {
    expect(runChecks(deck({})).map((i) => i.kind)).toContain('no-marking');
    expect(runChecks(deck({ marking: marked })).map((i) => i.kind)).not.toContain('no-marking');
    expect(runChecks(deck({ marking: { level: 'custom', text: '   ' } })).map((i) => i.kind)).toContain('no-marking');
  });

  it('flags a section whose own marking has no text', () => {
    const d = deck({ marking: marked, sections: [section('a', { marking: { level: 'none' } }), section('b', { marking: { level: 'secret' } })] });
    const items = runChecks(d).filter((i) => i.kind === 'no-marking');
    expect(items.map((i) => i.id)).toEqual(['marking:a']);
    expect(items[0]?.target).toEqual({ sectionId: 'a', field: 'marking' });
  });

  it('flags sections without notes, except backup sections', () => {
    const d = deck({ marking: marked, sections: [section('a', { notes: '' }), section('b'), section('c', { notes: '', kind: 'backup' })] });
    const items = runChecks(d).filter((i) => i.kind === 'no-notes');
    expect(items.map((i) => i.target.sectionId)).toEqual(['a']);
    expect(items[0]?.target.field).toBe('notes');
  });

  it('flags empty sections but not ones with a figure, an image or sub-point text', () => {
    const d = deck({
      marking: marked,
      sources: [{ id: 's', title: 'BoK' }],
      sections: [
        section('empty', { points: [{ id: 'x', text: '  ' }] }),
        section('fig', { points: [], figures: [{ id: 'f', label: 'GDP', value: '3', asOf: '2026-01-01', sourceId: 's' }] }),
        section('nested', { points: [{ id: 'y', text: '', children: [{ id: 'z', text: 'deep' }] }] }),
      ],
    });
    expect(runChecks(d).filter((i) => i.kind === 'empty-section').map((i) => i.target.sectionId)).toEqual(['empty']);
    expect(isEmptySection(d.sections[2]!)).toBe(false);
  });

  it('flags figures without a source (or with a dangling source id) and without an as-of date', () => {
    const d = deck({
      marking: marked,
      sources: [{ id: 's1', title: 'Ministry' }],
      sections: [
        section('a', {
          figures: [
            { id: 'ok', label: 'Troops', value: '28,500', asOf: '2026-10-01', sourceId: 's1' },
            { id: 'nosrc', label: 'Budget', value: '1.2', unit: 'tn KRW', asOf: '2026-10-01' },
            { id: 'dangling', label: 'Exercises', value: '12', asOf: '', sourceId: 'gone' },
          ],
        }),
      ],
    });
    const items = runChecks(d);
    const src = items.filter((i) => i.kind === 'figure-no-source');
    expect(src.map((i) => i.target.itemId)).toEqual(['nosrc', 'dangling']);
    expect(checkText(src[0]!, en)).toBe('Key figure “Budget” in “Title a” has no source.');
    expect(checkText(src[0]!, ko)).toBe('“Title a”: 핵심 수치 “Budget”에 출처가 없습니다.');
    expect(items.filter((i) => i.kind === 'figure-no-as-of').map((i) => i.target.itemId)).toEqual(['dangling']);
  });

  it('reports measured overflow against its section, and deck-level slides separately', () => {
    const d = deck({ marking: marked, sections: [section('a'), section('b')] });
    const items = runChecks(d, { overflow: [{ key: 'b', sectionId: 'b' }, { key: 'b-2', sectionId: 'b' }, { key: 'title', sectionId: null }] });
    const over = items.filter((i) => i.kind === 'overflow');
    expect(over.map((i) => i.id)).toEqual(['overflow:b', 'overflow:deck']);
    expect(checkText(over[0]!, en)).toContain('2 slides');
    expect(checkText(over[1]!, en)).toBe('The title or agenda slide runs off the slide.');
    expect(runChecks(d).some((i) => i.kind === 'overflow')).toBe(false);
  });

  it('estimates speaking time from notes or points and compares with the target', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const d = deck({ marking: marked, settings: { targetMinutes: 2 }, sections: [section('a', { notes: words(WORDS_PER_MINUTE * 3) }), section('b', { kind: 'backup', notes: words(1000) })] });
    expect(estimateSpeakingMinutes(d)).toBeCloseTo(3, 5);
    const item = runChecks(d).find((i) => i.kind === 'speaking-time');
    expect(item?.severity).toBe('warning');
    expect(checkText(item!, en)).toBe('Estimated speaking time 3 min is over the 2 min target.');
    const short = deck({ marking: marked, settings: { targetMinutes: 10 }, sections: [section('a')] });
    expect(runChecks(short).find((i) => i.kind === 'speaking-time')?.severity).toBe('info');
  });

  it('gives a clean marked deck only the speaking-time line, with unique ids', () => {
    const d = deck({ marking: marked, sources: [{ id: 's', title: 'x' }], sections: [section('a', { points: [{ id: 'ap', text: 'A point', cites: ['s'] }], figures: [{ id: 'f', label: 'L', value: '1', asOf: '2026-01-01', sourceId: 's' }] })] });
    const items = runChecks(d);
    expect(items.map((i) => i.kind)).toEqual(['speaking-time']);
    const many = runChecks(deck({ sections: [section('a', { notes: '', points: [] }), section('b', { notes: '', points: [] })] }));
    expect(new Set(many.map((i) => i.id)).size).toBe(many.length);
  });
});

describe('countWords', () => {
  it('counts Latin and Hangul words and ignores punctuation-only tokens', () => {
    expect(countWords('  one two  three ')).toBe(3);
    expect(countWords('한미 동맹의 현황 — 2026')).toBe(4);
    expect(countWords('')).toBe(0);
  });
});

describe('marking checks', () => {
  it('warns when a colour contradicts the level, naming the colour', () => {
    const d = deck({ marking: { level: 'secret', color: '#007a33' }, sections: [section('a', { marking: { level: 'ts-sci', color: '#ff8c00', textColor: '#000000' } })] });
    const items = runChecks(d).filter((i) => i.kind === 'marking-mismatch');
    expect(items.map((i) => [i.severity, checkText(i, en)])).toEqual([
      ['warning', 'Deck marking: the banner colour #007a33 (UNCLASSIFIED green) contradicts SECRET, whose banner colour is #c8102e (SECRET red).'],
      ['warning', '“Title a”’s marking: the banner colour #ff8c00 (TOP SECRET orange) contradicts TOP SECRET//SCI, whose banner colour is #fce83a (TOP SECRET//SCI yellow).'],
    ]);
    expect(items[1]?.target).toEqual({ sectionId: 'a', field: 'marking' });
  });

  it('warns when the banner text reads as another level; custom banners are not judged', () => {
    expect(checkText(runChecks(deck({ marking: { level: 'unclassified', text: 'SECRET' } })).find((i) => i.kind === 'marking-mismatch')!, en)).toBe('Deck marking: the banner text reads as SECRET, but the level is UNCLASSIFIED.');
    expect(runChecks(deck({ marking: { level: 'custom', text: 'EYES ONLY', color: '#007a33' } })).some((i) => i.kind === 'marking-mismatch')).toBe(false);
    expect(runChecks(deck({ marking: { level: 'kr-3', text: '군사Ⅲ급비밀' } })).some((i) => i.kind === 'marking-mismatch')).toBe(false);
  });

  it('flags a banner lower than the highest portion mark, section override first', () => {
    const pts = (portion: string) => [{ id: `p${portion}`, text: 'x', children: [{ id: `c${portion}`, text: 'y', portion }] }];
    const d = deck({
      marking: { level: 'confidential' },
      sections: [section('low', { points: pts('S') }), section('ok', { points: pts('C') }), section('raised', { points: pts('TS'), marking: { level: 'top-secret' } }), section('kr', { points: pts('S'), marking: { level: 'kr-2' } })],
    });
    const items = runChecks(d).filter((i) => i.kind === 'portion-above-banner');
    expect(items.map((i) => [i.target.sectionId, i.severity])).toEqual([['low', 'error']]);
    expect(checkText(items[0]!, en)).toBe('“Title low” has a (S) point, but its banner is CONFIDENTIAL: the banner must be at least SECRET.');
    expect(checkText(items[0]!, ko)).toBe('“Title low”: (S) 항목이 있지만 배너 등급은 CONFIDENTIAL입니다. 배너는 SECRET 이상이어야 합니다.');
  });
});

describe('citation checks', () => {
  it('notes points without a citation only in a deck that cites elsewhere, one line per section', () => {
    const uncited = deck({ marking: marked, sections: [section('a'), section('b')] });
    expect(runChecks(uncited).some((i) => i.kind === 'uncited-point')).toBe(false);
    const d = deck({
      marking: marked,
      sources: [{ id: 's', title: 'Op-ed' }],
      sections: [
        section('a', { points: [{ id: 'a1', text: 'cited', cites: ['s'] }, { id: 'a2', text: 'parent', children: [{ id: 'a2c', text: 'cited below', cites: ['s'] }] }] }),
        section('b', { points: [{ id: 'b1', text: 'not cited' }, { id: 'b2', text: '  ' }, { id: 'b3', text: 'nor this' }] }),
      ],
    });
    const items = runChecks(d).filter((i) => i.kind === 'uncited-point');
    expect(items).toEqual([{ id: 'uncited:b', kind: 'uncited-point', severity: 'info', message: { key: 'checks:uncited', params: { section: { title: 'Title b', index: 1 }, count: 2 } }, target: { sectionId: 'b', field: 'points', itemId: 'b1' } }]);
    expect(checkText(items[0]!, en)).toBe('“Title b”: 2 points cite no source, while the deck cites sources elsewhere.');
  });
});
