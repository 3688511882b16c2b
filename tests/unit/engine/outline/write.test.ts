/**
 * writeOutline: the deck as outline text that parseOutline reads back to the same sections
 * (kinds, titles, nested points, citations, notes, sources, figures, decision).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDeckText } from '../../../../engine/format/index.ts';
import { parseOutlineDetailed } from '../../../../engine/outline/index.ts';
import { writeOutline } from '../../../../engine/outline/write.ts';
import type { Deck, Point } from '../../../../engine/model/schema.ts';
import { resolveMarking } from '../../../../engine/marking/index.ts';
import { sampleDeck } from '../../electron/office/_office.ts';

const shape = (d: Deck) => ({
  sources: d.sources.map((x) => [x.title, x.publisher, x.date, x.url].join('|')).sort(),
  sections: d.sections.map((s) => {
    const pts = (ps: Point[]): unknown => ps.map((p) => [p.text, p.cites.length, pts(p.children)]);
    return { kind: s.kind, title: s.title, points: pts(s.points), notes: s.notes, figures: s.figures.map((f) => [f.label, f.value, f.unit, f.asOf]), decision: s.decision && { problem: s.decision.problem, options: s.decision.options.map((o) => [o.title, o.summary]), rec: s.decision.options.findIndex((o) => o.id === s.decision?.recommendation) } };
  }),
});

describe('writeOutline', () => {
  it.each([
    ['the ROK–U.S. template (multi-word figure values such as Nov 2023)', () => parseDeckText(readFileSync('templates/rok-us-defense-industry.briefdeck', 'utf8'))],
    ['the decision template', () => parseDeckText(readFileSync('templates/decision-brief.briefdeck', 'utf8'))],
    ['a deck with every kind', () => sampleDeck()],
    ['a Korean deck', () => sampleDeck({ lang: 'ko' })],
  ])('round-trips %s through parseOutline without warnings', (_name, make) => {
    const deck = make();
    const { text } = writeOutline(deck);
    const back = parseOutlineDetailed(text);
    expect(back.warnings).toEqual([]);
    expect(back.deck.meta.title).toBe(deck.meta.title);
    expect(resolveMarking(back.deck.marking).text).toBe(resolveMarking(deck.marking).text);
    expect(shape(back.deck)).toEqual(shape(deck));
  });

  it('says what the text cannot carry', () => {
    expect(writeOutline(sampleDeck()).dropped).toEqual(['1 image']);
  });

  it('escapes a content title that reads like a kind tag', () => {
    const deck = sampleDeck();
    deck.sections[1]!.title = 'Backup: power supply';
    const back = parseOutlineDetailed(writeOutline(deck).text).deck;
    expect(back.sections[1]!.kind).toBe('content');
    expect(back.sections[1]!.title).toBe('Backup: power supply');
  });
});
