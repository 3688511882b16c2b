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
  it('lists the templates by id, each with a name and a description in both UI languages', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['rok-us-defense-industry', 'rok-us-defense-industry-ko', 'information-brief', 'decision-brief', 'decision-brief-ko', 'blank']);
    for (const t of TEMPLATES) {
      expect(t.name.en, t.id).toMatch(/^[\x20-\x7e’–]+$/);
      expect(t.description.en.length, t.id).toBeGreaterThan(10);
      expect(t.name.ko, t.id).toMatch(/[가-힣]/);
      expect(t.description.ko, t.id).toMatch(/[가-힣]/);
    }
    // Names tell the templates apart in either language.
    for (const lang of ['en', 'ko'] as const) expect(new Set(TEMPLATES.map((t) => t.name[lang])).size).toBe(TEMPLATES.length);
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

/** Each point's id and depth, in reading order: the shape of the outline without its words. */
const shape = (points: Point[], depth = 1): string[] => points.flatMap((p) => [`${depth}:${p.id}:${p.cites.join(',')}`, ...shape(p.children, depth + 1)]);
const allPoints = (points: Point[]): Point[] => points.flatMap((p) => [p, ...allPoints(p.children)]);

describe.each([
  ['rok-us-defense-industry-ko', 'rok-us-defense-industry'],
  ['decision-brief-ko', 'decision-brief'],
])('the Korean template %s (translated from %s)', (koId, enId) => {
  const ko = getTemplate(koId);
  const en = getTemplate(enId);

  it('is a Korean deck: meta.lang ko, Korean title and sections', () => {
    expect(ko.meta.lang).toBe('ko');
    expect(ko.meta.title).toMatch(/[가-힣]/);
    for (const s of ko.sections) expect(s.title, s.id).toMatch(/[가-힣]/);
  });

  it('follows the English template point for point: same sections, kinds, outline, citations, settings and marking', () => {
    expect(ko.sections.map((s) => [s.id, s.kind])).toEqual(en.sections.map((s) => [s.id, s.kind]));
    for (const [i, s] of ko.sections.entries()) {
      const e = en.sections[i]!;
      expect(shape(s.points), s.id).toEqual(shape(e.points));
      expect(s.figures.map((f) => [f.id, f.asOf, f.sourceId]), s.id).toEqual(e.figures.map((f) => [f.id, f.asOf, f.sourceId]));
      expect(s.decision?.options.map((o) => o.id), s.id).toEqual(e.decision?.options.map((o) => o.id));
      expect(s.decision?.recommendation, s.id).toEqual(e.decision?.recommendation);
      expect(s.notes.length, s.id).toBeGreaterThan(20);
      expect(s.notes, s.id).toMatch(/[가-힣]/);
    }
    expect(ko.sources.map((x) => [x.id, x.publisher, x.date, x.url])).toEqual(en.sources.map((x) => [x.id, x.publisher, x.date, x.url]));
    expect(ko.settings).toEqual(en.settings);
    expect(ko.marking).toEqual(en.marking);
    expect(ko.meta.asOf).toBe(en.meta.asOf);
  });

  it('writes points in briefing style (개조식): every point in Korean, none ending in a sentence’s -다 or a full stop', () => {
    for (const p of ko.sections.flatMap((s) => allPoints(s.points))) {
      expect(p.text, p.id).toMatch(/[가-힣]/);
      expect(p.text, p.id).not.toMatch(/(다|\.)$/);
    }
  });

  it('compiles with Korean labels and keep-all line breaking on every slide', () => {
    const html = compileDeck(ko);
    expect(html).toMatch(/<html[^>]* lang="ko"/);
    expect(html).toContain('목차');
    expect(html).not.toMatch(/<section(?![^>]*lang="ko")[^>]*>/);
  });
});

describe('the Korean ROK–U.S. template', () => {
  const deck = getTemplate('rok-us-defense-industry-ko');

  it('shows the same key figures as the English template, written in Korean', () => {
    expect(deck.sections.flatMap((s) => s.figures.map((f) => f.value + f.unit))).toEqual(['2020년', '1953년', '2023년 11월']);
  });

  it('keeps the article’s facts and the standard Korean names of the agreements', () => {
    const text = deckText(deck);
    for (const fact of ['K9 자주포', '함정', '항공기', '1953년 한미상호방위조약', '기술이전', '공동 연구개발', '군사 원조', 'MRO', '공급안정화약정(SOSA)', '2023년 11월', '국방상호조달협정(RDP-A)', '국가국방산업전략(NDIS)', '제3국 시장', '공동개발', '코로나19', '우크라이나']) {
      expect(text, fact).toContain(fact);
    }
  });

  it('dates its title slide and figures in Korean', () => {
    const html = compileDeck(deck);
    expect(html).toContain('2024년 6월 3일 기준');
    expect(html).not.toMatch(/기준 \d{4}-/);
  });
});
