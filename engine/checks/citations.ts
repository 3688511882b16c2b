/**
 * Citation check: in a deck that cites sources somewhere, a talking point that cites none
 * (itself or through its sub-points) is a notice, one line per section. A deck that cites
 * nothing is left alone: it may be a briefing that needs no sources.
 */
import type { Deck, Point } from '../model/schema.ts';
import { sectionRef, type CheckItem } from './index.ts';

const cites = (p: Point): boolean => p.cites.length > 0 || p.children.some(cites);

function deckCites(deck: Deck): boolean {
  return deck.sections.some((s) => s.points.some(cites) || s.figures.some((f) => f.sourceId !== ''));
}

export function citationChecks(deck: Deck): CheckItem[] {
  if (!deckCites(deck)) return [];
  const items: CheckItem[] = [];
  deck.sections.forEach((s, i) => {
    const uncited = s.points.filter((p) => p.text.trim() !== '' && !cites(p));
    const first = uncited[0];
    if (!first) return;
    const n = uncited.length;
    items.push({
      id: `uncited:${s.id}`,
      kind: 'uncited-point',
      severity: 'info',
      message: { key: 'checks:uncited', params: { section: sectionRef(s, i), count: n } },
      target: { sectionId: s.id, field: 'points', itemId: first.id },
    });
  });
  return items;
}
