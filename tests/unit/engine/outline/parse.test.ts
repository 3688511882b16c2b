import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DeckError, restoreDeck } from '../../../../engine/format/index.ts';
import type { Deck, Point } from '../../../../engine/model/schema.ts';
import { IMPLICIT_SECTION_TITLE, OutlineError, parseOutline, parseOutlineDetailed, parseOutlinePoints } from '../../../../engine/outline/index.ts';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../../fixtures/_outlines/${name}`, import.meta.url)), 'utf8');

/** Point texts as a nested list of strings, for readable expectations. */
const texts = (points: Point[]): unknown[] => points.map((p) => (p.children.length ? [p.text, texts(p.children)] : p.text));
const section = (deck: Deck, index: number) => {
  const s = deck.sections[index];
  if (!s) throw new Error(`no section ${index}`);
  return s;
};

describe('parseOutline: structure', () => {
  it('reads the deck title, deck facts, marking and sections with their kinds', () => {
    const deck = parseOutline(fixture('seed-brief.md'));
    expect(deck.meta).toMatchObject({ title: 'ROK–U.S. Defense-Industry Cooperation', subtitle: 'Information briefing', presenter: 'Policy Division', date: '2024-06-10', asOf: '2024-06-03', lang: 'en' });
    expect(deck.marking).toEqual({ level: 'unclassified', controls: '', text: '', color: '', textColor: '' });
    expect(deck.sections.map((s) => [s.kind, s.title])).toEqual([
      ['bluf', 'BLUF'],
      ['content', 'Export growth'],
      ['backup', 'Treaty timeline'],
    ]);
    expect(texts(section(deck, 1).points)).toEqual(['K9 Thunder self-propelled howitzer', ['Larger platforms', ['Naval vessels', 'Aircraft']]]);
  });

  it('gives what it builds to restoreDeck unchanged: the result is a valid deck', () => {
    const deck = parseOutline(fixture('seed-brief.md'));
    expect(restoreDeck(structuredClone(deck))).toEqual(deck);
  });

  it('reads kind tags, an escaped tag and untagged headings', () => {
    const deck = parseOutline('## BLUF: Exports are up\n## Decision: Pick a path\n## Appendix\n## \\Backup: a literal title\n## Notes on the budget\n');
    expect(deck.sections.map((s) => [s.kind, s.title])).toEqual([
      ['bluf', 'Exports are up'],
      ['decision', 'Pick a path'],
      ['backup', 'Appendix'],
      ['content', 'Backup: a literal title'],
      ['content', 'Notes on the budget'],
    ]);
  });

  it('reads headings named like Object members as plain content titles', () => {
    const deck = parseOutline('## constructor\n## __proto__: x\n## toString\n');
    expect(deck.sections.map((s) => [s.kind, s.title])).toEqual([
      ['content', 'constructor'],
      ['content', '__proto__: x'],
      ['content', 'toString'],
    ]);
  });

  it('puts points written before the first ## into an implicit section', () => {
    const deck = parseOutline('# Title\n- first point\n\n## Next\n- second\n');
    expect(deck.sections.map((s) => s.title)).toEqual([IMPLICIT_SECTION_TITLE, 'Next']);
    expect(texts(section(deck, 0).points)).toEqual(['first point']);
  });

  it('reads a later # heading as a section and says so', () => {
    const { deck, warnings } = parseOutlineDetailed('# Title\n## One\n# Two\n');
    expect(deck.sections.map((s) => s.title)).toEqual(['One', 'Two']);
    expect(warnings).toEqual([{ line: 3, message: expect.stringContaining('second "#" heading'), ui: { key: 'outlineText:warn.secondTitle' } }]);
  });

  it('keeps an empty outline a valid, empty deck', () => {
    const deck = parseOutline('');
    expect(deck.sections).toEqual([]);
    expect(deck.meta.title).toBe('Untitled briefing');
  });
});

describe('parseOutline: points', () => {
  it('nests by 2 spaces, 4 spaces or tabs alike', () => {
    for (const unit of ['  ', '    ', '\t']) {
      const deck = parseOutline(`## S\n- a\n${unit}- b\n${unit}${unit}- c\n- d\n`);
      expect(texts(section(deck, 0).points)).toEqual([['a', [['b', ['c']]]], 'd']);
    }
  });

  it('accepts -, *, +, 1. and 1) and e-mail bullets (•, ◦, ▪)', () => {
    const deck = parseOutline('## S\n- a\n* b\n+ c\n1. d\n2) e\n• f\n  ◦ g\n    ▪ h\n');
    expect(texts(section(deck, 0).points)).toEqual(['a', 'b', 'c', 'd', 'e', ['f', [['g', ['h']]]]]);
  });

  it('does not take **bold**, -5% or 1.5 for list markers', () => {
    const deck = parseOutline('## S\n**Bold** start\n-5% drop\n1.5 million\n');
    expect(texts(section(deck, 0).points)).toEqual(['**Bold** start', '-5% drop', '1.5 million']);
  });

  it('keeps points deeper than three levels at level three and warns', () => {
    const { deck, warnings } = parseOutlineDetailed('## S\n- 1\n  - 2\n    - 3\n      - 4\n        - 5\n    - 3b\n');
    expect(texts(section(deck, 0).points)).toEqual([['1', [['2', ['3', '4', '5', '3b']]]]]);
    expect(warnings.map((w) => w.line)).toEqual([5, 6]);
  });

  it('joins wrapped lines of a bullet (indented or not) and keeps unbulleted lines apart', () => {
    const deck = parseOutline('## S\n- a long point that\n  wraps here\n- and one that\nwraps lazily\n\nplain one\nplain two\n');
    expect(texts(section(deck, 0).points)).toEqual(['a long point that wraps here', 'and one that wraps lazily', 'plain one', 'plain two']);
  });

  it('reads ### headings inside a section as top-level points', () => {
    const deck = parseOutline('## S\n### Sub heading\n- under it\n');
    expect(texts(section(deck, 0).points)).toEqual(['Sub heading', 'under it']);
  });

  it('ends a notes paragraph at a ### heading', () => {
    const deck = parseOutline('## S\nNotes: say this\n### Next part\nplain point\n');
    expect(section(deck, 0).notes).toBe('say this');
    expect(texts(section(deck, 0).points)).toEqual(['Next part', 'plain point']);
  });
});

describe('parseOutline: notes', () => {
  it('takes a Notes: paragraph, indented follow-on paragraphs and HTML comments', () => {
    const deck = parseOutline('## S\n- point\nNotes: first line\nsecond line\n\n  another paragraph\n<!-- from a\ncomment -->\n- after\n');
    const s = section(deck, 0);
    expect(s.notes).toBe('first line\nsecond line\n\nanother paragraph\n\nfrom a\ncomment');
    expect(texts(s.points)).toEqual(['point', 'after']);
  });

  it('gives a comment on a heading line to that section and keeps line numbers true', () => {
    const { deck, warnings } = parseOutlineDetailed('## One <!-- one\nnote -->\n- a\n## Two\n- b [9]\n');
    expect(section(deck, 0).notes).toBe('one\nnote');
    expect(section(deck, 0).title).toBe('One');
    expect(warnings).toEqual([{ line: 5, message: expect.stringContaining('no "Sources:" list'), ui: { key: 'outlineText:warn.noSources', params: { n: 9 } } }]);
  });

  it('keeps an unterminated <!-- as text and warns', () => {
    const { deck, warnings } = parseOutlineDetailed('## S\n- x <!-- never closed\n');
    expect(texts(section(deck, 0).points)).toEqual(['x <!-- never closed']);
    expect(warnings[0]).toMatchObject({ line: 2 });
  });

  it('treats a bulleted "- Note:" as a point, not as notes', () => {
    const deck = parseOutline('## S\n- Note: exports fell\n');
    expect(texts(section(deck, 0).points)).toEqual(['Note: exports fell']);
    expect(section(deck, 0).notes).toBe('');
  });
});

describe('parseOutline: sources and citations', () => {
  it('reads title, publisher, date and URL, and turns [n] markers into cites', () => {
    const deck = parseOutline(
      '## S\n- Exports rose [1].\n- Two sources [1, 2]\n- Code `a[1]` and a [link](https://x.org) stay\nSources:\n- Title, Publisher, 2024-06-03, https://example.org/a\n- "A title, with a comma", The Washington Times, June 3, 2024\n',
    );
    const s = section(deck, 0);
    expect(deck.sources.map(({ title, publisher, date, url }) => ({ title, publisher, date, url }))).toEqual([
      { title: 'Title', publisher: 'Publisher', date: '2024-06-03', url: 'https://example.org/a' },
      { title: 'A title, with a comma', publisher: 'The Washington Times', date: '2024-06-03', url: '' },
    ]);
    const [a, b] = deck.sources;
    expect(s.points.map((p) => [p.text, p.cites])).toEqual([
      ['Exports rose.', [a?.id]],
      ['Two sources', [a?.id, b?.id]],
      ['Code `a[1]` and a [link](https://x.org) stay', []],
    ]);
  });

  it('honours explicit [n] numbers on sources and warns about numbers that match none', () => {
    const { deck, warnings } = parseOutlineDetailed('## S\n- cites three [3]\n- cites one [1]\nSources:\n- [3] Third, Pub\n');
    const s = section(deck, 0);
    expect(s.points.map((p) => [p.text, p.cites.length])).toEqual([
      ['cites three', 1],
      ['cites one [1]', 0],
    ]);
    expect(warnings).toEqual([{ line: 3, message: expect.stringContaining('[1] matches no source'), ui: expect.objectContaining({ key: 'outlineText:warn.unknownCite' }) }]);
  });

  it('accepts a Sources: list without bullets and a single inline source', () => {
    const deck = parseOutline('## A\nSources:\nFirst, Pub A\nSecond, Pub B\n## B\nSource: Only one, Pub C, 2024-01-02\n');
    expect(deck.sources.map((s) => [s.title, s.publisher, s.date])).toEqual([
      ['First', 'Pub A', ''],
      ['Second', 'Pub B', ''],
      ['Only one', 'Pub C', '2024-01-02'],
    ]);
  });

  it('makes the same source listed in several sections one deck source, cited from each', () => {
    const deck = parseOutline('## A\n- a [1]\nSources:\n- Op-ed, The Washington Times, 2024-06-03\n## B\n- b [1]\n- c [2]\nSources:\n- [2] Other, Pub\n- [1]  op-ed ,  the washington times, June 3, 2024\n');
    expect(deck.sources.map((s) => s.title)).toEqual(['Op-ed', 'Other']);
    const [op, other] = deck.sources;
    expect(section(deck, 0).points[0]?.cites).toEqual([op?.id]);
    expect(section(deck, 1).points.map((p) => p.cites)).toEqual([[op?.id], [other?.id]]);
  });

  it('keeps non-http URLs out of the url field', () => {
    const deck = parseOutline('## S\nSources:\n- Bad, Pub, javascript:alert(1)\n');
    expect(deck.sources[0]).toMatchObject({ url: '' });
  });
});

describe('parseOutline: figures and decisions', () => {
  it('reads key figures with unit, as-of date and source', () => {
    const deck = parseOutline('## S\nFigures:\n- Exports: 17.3 billion USD (as of 2023-12-31) [1]\nSources:\n- Report, Agency\n');
    const s = section(deck, 0);
    expect(s.figures).toEqual([{ id: expect.any(String), label: 'Exports', value: '17.3 billion', unit: 'USD', asOf: '2023-12-31', sourceId: deck.sources[0]?.id }]);
  });

  it('reads problem, options and the recommendation in a decision section', () => {
    const deck = parseOutline('## Decision: Pick\nProblem: We must choose.\nOptions:\n- Buy: fast\n- Build — cheap\nRecommendation: Option 2\n');
    const d = section(deck, 0).decision;
    expect(d?.problem).toBe('We must choose.');
    expect(d?.options.map((o) => [o.title, o.summary])).toEqual([
      ['Buy', 'fast'],
      ['Build', 'cheap'],
    ]);
    expect(d?.recommendation).toBe(d?.options[1]?.id);
  });

  it('keeps a recommendation that names no option as a point, and warns', () => {
    const { deck, warnings } = parseOutlineDetailed('## Decision: Pick\nOptions:\n- Buy\nRecommendation: wait a year\n');
    expect(texts(section(deck, 0).points)).toEqual(['Recommendation: wait a year']);
    expect(warnings).toHaveLength(1);
  });

  it('reads "Problem:" as an ordinary point outside decision sections', () => {
    const deck = parseOutline('## S\nProblem: none here\n');
    expect(texts(section(deck, 0).points)).toEqual(['Problem: none here']);
  });
});

describe('parseOutline: text drafted in e-mail comes in intact', () => {
  it('reads CRLF, tabs, • bullets, smart quotes and Korean', () => {
    const deck = parseOutline(fixture('email-korean.md'));
    expect(deck.meta.title).toBe('이메일 초안');
    expect(deck.meta.lang).toBe('ko');
    const s = section(deck, 0);
    expect(texts(s.points)).toEqual([['방산 수출이 “급증”했다', ['**“공개 문서는 점검한다”**는 원칙']]]);
    expect(s.points[0]?.cites).toEqual([deck.sources[0]?.id]);
    expect(s.notes).toBe('핵심만 말한다.');
    expect(deck.sources[0]).toMatchObject({ title: '워싱턴 타임스 기고', publisher: 'The Washington Times', date: '2024-06-03' });
  });

  it('drops a byte-order mark and reads lone CRs as line breaks', () => {
    const deck = parseOutline('\ufeff# T\r## S\r- a\r');
    expect(deck.meta.title).toBe('T');
    expect(texts(section(deck, 0).points)).toEqual(['a']);
  });

  it('keeps HTML and script in text as text (escaping is the compiler’s job)', () => {
    const deck = parseOutline('## <img src=x onerror=alert(1)>\n- <script>alert(1)</script> ${x} `y`\n');
    expect(section(deck, 0).title).toBe('<img src=x onerror=alert(1)>');
    expect(texts(section(deck, 0).points)).toEqual(['<script>alert(1)</script> ${x} `y`']);
  });
});

describe('parseOutline: limits', () => {
  it('refuses a title over the schema limit with one line naming the line number', () => {
    let error: unknown;
    try {
      parseOutline(fixture('title-too-long.md'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OutlineError);
    expect(error).toBeInstanceOf(DeckError);
    expect((error as OutlineError).message).toBe('line 3: section title longer than 500 characters');
    expect((error as OutlineError).exitCode).toBe(1);
  });

  it('refuses a line longer than a point may be', () => {
    expect(() => parseOutline(`## S\n- ${'x'.repeat(20_001)}\n`)).toThrow('line 2: line longer than 20000 characters');
  });

  it('refuses more sections than a deck holds', () => {
    expect(() => parseOutline('## s\n'.repeat(2001))).toThrow('line 2001: a deck holds at most 2000 sections');
  });

  it('reads hostile lines (long runs of spaces, brackets and commas) as text', () => {
    // A quadratic regex would hang here past the test timeout; the linear code does not.
    const line = `- ${' '.repeat(9000)}[${',1'.repeat(3000)}`;
    const deck = parseOutline(`## S\n${line}\nSources:\n- x${','.repeat(19_000)}\n`);
    expect(section(deck, 0).points[0]?.text).toBe(line.slice(2).trim());
    expect(deck.sources[0]?.title).toBe('x');
  });
});

describe('parseOutlinePoints (paste)', () => {
  it('returns nested points, reading headings and labels as plain text', () => {
    const points = parseOutlinePoints('• one\n\t◦ two\n## Heading\nNotes: kept as text\n<!-- also text -->\n');
    expect(texts(points)).toEqual([['one', ['two']], 'Heading', 'Notes: kept as text', '<!-- also text -->']);
  });

  it('leaves [n] markers as text and gives every point a fresh id', () => {
    const points = parseOutlinePoints('- a [1]\n- b');
    expect(points.map((p) => p.text)).toEqual(['a [1]', 'b']);
    expect(new Set(points.map((p) => p.id)).size).toBe(2);
    expect(points.every((p) => /^[A-Za-z0-9_-]{1,64}$/.test(p.id))).toBe(true);
  });

  it('returns nothing for blank text', () => {
    expect(parseOutlinePoints(' \n\n\t\n')).toEqual([]);
  });
});

describe('parseOutline: Korean labels and tags', () => {
  it('reads 결론 / 부록 headings and 메모 / 출처 labels', () => {
    const deck = parseOutline('## 결론\n- 수출 증가 [1]\n메모: 짧게 말한다.\n출처:\n- 기고문, 워싱턴 타임스, 2024년 6월 3일\n## 부록: 용어\n- MRO\n');
    expect(deck.sections.map((s) => [s.kind, s.title])).toEqual([
      ['bluf', '결론'],
      ['backup', '용어'],
    ]);
    const s = section(deck, 0);
    expect(s.notes).toBe('짧게 말한다.');
    expect(deck.sources[0]).toMatchObject({ title: '기고문', publisher: '워싱턴 타임스', date: '2024-06-03' });
    expect(s.points[0]?.cites).toEqual([deck.sources[0]?.id]);
  });
});

describe('text from e-mail, Word and staff papers (issue 9)', () => {
  it('leaves no literal tab in points, titles, notes or figures', () => {
    const { deck } = parseOutlineDetailed('# Deck\n## Export\tgrowth\n- K9\tThunder\t\t howitzer\nNotes: say\tit slowly\nFigures:\n- Units:\t1,000\tunits\n');
    const json = JSON.stringify(deck);
    expect(json).not.toContain('\\t');
    expect(deck.sections[0]?.title).toBe('Export growth');
    expect(deck.sections[0]?.points[0]?.text).toBe('K9 Thunder howitzer');
    expect(deck.sections[0]?.figures[0]).toMatchObject({ value: '1,000', unit: 'units' });
  });

  it('reads Theme: and Aspect: as settings and warns about an unknown header label instead of making a slide', () => {
    const { deck, warnings } = parseOutlineDetailed('# Readiness\nTheme: dark\nAspect: 4:3\nTo: all staff\n\n## BLUF\n- Ready by Q3\n');
    expect(deck.settings.theme).toBe('briefing-dark');
    expect(deck.settings.aspect).toBe('4:3');
    expect(deck.sections.map((s) => s.title)).toEqual(['BLUF']);
    expect(warnings).toEqual([
      {
        line: 4,
        message: 'unknown label "To:" before the first section; the line is ignored: To: all staff',
        ui: { key: 'outlineText:warn.unknownLabel', params: { label: 'To', text: 'To: all staff' } },
      },
    ]);
  });

  it('keeps a Label: line as a point once the points have started, and a URL line as text', () => {
    const { deck } = parseOutlineDetailed('https://example.org/brief\nKorea: exports grew\n');
    expect(deck.sections[0]?.points.map((p) => p.text)).toEqual(['https://example.org/brief', 'Korea: exports grew']);
  });

  it('keeps multi-word key-figure values whole and splits a number from its unit', () => {
    const { deck } = parseOutlineDetailed('## S\nFigures:\n- SOSA signed: Nov 2023\n- 체결: 2023년 11월\n- Budget: 4.2 million USD\n- Share: 40 %\n- Exports: 17.3 billion USD\n- Status: Under way\n- Units: 12 howitzers\n');
    expect(deck.sections[0]?.figures.map((f) => [f.value, f.unit])).toEqual([
      ['Nov 2023', ''],
      ['2023년 11월', ''],
      ['4.2 million', 'USD'],
      ['40 %', ''],
      ['17.3 billion', 'USD'],
      ['Under way', ''],
      ['12', 'howitzers'],
    ]);
  });

  it('turns an e-mail with no headings into a one-section deck and says so', () => {
    const { deck, warnings } = parseOutlineDetailed('Hi all,\n\nExports grew in 2023.\nPoland bought K2 tanks.\n');
    expect(deck.sections).toHaveLength(1);
    expect(deck.sections[0]?.points.map((p) => p.text)).toEqual(['Hi all,', 'Exports grew in 2023.', 'Poland bought K2 tanks.']);
    expect(warnings.at(-1)?.message).toMatch(/^no "##" headings: everything is one section/);
  });

  it('nests a staff paper written flush left in a full outline', () => {
    const { deck } = parseOutlineDetailed('## Background\n1. Exports grew\na. Poland\n(1) K2 tanks\nb. Australia\n2. Cooperation deepens\n');
    const pts = deck.sections[0]?.points ?? [];
    expect(pts.map((p) => p.text)).toEqual(['Exports grew', 'Cooperation deepens']);
    expect(pts[0]?.children.map((p) => p.text)).toEqual(['Poland', 'Australia']);
    expect(pts[0]?.children[0]?.children.map((p) => p.text)).toEqual(['K2 tanks']);
  });
});
