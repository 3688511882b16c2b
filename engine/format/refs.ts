/**
 * Source references from tables and charts. A file whose table cell or chart cites a source
 * the deck does not have is refused with the path of the citation (a hand-edited or merged
 * file, most likely): dropping it silently would print an unsourced figure in a briefing.
 *
 * Known sources are the section's own list plus, once sources are deck-wide (format v3), the
 * deck's list: this reads whichever the deck has, so it holds across that change.
 */
import type { Deck, Section } from '../model/schema.ts';
import { DeckError, formatZodPath, quote } from './errors.ts';

function knownSources(deck: Deck, section: Section): Set<string> {
  const ids = new Set<string>();
  const deckWide = (deck as { sources?: unknown }).sources;
  if (Array.isArray(deckWide)) for (const s of deckWide as { id?: unknown }[]) if (typeof s.id === 'string') ids.add(s.id);
  const own = (section as { sources?: unknown }).sources;
  if (Array.isArray(own)) for (const s of own as { id?: unknown }[]) if (typeof s.id === 'string') ids.add(s.id);
  return ids;
}

function missing(id: string, path: (string | number)[]): DeckError {
  return new DeckError('invalid', `cites ${quote(id)}, which is not one of the deck's sources`, formatZodPath(path));
}

/** Throws on the first table or chart citation of a source id the deck does not define. */
export function checkTableChartRefs(deck: Deck): void {
  deck.sections.forEach((section, s) => {
    const { table, chart } = section;
    if (!table && !chart) return;
    const known = knownSources(deck, section);
    const base = ['sections', s];
    if (table) {
      if (table.sourceId && !known.has(table.sourceId)) throw missing(table.sourceId, [...base, 'table', 'sourceId']);
      // Paths are built only for a bad citation: a 60×8 table has 480 cells, nearly all uncited.
      const check = (cites: readonly string[], path: () => (string | number)[]): void => {
        for (let k = 0; k < cites.length; k++) if (!known.has(cites[k] as string)) throw missing(cites[k] as string, [...path(), k]);
      };
      table.header.forEach((c, i) => check(c.cites, () => [...base, 'table', 'header', i, 'cites']));
      table.rows.forEach((row, r) => row.forEach((c, i) => check(c.cites, () => [...base, 'table', 'rows', r, i, 'cites'])));
    }
    if (chart?.sourceId && !known.has(chart.sourceId)) throw missing(chart.sourceId, [...base, 'chart', 'sourceId']);
  });
}

/** Rewrites table and chart source references after ids were renamed (`rename` maps old → new). */
export function remapTableChartRefs(section: Section, rename: (id: string) => string | undefined): void {
  const { table, chart } = section;
  if (table) {
    table.sourceId = table.sourceId ? (rename(table.sourceId) ?? '') : '';
    const fix = (c: { cites: string[] }): void => {
      if (c.cites.length === 0) return;
      c.cites = [...new Set(c.cites.map(rename).filter((x): x is string => x !== undefined))];
    };
    table.header.forEach(fix);
    table.rows.forEach((row) => row.forEach(fix));
  }
  if (chart) chart.sourceId = chart.sourceId ? (rename(chart.sourceId) ?? '') : '';
}
