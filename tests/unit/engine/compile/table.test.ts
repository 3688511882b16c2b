import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderTable, tableRowPages } from '../../../../engine/compile/table.ts';
import { renderSlides } from '../../../../engine/compile/slides.ts';
import { TableSchema } from '../../../../engine/model/table.ts';
import { DeckSchema } from '../../../../engine/model/schema.ts';

const PAYLOADS: string[] = JSON.parse(readFileSync(new URL('../../../fixtures/_payloads/script-payloads.json', import.meta.url), 'utf8')).payloads;
const cell = (text: string, cites: string[] = []) => ({ text, cites });
const opts = { lang: 'en', cite: (ids: readonly string[]) => `<span class="bd-cite">${ids.map((i) => `[${i}]`).join('')}</span>` };

describe('table HTML', () => {
  it('is a real table: th scope=col headers, numbers right, cites and caption line', () => {
    const t = TableSchema.parse({ caption: 'Frameworks', header: [cell('Name'), cell('Value')], rows: [[cell('**SOSA**', ['s1']), cell('1,200')]], asOf: '2024-06-03', sourceId: 's1' });
    const html = renderTable(t, opts);
    expect(html).toContain('<caption>Frameworks</caption>');
    expect(html).toContain('<thead><tr><th scope="col">Name</th><th scope="col" class="bd-al-right">Value</th></tr></thead>');
    expect(html).toContain('<td><strong>SOSA</strong><span class="bd-cite">[s1]</span></td><td class="bd-al-right">1,200</td>');
    expect(html).toContain('Source <span class="bd-cite">[s1]</span>');
  });

  it('escapes payloads in cells and captions', () => {
    for (const p of PAYLOADS) {
      const html = renderTable(TableSchema.parse({ caption: p.slice(0, 500), header: [cell(p.slice(0, 300))], rows: [[cell(p.slice(0, 300))]] }), opts);
      expect(html).not.toMatch(/<(?:script|img|iframe|object|embed|svg|style|link|meta)\b/i);
      expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
    }
  });

  it('splits a long table into row ranges that cover every row once', () => {
    const t = TableSchema.parse({ header: [cell('A')], rows: Array.from({ length: 60 }, (_, i) => [cell(String(i))]) });
    const pages = tableRowPages(t, 1160, 430, 20, 200);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages[0]?.[0]).toBe(0);
    expect(pages.at(-1)?.[1]).toBe(60);
    for (let i = 1; i < pages.length; i++) expect(pages[i]?.[0]).toBe(pages[i - 1]?.[1]);
    // The first page has less room (points above it) than the next.
    const size = (p: [number, number] | undefined) => (p ? p[1] - p[0] : 0);
    expect(size(pages[0])).toBeLessThan(size(pages[1]));
  });

  it('gives a long table continuation slides, each repeating the header, keyed section-<id>-n', () => {
    const deck = DeckSchema.parse({ settings: { agenda: false }, sections: [{ id: 's', title: 'T', table: { header: [cell('Head')], rows: Array.from({ length: 40 }, (_, i) => [cell(`r${i}`)]) } }] });
    const slides = renderSlides(deck).filter((s) => s.sectionId === 's');
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.map((s) => s.key)).toEqual(slides.map((_, i) => (i === 0 ? 'section-s' : `section-s-${i + 1}`)));
    for (const s of slides) expect(s.html).toContain('<th scope="col">Head</th>');
    expect(slides[1]?.html).toContain('T (cont.)');
    const rows = slides.reduce((n, s) => n + (s.html.match(/<td>/g)?.length ?? 0), 0);
    expect(rows).toBe(40);
  });

  it('starts a table on its own slide rather than leave a stub of a row or two under many points', () => {
    const points = Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, text: `Point ${i}` }));
    const deck = DeckSchema.parse({ settings: { agenda: false }, sections: [{ id: 's', title: 'T', points, table: { header: [cell('H')], rows: Array.from({ length: 10 }, (_, i) => [cell(`r${i}`)]) } }] });
    const slides = renderSlides(deck).filter((x) => x.sectionId === 's');
    expect(slides[0]?.html).not.toContain('<table');
    expect(slides[1]?.html.match(/<td>/g)).toHaveLength(10);
  });
});
