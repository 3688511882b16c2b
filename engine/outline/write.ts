/**
 * writeOutline(deck): the deck as outline text (docs/OUTLINE.md), for `briefdeck export
 * deck.briefdeck -o talking-points.md` and the app's "Outline" export. It writes only the
 * forms the parser reads back: every point bulleted (so a point reading "Notes: …" stays a
 * point), citations as [n] by position in the section's Sources list, notes as `Notes:`
 * paragraphs. Images do not travel in text; `dropped` says what was left out.
 */
import type { Deck, Point, Section, Source } from '../model/schema.ts';
import { cleanText } from '../markup/index.ts';
import { sectionCites } from '../compile/sources.ts';
import { resolveMarking } from '../marking/index.ts';

export interface OutlineText {
  text: string;
  /** What the text format cannot carry (e.g. "2 images"), for a one-line notice. */
  dropped: string[];
}

/** Headings the parser reads as a kind tag: a content section with such a title gets a backslash. */
const TAG = /^\s*(?:bluf|bottom line(?: up front)?|backup|back-up|appendix|decision|content|결론|핵심 요약|부록|참고)\s*(?::|$)/i;

const line = (s: string): string => cleanText(s).replace(/[\r\n\t]+/g, ' ').trim();

export function writeOutline(deck: Deck): OutlineText {
  const out: string[] = [];
  const m = deck.meta;
  out.push(`# ${line(m.title)}`);
  const fact = (label: string, value: string): void => {
    if (value.trim()) out.push(`${label}: ${line(value)}`);
  };
  fact('Subtitle', m.subtitle);
  fact('Presenter', m.presenter);
  fact('Office', m.office);
  fact('Organisation', m.organisation);
  fact('Date', m.date);
  fact('As of', m.asOf);
  fact('Language', m.lang);
  fact('Marking', resolveMarking(deck.marking).text);
  let images = 0;
  // Sources are deck-wide; the outline lists them under the sections that cite them (markers
  // number that section's list), and any source nobody cites under the last section.
  const byId = new Map(deck.sources.map((s) => [s.id, s]));
  const cited = new Set<string>();
  const lists = deck.sections.map((s) => {
    const ids = [...new Set(sectionCites(s))].filter((id) => byId.has(id));
    ids.forEach((id) => cited.add(id));
    return ids.map((id) => byId.get(id)!);
  });
  lists[lists.length - 1]?.push(...deck.sources.filter((s) => !cited.has(s.id)));
  deck.sections.forEach((s, i) => {
    out.push('', heading(s));
    out.push(...section(s, lists[i] ?? []));
    if (s.image) images++;
  });
  return { text: out.join('\n') + '\n', dropped: images ? [`${images} ${images === 1 ? 'image' : 'images'}`] : [] };
}

function heading(s: Section): string {
  const title = line(s.title);
  switch (s.kind) {
    case 'bluf':
      return title.toLowerCase() === 'bluf' ? '## BLUF' : `## BLUF: ${title}`;
    case 'backup':
      return `## Backup: ${title}`;
    case 'decision':
      return `## Decision: ${title}`;
    default:
      return TAG.test(title) ? `## \\${title}` : `## ${title}`;
  }
}

function section(s: Section, sources: readonly Source[]): string[] {
  const out: string[] = [];
  const position = new Map<string, number>();
  sources.forEach((src, i) => {
    if (!position.has(src.id)) position.set(src.id, i + 1);
  });
  const marks = (ids: readonly string[]): string => {
    const ns = [...new Set(ids.map((id) => position.get(id)).filter((n): n is number => n !== undefined))];
    return ns.length ? ` [${ns.join(', ')}]` : '';
  };
  const d = s.kind === 'decision' ? s.decision : null;
  if (d) {
    if (d.problem.trim()) out.push(`Problem: ${line(d.problem)}`);
    if (d.options.length) {
      out.push('Options:');
      for (const o of d.options) out.push(`- ${line(o.title)}${o.summary.trim() ? `: ${line(o.summary)}` : ''}`);
    }
    const rec = d.options.findIndex((o) => o.id === d.recommendation);
    if (rec >= 0) out.push(`Recommendation: Option ${rec + 1}`);
  }
  const walk = (points: readonly Point[], depth: number): void => {
    for (const p of points) {
      out.push(`${'  '.repeat(depth)}- ${line(p.text)}${marks(p.cites)}`);
      walk(p.children, depth + 1);
    }
  };
  walk(s.points, 0);
  if (s.figures.length) {
    out.push('Figures:');
    for (const f of s.figures) out.push(`- ${line(f.label)}: ${line(f.value)}${f.unit ? ` ${line(f.unit)}` : ''}${f.asOf ? ` (as of ${f.asOf})` : ''}${f.sourceId ? marks([f.sourceId]) : ''}`);
  }
  const notes = cleanText(s.notes).replace(/\r\n?/g, '\n').trim();
  if (notes) {
    // The first paragraph follows the label; later ones are indented so they stay notes.
    notes.split(/\n[ \t]*\n+/).forEach((para, i) => {
      const text = para.split('\n').map((l) => l.trim()).join('\n  ');
      out.push(i === 0 ? `Notes: ${text}` : `\n  ${text}`);
    });
    out.push('');
  }
  if (sources.length) {
    out.push('Sources:');
    for (const src of sources) out.push(`- ${sourceLine(src)}`);
  }
  return out;
}

function sourceLine(s: Source): string {
  const title = line(s.title);
  // A title with a comma is quoted so the parser does not split it; curly quotes when it holds straight ones.
  const quoted = /[,"]/.test(title) ? (title.includes('"') ? `“${title}”` : `"${title}"`) : title;
  return [quoted, line(s.publisher), s.date, /^https?:\/\//i.test(s.url.trim()) ? s.url.trim() : ''].filter((v) => v !== '').join(', ');
}
