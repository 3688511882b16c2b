import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../../../engine/export/index.ts';
import { DeckError, parseDeckText, restoreDeck } from '../../../../engine/format/index.ts';
import type { Deck, Point } from '../../../../engine/model/schema.ts';
import { TEMPLATES, getTemplate } from '../../../../engine/templates/index.ts';

const templateFile = (id: string): string => readFileSync(fileURLToPath(new URL(`../../../../templates/${id}.briefdeck`, import.meta.url)), 'utf8');
const allText = (points: Point[]): string => points.map((p) => `${p.text}\n${allText(p.children)}`).join('');
const deckText = (deck: Deck): string => deck.sections.map((s) => `${s.title}\n${allText(s.points)}${s.notes}`).join('\n');

describe('TEMPLATES', () => {
  it('lists the four templates by id, each with a name and a description', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['rok-us-defense-industry', 'information-brief', 'decision-brief', 'blank']);
    for (const t of TEMPLATES) {
      expect(t.name.length).toBeGreaterThan(0);
      expect(t.description.length).toBeGreaterThan(0);
    }
  });

  it.each(TEMPLATES.map((t) => [t.id]))('%s: the file is a current-version envelope that restores to the listed deck', (id) => {
    const text = templateFile(id);
    expect(JSON.parse(text)).toMatchObject({ type: 'briefdeck', version: 3 });
    const deck = parseDeckText(text);
    expect(deck).toEqual(TEMPLATES.find((t) => t.id === id)?.deck);
    expect(restoreDeck(structuredClone(deck))).toEqual(deck);
  });

  it.each(TEMPLATES.map((t) => [t.id]))('%s: compiles to one offline HTML file', (id) => {
    const html = compileDeck(getTemplate(id));
    expect(html.startsWith('<!doctype html>') || html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<script[^>]+src=/i);
  });
});

describe('getTemplate', () => {
  it('returns a fresh copy each time', () => {
    const a = getTemplate('information-brief');
    a.sections[0]!.title = 'changed';
    a.meta.title = 'changed';
    const b = getTemplate('information-brief');
    expect(b.meta.title).toBe('Information briefing');
    expect(b.sections[0]?.title).toBe('The bottom line, in one sentence');
    expect(TEMPLATES.find((t) => t.id === 'information-brief')?.deck.meta.title).toBe('Information briefing');
  });

  it('refuses an unknown id with a DeckError', () => {
    expect(() => getTemplate('nope')).toThrow(DeckError);
    expect(() => getTemplate('nope')).toThrow('no template called "nope"');
  });
});

describe('the ROK–U.S. defense-industry template', () => {
  const deck = getTemplate('rok-us-defense-industry');

  it('has the briefing’s sections in order, ending with a backup section', () => {
    expect(deck.sections.map((s) => s.kind)).toEqual(['bluf', 'content', 'content', 'content', 'content', 'content', 'backup']);
    expect(deck.sections.map((s) => s.title)).toEqual([
      'K-defense and the alliance grow together',
      'Export growth: from single systems to large platforms',
      'The alliance’s virtuous cycle',
      'Supply-chain security',
      'The U.S. National Defense Industrial Strategy',
      'Cooperation outlook',
      'Backup: timeline and terms',
    ]);
  });

  it('carries a marking and real speaker notes on every section', () => {
    expect(deck.marking.level).toBe('unclassified');
    for (const s of deck.sections) expect(s.notes.length, s.title).toBeGreaterThan(80);
  });

  it('covers the article’s facts', () => {
    const text = deckText(deck);
    for (const fact of ['K9 Thunder', 'naval vessels', 'aircraft', '1953 Mutual Defense Treaty', 'Technology transfer', 'joint R&D', 'military aid', 'MRO', 'SOSA', 'November 2023', 'RDP-A', 'National Defense Industrial Strategy', 'Third-country markets', 'joint development']) {
      expect(text, fact).toContain(fact);
    }
  });

  it('holds the Washington Times op-ed of June 3, 2024 once, and every point cites it', () => {
    expect(deck.sources).toEqual([expect.objectContaining({ publisher: 'The Washington Times', date: '2024-06-03' })]);
    for (const s of deck.sections) for (const p of s.points) expect(p.cites, p.text).toEqual([deck.sources[0]?.id]);
  });

  it('shows only key figures the article states, each with its source', () => {
    const figures = deck.sections.flatMap((s) => s.figures.map((f) => ({ ...f, section: s })));
    expect(figures.map((f) => f.value)).toEqual(['2020', '1953', 'Nov 2023']);
    for (const f of figures) expect(deck.sources.map((s) => s.id)).toContain(f.sourceId);
  });
});

describe('the decision-brief template', () => {
  const deck = getTemplate('decision-brief');

  it('walks problem, facts, assumptions, options, recommendation, coordination and the request', () => {
    expect(deck.sections.filter((s) => s.kind !== 'backup').map((s) => s.title)).toEqual(['Problem', 'Facts', 'Assumptions', 'Options', 'Recommendation', 'Coordination', 'Request for decision']);
  });

  it('uses decision sections for the options and the recommendation, marking the recommended option', () => {
    const options = deck.sections.find((s) => s.title === 'Options');
    const recommendation = deck.sections.find((s) => s.title === 'Recommendation');
    expect(options?.kind).toBe('decision');
    expect(options?.decision?.options.map((o) => o.title)).toEqual(['Option 1', 'Option 2', 'Option 3']);
    expect(options?.decision?.recommendation).toBe(options?.decision?.options[1]?.id);
    expect(recommendation?.kind).toBe('decision');
    expect(recommendation?.points[0]?.text).toBe('Recommend Option 2');
  });
});

describe('the blank template', () => {
  it('has no sections and no marking', () => {
    const deck = getTemplate('blank');
    expect(deck.sections).toEqual([]);
    expect(deck.marking.level).toBe('none');
  });
});
