import { describe, expect, it } from 'vitest';
import { renderSlides } from '../../../../engine/compile/index.ts';
import { formatAsOf, formatDeckDate } from '../../../../engine/compile/dates.ts';
import { createSlideCache } from '../../../../engine/compile/slide-cache.ts';
import { layoutDeck } from '../../../../engine/layout/index.ts';
import { DeckSchema, type Deck } from '../../../../engine/model/schema.ts';

describe('formatDeckDate', () => {
  it('writes the day in the deck language: day-month-year in English, 년 월 일 in Korean', () => {
    expect(formatDeckDate('2024-06-10', 'en')).toBe('10 June 2024');
    expect(formatDeckDate('2024-06-10', 'en-US')).toBe('10 June 2024');
    expect(formatDeckDate('2024-06-10', 'ko')).toBe('2024년 6월 10일');
    expect(formatDeckDate('2024-06-03', 'ko-KR')).toBe('2024년 6월 3일');
    // Other languages follow the English labels, as the slide words do.
    expect(formatDeckDate('2024-12-31', 'fr')).toBe('31 December 2024');
  });

  it('never shifts the day, whatever the time zone of the machine (first and last days of the year)', () => {
    expect(formatDeckDate('2024-01-01', 'en')).toBe('1 January 2024');
    expect(formatDeckDate('2023-12-31', 'ko')).toBe('2023년 12월 31일');
    expect(formatDeckDate('2024-02-29', 'en')).toBe('29 February 2024');
  });

  it('leaves empty, non-ISO and impossible dates as they were instead of inventing another day', () => {
    expect(formatDeckDate('', 'en')).toBe('');
    expect(formatDeckDate('June 2024', 'en')).toBe('June 2024');
    expect(formatDeckDate('2023-02-29', 'en')).toBe('2023-02-29');
    expect(formatDeckDate('2024-13-01', 'ko')).toBe('2024-13-01');
  });

  it('keeps years below 100 as written', () => {
    expect(formatDeckDate('0099-03-01', 'en')).toBe('1 March 99');
  });
});

describe('formatAsOf', () => {
  it('puts "As of" before the English date and 기준 after the Korean one', () => {
    expect(formatAsOf('2024-06-10', 'en')).toBe('As of 10 June 2024');
    expect(formatAsOf('2024-06-03', 'ko')).toBe('2024년 6월 3일 기준');
    expect(formatAsOf('', 'ko')).toBe('');
  });
});

function datedDeck(lang: string): Deck {
  return DeckSchema.parse({
    meta: { title: 'Dates', lang, date: '2024-06-10', asOf: '2024-06-03' },
    sources: [{ id: 'src1', title: 'Report', publisher: 'Ministry', date: '2024-04-01' }],
    sections: [
      {
        id: 's1',
        title: 'Figures',
        points: [{ id: 'p1', text: 'A point', cites: ['src1'] }],
        figures: [{ id: 'f1', label: 'Exports', value: '14', unit: 'bn', asOf: '2024-05-31', sourceId: 'src1' }],
      },
    ],
  });
}

describe('dates on slides', () => {
  it('writes the title slide date, the as-of lines and the Sources dates in English', () => {
    const html = renderSlides(datedDeck('en')).map((s) => s.html).join('\n');
    expect(html).toContain('10 June 2024');
    expect(html).toContain('As of 3 June 2024');
    expect(html).toContain('As of 31 May 2024');
    expect(html).toContain('Ministry, 1 April 2024');
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('writes them in Korean for a Korean deck, with 기준 after the date', () => {
    const html = renderSlides(datedDeck('ko')).map((s) => s.html).join('\n');
    expect(html).toContain('2024년 6월 10일');
    expect(html).toContain('2024년 6월 3일 기준');
    expect(html).toContain('2024년 5월 31일 기준');
    expect(html).toContain('Ministry, 2024년 4월 1일');
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('re-renders cached lines when the deck language changes', () => {
    const cache = createSlideCache();
    const en = datedDeck('en');
    renderSlides(en, cache);
    const ko = { ...en, meta: { ...en.meta, lang: 'ko' } };
    const html = renderSlides(ko, cache).map((s) => s.html).join('\n');
    expect(html).toContain('Ministry, 2024년 4월 1일');
    expect(html).toContain('2024년 5월 31일 기준');
    expect(html).not.toContain('June');
  });
});

describe('dates in the laid-out deck (engine/layout)', () => {
  it('hands every writer the dates already written in the deck language', () => {
    for (const [lang, date, asOf, figure, source] of [
      ['en', '10 June 2024', 'As of 3 June 2024', 'As of 31 May 2024', '1 April 2024'],
      ['ko', '2024년 6월 10일', '2024년 6월 3일 기준', '2024년 5월 31일 기준', '2024년 4월 1일'],
    ] as const) {
      const blocks = layoutDeck(datedDeck(lang)).slides.flatMap((s) => s.blocks);
      expect(blocks.find((b) => b.kind === 'title'), lang).toMatchObject({ date, asOf });
      expect(blocks.flatMap((b) => (b.kind === 'figures' ? b.figures.map((f) => f.asOf) : [])), lang).toEqual([figure]);
      expect(blocks.flatMap((b) => (b.kind === 'sources' ? b.entries.map((e) => e.date) : [])), lang).toEqual([source]);
    }
  });
});
