/**
 * Marking checks: a banner colour or text that contradicts its level (SECRET on green), and a
 * banner lower than the highest portion mark on its slides. Pure; runChecks adds them, and
 * `briefdeck validate` prints the mismatches as warning lines.
 */
import { LEVELS, PORTION_LEVEL, PORTION_RANK, type PortionMark } from '../marking/levels.ts';
import { colourName, markingConflicts, resolveMarking, type MarkingConflict } from '../marking/resolve.ts';
import { createI18n } from '../i18n/index.ts';
import type { Deck, Marking, Point } from '../model/schema.ts';
import { sectionRef, type CheckItem, type CheckMessage } from './index.ts';
import { checkText } from './message.ts';

const levelName = (level: Marking['level']): string => LEVELS[level].label || level;

/**
 * A contradiction as a catalog message naming the colour (and the level's own colour):
 * 'checks:deckMarking…' for the deck's banner, 'checks:sectionMarking…' (with the section) for a section's.
 */
export function conflictMessage(section: CheckMessage['params']['section'] | null, marking: Marking, c: MarkingConflict): CheckMessage {
  const level = levelName(marking.level);
  const base = section ? { section, level } : { level };
  if (c.kind === 'text') return { key: section ? 'checks:sectionMarkingText' : 'checks:deckMarkingText', params: { ...base, found: levelName(c.found) } };
  const key = c.kind === 'color' ? (section ? 'checks:sectionMarkingColour' : 'checks:deckMarkingColour') : section ? 'checks:sectionMarkingTextColour' : 'checks:deckMarkingTextColour';
  return { key, params: { ...base, found: colourName(c.found), expected: colourName(c.expected) } };
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

export function markingChecks(deck: Deck): CheckItem[] {
  const items: CheckItem[] = [];
  markingConflicts(deck.marking).forEach((c) => {
    items.push({ id: `marking-mismatch:deck:${c.kind}`, kind: 'marking-mismatch', severity: 'warning', message: conflictMessage(null, deck.marking, c), target: { sectionId: null, field: 'marking' } });
  });
  const deckBanner = resolveMarking(deck.marking);
  deck.sections.forEach((s, i) => {
    const section = sectionRef(s, i);
    if (s.marking) {
      for (const c of markingConflicts(s.marking)) {
        items.push({ id: `marking-mismatch:${s.id}:${c.kind}`, kind: 'marking-mismatch', severity: 'warning', message: conflictMessage(section, s.marking, c), target: { sectionId: s.id, field: 'marking' } });
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
      message: { key: 'checks:portionAboveBanner', params: { section, portion, level: levelName(banner.level), required: levelName(PORTION_LEVEL[portion]) } },
      // The point: lowering its mark or raising the banner are both fixes; the point shows which.
      target: { sectionId: s.id, field: 'points', itemId: pointId },
    });
  });
  return items;
}

// The CLI speaks English (docs/CLI.md): its warnings come from the English catalog.
let english: ReturnType<typeof createI18n> | null = null;

/**
 * The marking problems as one line each, for the CLI (`briefdeck validate` and `export`
 * print them as warnings and still exit 0: a file whose banner contradicts its level is
 * readable, and old files keep the colours they had; docs/CLI.md).
 */
export function markingWarnings(deck: Deck): string[] {
  english ??= createI18n('en');
  const t = english.t.bind(english);
  return markingChecks(deck).map((i) => checkText(i, (key, options) => t(key, options)));
}
