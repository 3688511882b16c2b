/**
 * Where each deck source is cited: the editor's Sources panel says it, and asks before a
 * source that is still cited is deleted. Pure.
 */
import type { Deck, Point } from './schema.ts';

export interface SourceUse {
  sectionId: string;
  sectionTitle: string;
  /** Points (at any level) in the section that cite the source. */
  points: number;
  /** Key figures in the section whose source it is. */
  figures: number;
}

/** Source id → the sections that cite it, in deck order. Sources nobody cites are absent. */
export function sourceUses(deck: Deck): Map<string, SourceUse[]> {
  const out = new Map<string, SourceUse[]>();
  for (const section of deck.sections) {
    const here = new Map<string, SourceUse>();
    const use = (id: string): SourceUse => {
      let u = here.get(id);
      if (!u) here.set(id, (u = { sectionId: section.id, sectionTitle: section.title, points: 0, figures: 0 }));
      return u;
    };
    const walk = (points: readonly Point[]): void => {
      for (const p of points) {
        for (const id of new Set(p.cites)) use(id).points++;
        walk(p.children);
      }
    };
    walk(section.points);
    for (const f of section.figures) if (f.sourceId) use(f.sourceId).figures++;
    for (const [id, u] of here) {
      const list = out.get(id);
      if (list) list.push(u);
      else out.set(id, [u]);
    }
  }
  return out;
}
