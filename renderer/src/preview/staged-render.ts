/**
 * Opening a long deck without waiting for all of it: the preview draws the slides up to a few
 * sections past the selected one first (the title, the whole agenda, those sections), so the
 * editor is usable at once, and the rest of the deck a chunk of sections at a time in idle
 * time. Each drawn slide is the very slide a whole-deck render draws (same layout options, cite
 * numbers from the whole deck, same cache), so the finished preview is the whole-deck preview.
 *
 * Staging starts when an update brings many sections the preview has never drawn (a deck
 * opened, a long outline pasted); a keystroke brings one, and is drawn whole as before. Edits
 * made while staging are drawn at once (they are in the drawn prefix or will be drawn with it);
 * nothing is queued, so nothing typed can be lost.
 */
import { renderSlides, type RenderedSlide } from '../../../engine/compile/index.ts';
import type { SlideCache } from '../../../engine/compile/slide-cache.ts';
import type { Deck, Section } from '../../../engine/model/schema.ts';

/** Main sections drawn before the editor is editable (the selected one and a few after it). */
export const FIRST_SECTIONS = 8;
/** Main sections drawn per idle step. */
export const CHUNK_SECTIONS = 24;
/** An update that brings more never-drawn sections than this is staged. */
export const STAGE_ABOVE = 40;

export interface StagedRender {
  /** The slides to draw for `deck` now: a prefix while staging, else the whole deck. */
  slides(deck: Deck, selectedId: string | null): RenderedSlide[];
  /** Part of the deck is still to be drawn. */
  readonly staging: boolean;
  /** Main sections the next `slides` call draws while staging (null: all). */
  readonly limit: number | null;
  /** Draw `CHUNK_SECTIONS` more sections from the next `slides` call on. */
  grow(): void;
  /** Draw at least up to `sectionId` (a backup section: the whole deck) from the next call on. */
  reach(deck: Deck, sectionId: string): void;
  /** Draw the whole deck from the next call on. */
  finish(): void;
}

/** Index of a section among the deck's main (non-backup) sections; -1 for a backup or none. */
function mainIndexOf(deck: Deck, id: string | null): number {
  if (id === null) return -1;
  let i = 0;
  for (const s of deck.sections) {
    if (s.kind === 'backup') {
      if (s.id === id) return -1;
      continue;
    }
    if (s.id === id) return i;
    i++;
  }
  return -1;
}

const mainCount = (deck: Deck): number => deck.sections.reduce((n, s) => (s.kind === 'backup' ? n : n + 1), 0);

export function createStagedRender(cache: SlideCache, opts: { first?: number; chunk?: number; above?: number } = {}): StagedRender {
  const first = opts.first ?? FIRST_SECTIONS;
  const chunk = opts.chunk ?? CHUNK_SECTIONS;
  const above = opts.above ?? STAGE_ABOVE;
  /** Sections this preview has drawn: an update with many others is a new document. */
  const drawn = new WeakSet<Section>();
  let limit: number | null = null;
  let lastSections: readonly Section[] | null = null;
  let markedSections: readonly Section[] | null = null;
  let markedLimit: number | null = null;

  const unseen = (sections: readonly Section[]): number => {
    let n = 0;
    for (const s of sections) if (!drawn.has(s) && ++n > above) break;
    return n;
  };

  return {
    slides(deck, selectedId) {
      if (deck.sections !== lastSections) {
        lastSections = deck.sections;
        if (limit === null && unseen(deck.sections) > above) {
          const at = mainIndexOf(deck, selectedId);
          // A selected backup is drawn after every main section: no prefix holds it.
          const backup = selectedId !== null && at < 0 && deck.sections.some((s) => s.id === selectedId);
          if (!backup) limit = Math.max(first, at + first);
        }
      }
      if (limit !== null) {
        const at = mainIndexOf(deck, selectedId);
        if (at >= limit) limit = at + first;
        if (limit >= mainCount(deck)) limit = null;
      }
      const out = limit === null ? renderSlides(deck, cache) : renderSlides(deck, cache, { mainSections: limit });
      // Marking walks the sections (tens of µs at 1000): not again for an edit outside them.
      if (deck.sections === markedSections && limit === markedLimit) return out;
      markedSections = deck.sections;
      markedLimit = limit;
      let left = limit ?? Infinity;
      for (const s of deck.sections) {
        if (s.kind !== 'backup') {
          if (left <= 0) continue;
          left--;
        } else if (limit !== null) continue;
        drawn.add(s);
      }
      return out;
    },
    get staging() {
      return limit !== null;
    },
    get limit() {
      return limit;
    },
    grow() {
      if (limit !== null) limit += chunk;
    },
    reach(deck, sectionId) {
      if (limit === null) return;
      const at = mainIndexOf(deck, sectionId);
      if (at >= limit) limit = at + first;
      else if (at < 0 && deck.sections.some((s) => s.id === sectionId)) limit = null;
    },
    finish() {
      limit = null;
    },
  };
}
