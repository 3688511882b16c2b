import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DeckError, FORMAT_VERSION, MIGRATIONS, OLDEST_VERSION, parseDeckBytes, parseDeckText, restoreDeck } from '../../../../engine/format/index.ts';
import type { Deck } from '../../../../engine/model/schema.ts';
import { DECKS_DIR, deepFreeze, envelope, fixtureBytes, fixtureText } from './_helpers.ts';

const MARKING_DEFAULT = { color: '#007a33', textColor: '#ffffff' };
const leaf = (id: string, text: string, children: Deck['sections'][number]['points'] = []) => ({ id, text, cites: [], children });

/** What tests/fixtures/_decks/v1.briefdeck must restore to: marking from classification, ids from position. */
const V1_EXPECTED: Deck = {
  meta: { title: 'Supply-chain security update', subtitle: '', presenter: 'J. Kim', office: '', organisation: '', date: '2024-06-03', asOf: '', lang: 'en' },
  marking: { text: 'UNCLASSIFIED // FOR TRAINING', ...MARKING_DEFAULT },
  settings: { theme: 'briefing-light', aspect: '4:3', slideNumber: true, transition: 'none', agenda: false, targetMinutes: 10 },
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
      sources: [],
      figures: [],
      image: null,
      marking: null,
      decision: null,
      table: null,
      chart: null,
    },
    {
      id: 's2',
      kind: 'backup',
      title: 'Sources',
      points: [],
      notes: '',
      sources: [{ id: 's2-src1', title: 'Op-ed', publisher: 'The Washington Times', date: '2024-06-03', url: '' }],
      figures: [],
      image: null,
      marking: { text: 'UNCLASSIFIED', ...MARKING_DEFAULT },
      decision: null,
      table: null,
      chart: null,
    },
  ],
};

describe('format versions', () => {
  it('writes version 2 and can migrate every version since the first', () => {
    expect(FORMAT_VERSION).toBe(2);
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

  it('restores the v2 fixture exactly as written (every field of its time is present in it)', () => {
    const file = JSON.parse(fixtureText('v2.briefdeck')) as { deck: Deck };
    const deck = parseDeckBytes(fixtureBytes('v2.briefdeck'));
    // Tables and charts came later; a v2 section has neither.
    expect(deck).toEqual({ ...file.deck, sections: file.deck.sections.map((s) => ({ ...s, table: null, chart: null })) });
    expect(deck.meta.lang).toBe('ko');
    expect(deck.sections[0]?.points[0]?.children[0]?.children[0]?.cites).toEqual(['wt']);
    expect(deck.sections[1]?.decision?.recommendation).toBe('o1');
  });

  it('migrates without touching its input', () => {
    const raw = deepFreeze(JSON.parse(fixtureText('v1.briefdeck')) as unknown);
    expect(restoreDeck(raw)).toEqual(V1_EXPECTED);
  });

  it('refuses a newer version by name, never downgrading it', () => {
    for (const version of [3, 99]) {
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
