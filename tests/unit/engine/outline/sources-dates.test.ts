import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../../engine/outline/dates.ts';
import { parseSourceLine } from '../../../../engine/outline/sources.ts';

describe('parseDate', () => {
  it.each([
    ['2024-06-03', '2024-06-03'],
    ['2024.6.3', '2024-06-03'],
    ['2024/06/03', '2024-06-03'],
    ['2024년 6월 3일', '2024-06-03'],
    ['June 3, 2024', '2024-06-03'],
    ['Monday, June 3, 2024', '2024-06-03'],
    ['3 Jun 2024', '2024-06-03'],
    ['Sept. 9, 2023', '2023-09-09'],
  ])('reads %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each(['06/03/2024', '2024-02-30', 'Mayday 3, 2024', 'June 2024', 'yesterday', ''])('refuses %s rather than guess', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});

describe('parseSourceLine', () => {
  it('reads from the end: URL, date, publisher, then the title', () => {
    expect(parseSourceLine('Title, Publisher, 2024-06-03, https://example.org/a?b=1')).toEqual({ number: null, title: 'Title', publisher: 'Publisher', date: '2024-06-03', url: 'https://example.org/a?b=1' });
  });

  it('keeps commas inside a quoted title and reads a Markdown link', () => {
    expect(parseSourceLine('“Korea, the U.S. and industry”, The Washington Times, June 3, 2024')).toMatchObject({ title: 'Korea, the U.S. and industry', publisher: 'The Washington Times', date: '2024-06-03' });
    expect(parseSourceLine('[The op-ed](https://example.org/x), The Washington Times')).toMatchObject({ title: 'The op-ed', url: 'https://example.org/x', publisher: 'The Washington Times' });
  });

  it('takes a lone part as the title and an explicit [n]', () => {
    expect(parseSourceLine('[4] Just a title')).toEqual({ number: 4, title: 'Just a title', publisher: '', date: '', url: '' });
  });

  it('uses the URL as the title when nothing else is given', () => {
    expect(parseSourceLine('<https://example.org/only>')).toMatchObject({ title: 'https://example.org/only', url: 'https://example.org/only' });
  });
});
