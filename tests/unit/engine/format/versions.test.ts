import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DeckError, FORMAT_VERSION, MIGRATIONS, OLDEST_VERSION, parseDeckBytes, parseDeckText, restoreDeck } from '../../../../engine/format/index.ts';
import type { Deck } from '../../../../engine/model/schema.ts';
import { DECKS_DIR, deepFreeze, envelope, fixtureBytes, fixtureText } from './_helpers.ts';

const leaf = (id: string, text: string, children: Deck['sections'][number]['points'] = []) => ({ id, text, cites: [], portion: '' as const, children });

/** What tests/fixtures/_decks/v1.briefdeck must restore to: marking from classification, ids from position. */
const V1_EXPECTED: Deck = {
  meta: { title: 'Supply-chain security update', subtitle: '', presenter: 'J. Kim', office: '', organisation: '', date: '2024-06-03', asOf: '', lang: 'en' },
  // The level is read from the text; the text did not read exactly as the level writes it, so it stays.
  marking: { level: 'unclassified', controls: 'FOR TRAINING', text: 'UNCLASSIFIED // FOR TRAINING', color: '', textColor: '' },
  settings: { theme: 'briefing-light', aspect: '4:3', slideNumber: true, transition: 'none', agenda: false, targetMinutes: 10, fit: 'continue', controls: false, overlay: 'none' },
  sources: [{ id: 's2-src1', title: 'Op-ed', publisher: 'The Washington Times', date: '2024-06-03', url: '' }],
  sections: [
    {
      id: 'bluf',
      kind: 'bluf',
      title: 'Bottom line up front',
      points: [
        leaf('s1-p1', 'SOSA signed **Nov 2023**'),
        leaf('s1-p2', 'RDP-A under way', [leaf('s1-p2-1', 'Negotiation rounds continue', [leaf('s1-p2-1-1', 'Next round in Seoul')]), leaf('s1-p2-2', 'Industry consulted')]),
      ],
      notes: 'Open with the bottom line.',
      figures: [],
      image: null,
      marking: null,
      decision: null,
    },
    {
      id: 's2',
      kind: 'backup',
      title: 'Sources',
      points: [],
      notes: '',
      figures: [],
      image: null,
      marking: { level: 'unclassified', controls: '', text: '', color: '', textColor: '' },
      decision: null,
    },
  ],
};

describe('format versions', () => {
  it('writes version 3 and can migrate every version since the first', () => {
    expect(FORMAT_VERSION).toBe(3);
    expect(OLDEST_VERSION).toBe(1);
    for (let v = OLDEST_VERSION; v < FORMAT_VERSION; v++) expect(typeof MIGRATIONS[v]).toBe('function');
  });

  it('keeps one fixture per format version', () => {
    const files = readdirSync(fileURLToPath(DECKS_DIR)).filter((f) => /^v\d+\.briefdeck$/.test(f)).sort();
    const expected = Array.from({ length: FORMAT_VERSION - OLDEST_VERSION + 1 }, (_, i) => `v${OLDEST_VERSION + i}.briefdeck`);
    expect(files).toEqual(expected);
    for (const file of files) {
      const json = JSON.parse(fixtureText(file)) as { type: string; version: number };
      expect(json.type).toBe('briefdeck');
      expect(`v${json.version}.briefdeck`).toBe(file);
    }
  });

  it('restores the v1 fixture: classification becomes a marking, sub becomes children, ids are filled', () => {
    expect(parseDeckBytes(fixtureBytes('v1.briefdeck'))).toEqual(V1_EXPECTED);
  });

  it('restores the v1 fixture the same way every time (ids derive from position)', () => {
    expect(parseDeckText(fixtureText('v1.briefdeck'))).toEqual(parseDeckText(fixtureText('v1.briefdeck')));
  });

  it('restores the v2 fixture: its sources become deck sources, its markings levels with the same banner', () => {
    const deck = parseDeckBytes(fixtureBytes('v2.briefdeck'));
    expect(deck.meta.lang).toBe('ko');
    expect(deck.sources).toEqual([{ id: 'wt', title: 'Op-ed', publisher: 'The Washington Times', date: '2024-06-03', url: 'https://www.washingtontimes.com/' }]);
    expect(deck.sections[0]?.points[0]?.children[0]?.children[0]?.cites).toEqual(['wt']);
    expect(deck.sections[0]?.figures[0]?.sourceId).toBe('wt');
    expect(deck.sections[1]?.decision?.recommendation).toBe('o1');
    expect(deck.marking).toEqual({ level: 'unclassified', controls: '', text: '', color: '', textColor: '' });
    expect(deck.sections[0]?.marking).toEqual({ level: 'cui', controls: '', text: '', color: '', textColor: '' });
    expect(deck.settings).toMatchObject({ fit: 'continue', controls: false, overlay: 'none' });
    expect('sources' in (deck.sections[0] ?? {})).toBe(false);
  });

  it('restores the v3 fixture exactly as written (every field is present in it)', () => {
    const file = JSON.parse(fixtureText('v3.briefdeck')) as { deck: Deck };
    const deck = parseDeckBytes(fixtureBytes('v3.briefdeck'));
    expect(deck).toEqual(file.deck);
    expect(deck.sections[0]?.points[0]?.children[0]?.children[0]?.cites).toEqual(['wt', 'sosa']);
    expect(deck.sections[0]?.points[0]?.portion).toBe('S');
  });

  it('migrates without touching its input', () => {
    const raw = deepFreeze(JSON.parse(fixtureText('v1.briefdeck')) as unknown);
    expect(restoreDeck(raw)).toEqual(V1_EXPECTED);
  });

  it('refuses a newer version by name, never downgrading it', () => {
    for (const version of [4, 99]) {
      let error: unknown;
      try {
        restoreDeck(envelope({ sections: [] }, version));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DeckError);
      expect((error as DeckError).code).toBe('future-version');
      expect((error as DeckError).message).toContain(`made by a newer Briefdeck (format version ${version})`);
      expect((error as DeckError).message).toContain(`up to ${FORMAT_VERSION}`);
    }
  });

  it('reports v1 shape errors by their migrated path', () => {
    expect(() => restoreDeck(envelope({ sections: [{ title: 't', points: [{ text: 'a', sub: [{ text: 7 }] }] }] }, 1))).toThrow('sections[0].points[0].children[0].text: expected text');
    expect(() => restoreDeck(envelope({ classification: 5 }, 1))).toThrow('marking.text: expected text');
  });
});
