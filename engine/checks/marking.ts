/**
 * Marking checks: a banner colour or text that contradicts its level (SECRET on green), and a
 * banner lower than the highest portion mark on its slides. Pure; runChecks adds them, and
 * `briefdeck validate` prints the mismatches as warning lines.
 */
import { LEVELS, PORTION_LEVEL, PORTION_RANK, type PortionMark } from '../marking/levels.ts';
import { colourName, markingConflicts, resolveMarking, type MarkingConflict } from '../marking/resolve.ts';
import type { Deck, Marking, Point, Section } from '../model/schema.ts';
import type { CheckItem } from './index.ts';

const levelName = (level: Marking['level']): string => LEVELS[level].label || level;

/** One line for a contradiction, naming the colour (and the level's own colour). */
export function conflictMessage(where: string, marking: Marking, c: MarkingConflict): string {
  const level = levelName(marking.level);
  if (c.kind === 'text') return `${where}: the banner text reads as ${levelName(c.found)}, but the level is ${level}.`;
  const what = c.kind === 'color' ? 'banner colour' : 'banner text colour';
  return `${where}: the ${what} ${colourName(c.found)} contradicts ${level}, whose ${what} is ${colourName(c.expected)}.`;
}

/** The highest portion mark among points at any level ('' for none) and the first point carrying it. */
export function highestPortion(points: readonly Point[]): { mark: PortionMark; pointId: string | null } {
  let best: PortionMark = '';
  let pointId: string | null = null;
  const walk = (list: readonly Point[]): void => {
    for (const p of list) {
      const mark = p.portion ?? '';
      if ((PORTION_RANK[mark] ?? 0) > (PORTION_RANK[best] ?? 0)) {
        best = mark;
        pointId = p.id;
      }
      walk(p.children);
    }
  };
  walk(points);
  return { mark: best, pointId };
}

export function markingChecks(deck: Deck, label: (s: Section, i: number) => string): CheckItem[] {
  const items: CheckItem[] = [];
  markingConflicts(deck.marking).forEach((c) => {
    items.push({ id: `marking-mismatch:deck:${c.kind}`, kind: 'marking-mismatch', severity: 'warning', message: conflictMessage('Deck marking', deck.marking, c), target: { sectionId: null, field: 'marking' } });
  });
  const deckBanner = resolveMarking(deck.marking);
  deck.sections.forEach((s, i) => {
    const name = label(s, i);
    if (s.marking) {
      for (const c of markingConflicts(s.marking)) {
        items.push({ id: `marking-mismatch:${s.id}:${c.kind}`, kind: 'marking-mismatch', severity: 'warning', message: conflictMessage(`${name}’s marking`, s.marking, c), target: { sectionId: s.id, field: 'marking' } });
      }
    }
    const { mark: portion, pointId } = highestPortion(s.points);
    if (portion === '' || pointId === null) return;
    // The banner the slide shows: the section's own when it shows one, else the deck's.
    const own = s.marking ? resolveMarking(s.marking) : null;
    const banner = own && own.text.trim() !== '' ? own : deckBanner;
    const bannerRank = LEVELS[banner.level].rank;
    const portionRank = PORTION_RANK[portion] ?? 0;
    // A custom banner cannot be ranked; no banner at all is the no-marking check's.
    if (bannerRank === null || bannerRank >= portionRank) return;
    items.push({
      id: `portion-above-banner:${s.id}`,
      kind: 'portion-above-banner',
      severity: 'error',
      message: `${name} has a (${portion}) point, but its banner is ${levelName(banner.level)}: the banner must be at least ${levelName(PORTION_LEVEL[portion])}.`,
      // The point: lowering its mark or raising the banner are both fixes; the point shows which.
      target: { sectionId: s.id, field: 'points', itemId: pointId },
    });
  });
  return items;
}

const sectionName = (s: Section, i: number): string => {
  const t = s.title.trim();
  return t === '' ? `Section ${i + 1}` : `“${t.length > 60 ? `${t.slice(0, 59)}…` : t}”`;
};

/**
 * The marking problems as one line each, for the CLI (`briefdeck validate` and `export`
 * print them as warnings and still exit 0: a file whose banner contradicts its level is
 * readable, and old files keep the colours they had; docs/CLI.md).
 */
export function markingWarnings(deck: Deck): string[] {
  return markingChecks(deck, sectionName).map((i) => i.message);
}
