import { describe, expect, it } from 'vitest';
import { restoreDeck } from '../../../../engine/format/index.ts';
import { resolveMarking } from '../../../../engine/marking/resolve.ts';
import { deepFreeze, envelope } from './_helpers.ts';

const op = { title: 'Op-ed', publisher: 'The Washington Times', date: '2024-06-03', url: 'https://www.washingtontimes.com/' };

describe('v2 → v3 migration', () => {
  it('merges duplicated sources into one deck source and keeps every citation pointing at it', () => {
    const v2 = {
      sections: Array.from({ length: 7 }, (_, i) => ({
        id: `s${i}`,
        title: `Section ${i}`,
        // The same op-ed under a different id in every section, with stray spaces in one copy.
        sources: [i === 3 ? { id: `wt${i}`, ...op, title: '  Op-ed ' } : { id: `wt${i}`, ...op }, ...(i === 6 ? [{ id: 'other', title: 'Another' }] : [])],
        points: [{ id: `p${i}`, text: 'x', cites: [`wt${i}`, ...(i === 6 ? ['other'] : [])], children: [{ id: `c${i}`, text: 'y', cites: [`wt${i}`, 'gone'] }] }],
        figures: [{ id: `f${i}`, label: 'L', value: '1', sourceId: `wt${i}` }],
      })),
    };
    const deck = restoreDeck(deepFreeze(envelope(v2, 2)));
    expect(deck.sources).toEqual([{ id: 'wt0', ...op }, { id: 'other', title: 'Another', publisher: '', date: '', url: '' }]);
    for (const [i, s] of deck.sections.entries()) {
      expect(s.points[0]?.cites).toEqual(i === 6 ? ['wt0', 'other'] : ['wt0']);
      // A cite that matched nothing in its v2 section is dropped, as v2 did.
      expect(s.points[0]?.children[0]?.cites).toEqual(['wt0']);
      expect(s.figures[0]?.sourceId).toBe('wt0');
    }
  });

  it('keeps different sources apart and their ids unique, even when two sections used the same id', () => {
    const deck = restoreDeck(
      envelope(
        {
          sections: [
            { id: 'a', title: 'A', sources: [{ id: 'src', title: 'One' }], points: [{ id: 'p1', text: '', cites: ['src'] }] },
            { id: 'b', title: 'B', sources: [{ id: 'src', title: 'Two' }, { title: 'No id' }], points: [{ id: 'p2', text: '', cites: ['src'] }] },
          ],
        },
        2,
      ),
    );
    expect(deck.sources.map((s) => [s.id, s.title])).toEqual([
      ['src', 'One'],
      ['src-2', 'Two'],
      ['s2-src2', 'No id'],
    ]);
    expect(deck.sections[0]?.points[0]?.cites).toEqual(['src']);
    expect(deck.sections[1]?.points[0]?.cites).toEqual(['src-2']);
  });

  it('reads the level from v2 banner text and keeps the text and colours that showed', () => {
    const deck = restoreDeck(
      envelope(
        {
          marking: { text: 'SECRET//REL TO USA, KOR', color: '#007a33', textColor: '#ffffff' },
          sections: [
            { id: 'a', title: 'A', marking: { text: '군사 Ⅲ급 비밀', color: '#c8102e', textColor: '#ffffff' } },
            { id: 'b', title: 'B', marking: { text: 'TOP SECRET//SCI', color: '#fce83a', textColor: '#000000' } },
          ],
        },
        2,
      ),
    );
    expect(deck.marking).toEqual({ level: 'secret', controls: 'REL TO USA, KOR', text: '', color: '#007a33', textColor: '' });
    expect(resolveMarking(deck.marking)).toEqual({ level: 'secret', text: 'SECRET//REL TO USA, KOR', color: '#007a33', textColor: '#ffffff' });
    expect(deck.sections[0]?.marking).toEqual({ level: 'kr-3', controls: '', text: '군사 Ⅲ급 비밀', color: '', textColor: '' });
    expect(deck.sections[1]?.marking).toEqual({ level: 'ts-sci', controls: '', text: '', color: '', textColor: '' });
  });

  it('a v2 file with no marking gets level none; one with default colours keeps nothing extra', () => {
    expect(restoreDeck(envelope({}, 2)).marking).toEqual({ level: 'none', controls: '', text: '', color: '', textColor: '' });
    expect(restoreDeck(envelope({ marking: { text: 'CUI' } }, 2)).marking).toEqual({ level: 'cui', controls: '', text: '', color: '#007a33', textColor: '' });
  });

  it('reports a bad v2 colour by its path', () => {
    expect(() => restoreDeck(envelope({ sections: [{ id: 'a', title: 'A', marking: { text: 'SECRET', color: 'red' } }] }, 2))).toThrow('sections[0].marking.color: expected a colour as #rrggbb');
  });
});
