// Talking points pasted from e-mail or Word: sub-points indented without markers, Word's
// plain-text bullets (`o`, `§`, `·` + tab) and a flush-left line after an indented bullet
// must keep their nesting (issue 4), while a bullet's wrapped lines still join it.
import { describe, expect, it } from 'vitest';
import type { Point } from '../../../../engine/model/schema.ts';
import { parseOutline, parseOutlineDetailed, parseOutlinePoints } from '../../../../engine/outline/index.ts';

/** Point texts as a nested list of strings, for readable expectations. */
const texts = (points: Point[]): unknown[] => points.map((p) => (p.children.length ? [p.text, texts(p.children)] : p.text));
/** The same text read as a full outline, in one section. */
const outlined = (text: string): unknown[] => texts(parseOutline(`## S\n${text}`).sections[0]?.points ?? []);

describe('plain lines indented without a marker', () => {
  it('nest under the line above them instead of joining it', () => {
    expect(texts(parseOutlinePoints('One\n\tTabbed child'))).toEqual([['One', ['Tabbed child']]]);
    expect(outlined('One\n\tTabbed child\n')).toEqual([['One', ['Tabbed child']]]);
  });

  it('make siblings at the same indentation and step back out by indentation', () => {
    const text = 'One\n    child a\n    child b\n        grandchild\n    child c\nTwo\n';
    const expected = [['One', ['child a', ['child b', ['grandchild']], 'child c']], 'Two'];
    expect(texts(parseOutlinePoints(text))).toEqual(expected);
    expect(outlined(text)).toEqual(expected);
  });

  it('nest under a bullet when indented past its marker after a blank line', () => {
    expect(texts(parseOutlinePoints('-   wide bullet\n\n  child'))).toEqual([['wide bullet', ['child']]]);
  });

  it('count tabs and spaces by column, whichever mix the mail client used', () => {
    // "  \t" reaches column 4 like "    " and "\t"; "\t  " is column 6, one level deeper.
    const text = 'One\n  \tchild\n    sibling\n\t  grandchild\n';
    expect(texts(parseOutlinePoints(text))).toEqual([['One', ['child', ['sibling', ['grandchild']]]]]);
  });

  it('read CRLF and lone CR line endings the same as LF', () => {
    for (const eol of ['\r\n', '\r', '\n']) {
      const text = ['One', '\tchild', '\t\tgrandchild', 'Two', ''].join(eol);
      expect(texts(parseOutlinePoints(text)), JSON.stringify(eol)).toEqual([['One', [['child', ['grandchild']]]], 'Two']);
      expect(outlined(text), JSON.stringify(eol)).toEqual([['One', [['child', ['grandchild']]]], 'Two']);
    }
  });

  it('keep Korean text exactly and nest it, next to □ and ㅇ bullets', () => {
    const text = '수출 현황\n\t방산 수출 “급증”\n\t\tK9 자주포·레드백\n□ 향후 과제\n  ㅇ 품질 관리 강화\n';
    const expected = [['수출 현황', [['방산 수출 “급증”', ['K9 자주포·레드백']]]], ['향후 과제', ['품질 관리 강화']]];
    expect(texts(parseOutlinePoints(text))).toEqual(expected);
    expect(outlined(text)).toEqual(expected);
  });

  it('keep nesting across a blank line between points', () => {
    const text = 'One\n\n\tchild\n\n\tsecond child\n\nTwo\n';
    expect(texts(parseOutlinePoints(text))).toEqual([['One', ['child', 'second child']], 'Two']);
    expect(outlined(text)).toEqual([['One', ['child', 'second child']], 'Two']);
  });

  it('still stop at three levels, keeping the deeper line at level three with a warning', () => {
    const text = 'a\n\tb\n\t\tc\n\t\t\td\n';
    expect(texts(parseOutlinePoints(text))).toEqual([['a', [['b', ['c', 'd']]]]]);
    const { deck, warnings } = parseOutlineDetailed(`## S\n${text}`);
    expect(texts(deck.sections[0]?.points ?? [])).toEqual([['a', [['b', ['c', 'd']]]]]);
    expect(warnings).toEqual([{ line: 5, message: expect.stringContaining('at most 3 levels'), ui: { key: 'outlineText:warn.tooDeep', params: { max: 3 } } }]);
  });

  it('keep a ### sub-heading top-level and nest indented lines under it', () => {
    expect(outlined('  ### Part one\n\tdetail\n')).toEqual([['Part one', ['detail']]]);
  });
});

describe('Word and Outlook plain-text bullets', () => {
  it('reads "·\\t", "o\\t" and "§\\t" as bullets, nested by their indentation', () => {
    const text = '·\tOne\r\n\to\tTwo\r\n\t\t§\tThree\r\n·\tFour\r\n';
    expect(texts(parseOutlinePoints(text))).toEqual([['One', [['Two', ['Three']]]], 'Four']);
    expect(outlined(text)).toEqual([['One', [['Two', ['Three']]]], 'Four']);
  });

  it('reads the flat form (no indentation) as one point per bullet, nested by the marker kind (issue 9)', () => {
    expect(texts(parseOutlinePoints('·\tOne\no\tTwo\n§\tThree\no\tFour\n·\tFive'))).toEqual([['One', [['Two', ['Three']], 'Four']], 'Five']);
    expect(texts(parseOutlinePoints('•\tA\no\tB\n\uf0b7\tC'))).toEqual([['A', ['B']], 'C']);
  });

  it('reads Outlook\'s space-padded markers and Symbol-font bullets', () => {
    expect(texts(parseOutlinePoints('·         One\n    o   Two\n\uf0b7\tThree'))).toEqual([['One', ['Two']], 'Three']);
  });

  it('keeps "o" and "§" as text when a single space follows (a word, a section sign)', () => {
    expect(texts(parseOutlinePoints('o my\n§ 3 of the Act applies\nopen item'))).toEqual(['o my', '§ 3 of the Act applies', 'open item']);
  });
});

describe('a flush-left line after an indented bullet', () => {
  it('starts a new top-level point instead of joining the bullet', () => {
    expect(texts(parseOutlinePoints('One\n\t• child\nTwo'))).toEqual([['One', ['child']], 'Two']);
    expect(outlined('One\n\t• child\nTwo\n')).toEqual([['One', ['child']], 'Two']);
    expect(texts(parseOutlinePoints('  - a\nB\n'))).toEqual(['a', 'B']);
  });

  it('steps back to the level its indentation names', () => {
    expect(texts(parseOutlinePoints('- a\n    - b\n        - c\n  between\n'))).toEqual([['a', [['b', ['c']], 'between']]]);
  });
});

describe('continuation lines that still join their bullet', () => {
  it('joins a line indented to the bullet text, also after a blank line (Markdown)', () => {
    const text = '- a long point that\n  wraps here\n- b\n\n  more of b\n';
    expect(texts(parseOutlinePoints(text))).toEqual(['a long point that wraps here', 'b more of b']);
    expect(outlined(text)).toEqual(['a long point that wraps here', 'b more of b']);
  });

  it('measures the text column after a tab: "•\\tOne" then a tab-indented line is a wrap', () => {
    expect(texts(parseOutlinePoints('•\tOne that\n\twraps\n•\tTwo'))).toEqual(['One that wraps', 'Two']);
  });

  it('keeps Markdown lazy continuation for a bullet and a line both at the margin', () => {
    expect(texts(parseOutlinePoints('- hard-wrapped e-mail\nline\n- next'))).toEqual(['hard-wrapped e-mail line', 'next']);
    expect(outlined('- hard-wrapped e-mail\nline\n- next\n')).toEqual(['hard-wrapped e-mail line', 'next']);
  });

  it('joins a line indented past the marker but short of the text, with no blank line', () => {
    expect(texts(parseOutlinePoints('-   wide bullet\n  wrapped'))).toEqual(['wide bullet wrapped']);
  });

  it('reads a plain line at an indented bullet\'s column as its sibling, not a wrap', () => {
    expect(texts(parseOutlinePoints('One\n\t• child\n\tplain sibling'))).toEqual([['One', ['child', 'plain sibling']]]);
  });

  it('reads the docs/OUTLINE.md nesting example as the page describes it', () => {
    const text = 'Export growth\n\t•\tFrom single systems\n\t\tto large platforms\n\tK9 Thunder howitzer\n\t\tSales to Poland\nNext steps\n';
    const expected = [['Export growth', ['From single systems to large platforms', ['K9 Thunder howitzer', ['Sales to Poland']]]], 'Next steps'];
    expect(texts(parseOutlinePoints(text))).toEqual(expected);
    expect(outlined(text)).toEqual(expected);
  });
});

describe('staff-paper numbering written flush left (issue 9)', () => {
  // Points nest three levels deep (LIMITS.pointDepth): a fourth level `(a)` is kept at level three.
  it('nests 1. / a. / (1) / (a) by the kind of number, and climbs back on the next kind', () => {
    const text = ['1. Exports grew', 'a. Poland', '(1) K2 tanks', '(a) First lot delivered', '(2) K9 howitzers', 'b. Australia', '2. Cooperation deepens'].join('\n');
    expect(texts(parseOutlinePoints(text))).toEqual([['Exports grew', [['Poland', ['K2 tanks', 'First lot delivered', 'K9 howitzers']], 'Australia']], 'Cooperation deepens']);
  });

  it('nests the Korean 1. / 가. / 1) / 가) numbering and □ / ㅇ / - report bullets', () => {
    expect(texts(parseOutlinePoints('1. 수출 증가\n가. 폴란드\n1) K2 전차\n가) 1차 인도\n나. 호주\n2. 협력 심화'))).toEqual([['수출 증가', [['폴란드', ['K2 전차', '1차 인도']], '호주']], '협력 심화']);
    expect(texts(parseOutlinePoints('□ 방산 수출\nㅇ 유럽 시장\n- 폴란드\nㅇ 중동 시장\n□ 협력 전망'))).toEqual([['방산 수출', [['유럽 시장', ['폴란드']], '중동 시장']], '협력 전망']);
  });

  it('keeps Markdown lists flat when the marker changes to one that is not the next level', () => {
    expect(texts(parseOutlinePoints('- a\n* b\n1. c\n2) d\n- e'))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('does not read words, initials or decimals as numbering', () => {
    expect(texts(parseOutlinePoints('a quick note\ne.g. this\n1.5 million\n(see annex)'))).toEqual(['a quick note', 'e.g. this', '1.5 million', '(see annex)']);
  });
});
