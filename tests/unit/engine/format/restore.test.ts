import { describe, expect, it } from 'vitest';
import { DECK_DEFAULTS } from '../../../../engine/model/defaults.ts';
import { createDeck, DeckError, formatZodPath, newId, parseDeckText, restoreDeck } from '../../../../engine/format/index.ts';
import { DeckSchema } from '../../../../engine/model/schema.ts';
import type { Deck } from '../../../../engine/model/schema.ts';
import { deepFreeze, envelope, fixtureText } from './_helpers.ts';

function allIds(deck: Deck): string[] {
  const ids: string[] = [];
  const points = (list: Deck['sections'][number]['points']): void => {
    for (const p of list) {
      ids.push(p.id);
      points(p.children);
    }
  };
  ids.push(...deck.sources.map((x) => x.id));
  for (const s of deck.sections) {
    ids.push(s.id, ...s.figures.map((x) => x.id), ...(s.decision?.options.map((o) => o.id) ?? []));
    points(s.points);
  }
  return ids;
}

describe('restoreDeck', () => {
  it('fills every default from DECK_DEFAULTS for an empty deck, bare or in an envelope', () => {
    const bare = restoreDeck({});
    expect(bare.meta).toEqual(DECK_DEFAULTS.meta);
    expect(bare.marking).toEqual(DECK_DEFAULTS.marking);
    expect(bare.settings).toEqual(DECK_DEFAULTS.settings);
    expect(bare.sections).toEqual([]);
    expect(restoreDeck(envelope({ sections: [] }))).toEqual(bare);
  });

  it('refuses a file whose deck has no "sections" key instead of opening it as an empty deck', () => {
    for (const version of [1, 2]) {
      const error = (() => {
        try {
          restoreDeck(envelope({ meta: { title: 'Lost its sections' } }, version));
        } catch (e) {
          return e as DeckError;
        }
        throw new Error('not refused');
      })();
      expect(error).toBeInstanceOf(DeckError);
      expect(error.path).toBe('deck.sections');
      expect(error.message).toMatch(/^deck\.sections: missing/);
    }
  });

  it('fills section and point defaults', () => {
    const deck = restoreDeck({ sections: [{ id: 'a', title: 'A', points: [{ id: 'p', text: 'x' }] }] });
    expect(deck.sections[0]).toEqual({
      id: 'a',
      kind: 'content',
      title: 'A',
      points: [{ id: 'p', text: 'x', cites: [], portion: '', children: [] }],
      notes: '',
      figures: [],
      image: null,
      marking: null,
      decision: null,
    });
  });

  it('fills missing ids from position, skipping ids already taken', () => {
    const deck = restoreDeck({
      sources: [{ title: 'S' }, { id: 'src2', title: 'taken' }, { title: 'T' }],
      sections: [
        { id: 's2', title: 'first, with the id the second would get' },
        { title: 'second', points: [{ text: 'a', children: [{ text: 'b' }] }, { id: '', text: 'c' }], figures: [{ label: 'L', value: '1' }] },
        { id: null, title: 'third', decision: { options: [{ title: 'O' }] } },
      ],
    });
    expect(deck.sections.map((s) => s.id)).toEqual(['s2', 's2-2', 's3']);
    expect(deck.sections[1]?.points.map((p) => p.id)).toEqual(['s2-p1', 's2-p2']);
    expect(deck.sections[1]?.points[0]?.children[0]?.id).toBe('s2-p1-1');
    expect(deck.sources.map((s) => s.id)).toEqual(['src1', 'src2', 'src3']);
    expect(deck.sections[1]?.figures[0]?.id).toBe('s2-fig1');
    expect(deck.sections[2]?.decision?.options[0]?.id).toBe('s3-opt1');
  });

  it('makes repeated ids unique across the deck and keeps citations pointing at the right source', () => {
    const deck = restoreDeck({
      sources: [
        { id: 'wt', title: 'WT' },
        { id: 'wt', title: 'WT again' },
        { id: 'x', title: 'a source whose id a section also has' },
      ],
      sections: [
        { id: 'x', title: 'one', points: [{ id: 'p', text: 'a', cites: ['wt', 'x'] }] },
        {
          id: 'x',
          title: 'two',
          figures: [{ id: 'p', label: 'L', value: '1', sourceId: 'wt' }],
          points: [{ id: 'p', text: 'b', cites: ['wt', 'wt'], children: [{ id: 'p', text: 'c', cites: [] }] }],
          decision: { options: [{ id: 'o', title: 'A' }, { id: 'o', title: 'B' }], recommendation: 'o' },
        },
      ],
    });
    const ids = allIds(deck);
    expect(new Set(ids).size).toBe(ids.length);
    const [one, two] = deck.sections as [Deck['sections'][number], Deck['sections'][number]];
    // Sources claim their ids first; a section with a source's id is renamed.
    expect(deck.sources.map((s) => s.id)).toEqual(['wt', 'wt-2', 'x']);
    expect(one.id).toBe('x-2');
    expect(two.id).toBe('x-3');
    // A cite means the first source of that id; repeats collapse.
    expect(one.points[0]?.cites).toEqual(['wt', 'x']);
    expect(two.points[0]?.cites).toEqual(['wt']);
    expect(two.figures[0]?.sourceId).toBe('wt');
    expect(two.decision?.recommendation).toBe(two.decision?.options[0]?.id);
  });

  it('refuses a cite or a figure source that names no deck source, by path; drops a dangling recommendation', () => {
    expect(() => restoreDeck({ sections: [{ id: 's', title: 't', figures: [{ id: 'f', label: 'L', value: '1', sourceId: 'nope' }] }] })).toThrow(
      `sections[0].figures[0].sourceId: cites "nope", which is not one of the deck's sources`,
    );
    expect(() => restoreDeck({ sources: [{ id: 'a', title: 'A' }], sections: [{ id: 's', title: 't', points: [{ id: 'p', text: '', children: [{ id: 'q', text: '', cites: ['a', 'b'] }] }] }] })).toThrow(
      `sections[0].points[0].children[0].cites[1]: cites "b", which is not one of the deck's sources`,
    );
    const deck = restoreDeck({ sections: [{ id: 's', title: 't', decision: { options: [], recommendation: 'nope' } }] });
    expect(deck.sections[0]?.decision?.recommendation).toBe('');
  });

  it('keeps renamed ids within the 64-character id limit', () => {
    const long = 'a'.repeat(64);
    const deck = restoreDeck({ sections: [{ id: long, title: '1' }, { id: long, title: '2' }] });
    expect(deck.sections[1]?.id).toBe(`${'a'.repeat(62)}-2`);
  });

  it('never writes into its input (frozen editor state stays as it was)', () => {
    const input = deepFreeze({ sources: [{ title: 'no id' }], sections: [{ id: 'x', title: 't', points: [{ text: 'no id', cites: [] }] }, { id: 'x', title: 'u' }] });
    const before = JSON.stringify(input);
    const deck = restoreDeck(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(deck.sections[1]?.id).toBe('x-2');
    expect(deck.sections[0]).not.toBe(input.sections[0]);
  });

  it('never writes into a frozen input that has every id (zod copies before ids are made unique)', () => {
    const input = deepFreeze({
      sources: [{ id: 'w', title: 'W' }],
      sections: [
        { id: 'x', title: 't', points: [{ id: 'x', text: 'a', cites: ['w', 'w'], children: [{ id: 'x', text: 'b' }] }] },
        { id: 'x', title: 'u', decision: { options: [{ id: 'o', title: 'O' }], recommendation: 'gone' } },
      ],
    });
    const before = JSON.stringify(input);
    const deck = restoreDeck(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(deck.sections[0]?.points[0]?.cites).toEqual(['w']);
    expect(deck.sections[1]?.decision?.recommendation).toBe('');
  });

  it('throws DeckError with the JSON path of the first problem', () => {
    const deck = { sections: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }, { id: 'd', title: 'D', points: [{ text: 'a' }, { text: 'b' }, { text: null }] }] };
    let error: unknown;
    try {
      restoreDeck(deck);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DeckError);
    expect((error as DeckError).message).toBe('sections[3].points[2].text: expected text');
    expect((error as DeckError).path).toBe('sections[3].points[2].text');
    expect((error as DeckError).exitCode).toBe(1);
  });

  it('refuses data that is not a deck', () => {
    for (const bad of [null, 42, 'deck', []]) expect(() => restoreDeck(bad)).toThrow(DeckError);
    expect(() => restoreDeck({ type: 'briefdeck', version: 2 })).toThrow('deck: missing');
    expect(() => restoreDeck({ type: 'briefdeck', version: 2, deck: {}, extra: 1 })).toThrow('extra: unknown key');
  });
});

describe('restoreDeck refuses too many sections before walking them', () => {
  // A shared section object: 30 000 references cost nothing to build, and the walk would still visit each list entry.
  const many = (n: number): unknown[] => new Array(n).fill({ title: 'x', points: [{ text: 'p' }] });

  it('in an envelope and bare, with the path "sections"', () => {
    for (const input of [{ type: 'briefdeck', version: 2, deck: { sections: many(30_000) } }, { sections: many(30_000) }]) {
      expect(() => restoreDeck(input)).toThrow(/^sections: the deck has 30000 sections; the limit is 2000$/);
    }
  });

  it('before a bad key deeper in the file (the count costs nothing; the walk would visit every section)', () => {
    const sections = many(30_000);
    sections[29_999] = JSON.parse('{"title":"x","__proto__":{"polluted":true}}');
    expect(() => restoreDeck({ type: 'briefdeck', version: 2, deck: { sections } })).toThrow(/the limit is 2000/);
  });

  it('but a newer version still says "newer Briefdeck", whatever its section count', () => {
    expect(() => restoreDeck({ type: 'briefdeck', version: 99, deck: { sections: many(30_000) } })).toThrow(/made by a newer Briefdeck \(format version 99\)/);
  });
});

describe('restoreDeck validation, section by section', () => {
  it('gives the same deck as one DeckSchema parse (the schema stays the single source of truth)', () => {
    for (const name of ['v1.briefdeck', 'v2.briefdeck', 'v3.briefdeck']) {
      const deck = parseDeckText(fixtureText(name));
      expect(restoreDeck(deck)).toEqual(DeckSchema.parse(deck));
    }
    const sparse = { meta: { title: 'T' }, sections: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B', kind: 'decision', decision: {} }] };
    expect(restoreDeck(sparse)).toEqual(DeckSchema.parse(sparse));
  });

  it('stops collecting problems after about a hundred, and says so', () => {
    const sections = Array.from({ length: 2000 }, (_, i) => ({ id: `s${i}`, title: `S${i}`, figures: Array.from({ length: 200 }, (_, j) => ({ id: `x${i}_${j}`, label: 5, value: '1' })) }));
    const started = performance.now();
    let error: unknown;
    try {
      restoreDeck({ sections });
    } catch (e) {
      error = e;
    }
    const ms = performance.now() - started;
    expect((error as DeckError).message).toMatch(/^sections\[0\]\.figures\[0\]\.label: expected text \(and at least \d+ more problems\)$/);
    expect(ms).toBeLessThan(2000);
  });

  it('counts every problem exactly when there are few', () => {
    const sections = Array.from({ length: 3 }, (_, i) => ({ id: `s${i}`, title: i }));
    expect(() => restoreDeck({ sections })).toThrow('sections[0].title: expected text (and 2 more problems)');
  });
});

describe('createDeck', () => {
  it('makes a valid default deck, and a fresh one each call', () => {
    const a = createDeck();
    const b = createDeck();
    expect(a).toEqual(restoreDeck({}));
    expect(a).not.toBe(b);
    expect(a.meta).not.toBe(b.meta);
  });

  it('takes a partial deck and fills the rest', () => {
    const deck = createDeck({ meta: { title: 'Budget' }, sections: [{ id: 's', title: 'Ask', kind: 'decision' }] });
    expect(deck.meta.title).toBe('Budget');
    expect(deck.meta.lang).toBe('en');
    expect(deck.sections[0]?.kind).toBe('decision');
  });

  it('refuses a bad partial with DeckError', () => {
    expect(() => createDeck({ settings: { targetMinutes: 0 } })).toThrow(/^settings\.targetMinutes: /);
  });
});

describe('newId', () => {
  it('makes ids the schema accepts, with the prefix', () => {
    for (const prefix of ['p', 'section', 'x y/z', '']) {
      const id = newId(prefix);
      expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      if (prefix === 'p') expect(id).toMatch(/^p-[a-z0-9]{12}$/);
    }
    expect(newId('x y/z')).toMatch(/^xyz-/);
    expect(newId()).toMatch(/^id-/);
  });

  it('does not repeat itself', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newId('p')));
    expect(ids.size).toBe(10_000);
  });
});

describe('formatZodPath', () => {
  it('writes paths the way JavaScript does', () => {
    expect(formatZodPath(['sections', 3, 'points', 2, 'text'])).toBe('sections[3].points[2].text');
    expect(formatZodPath([])).toBe('');
    expect(formatZodPath([0, 'a'])).toBe('[0].a');
    expect(formatZodPath(['meta', 'odd key'])).toBe('meta["odd key"]');
    expect(formatZodPath(['line\nbreak'])).toBe('["line\\nbreak"]');
  });
});
