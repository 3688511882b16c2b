/**
 * The staged preview's DOM step (see staged-render.ts): when the new slide list is the drawn
 * one plus slides after it, the new slides are parsed in one go and appended, and no drawn
 * slide is touched (applySlides' structural path would re-insert every slide, and reveal's
 * sync() would then walk them all: both cost the whole deck per chunk). Anything else goes
 * through applySlides.
 */
import { applySlides, parseSlide, type ApplyResult, type SlideDom, type SlideLike } from './sync.ts';

export interface ExtendResult extends ApplyResult {
  /** Slides appended after the drawn ones (0 when applySlides ran instead). */
  appended: number;
}

function isPrefix(prev: readonly SlideDom[], next: readonly SlideLike[]): boolean {
  if (next.length < prev.length) return false;
  for (let i = 0; i < prev.length; i++) if (prev[i]!.key !== next[i]!.key || prev[i]!.html !== next[i]!.html) return false;
  return true;
}

/** Parse many slides with one innerHTML; one slide at a time if the batch does not come back as one <section> each. */
function parseMany(html: readonly string[], doc: Document): HTMLElement[] {
  const t = doc.createElement('template');
  t.innerHTML = html.join('');
  const els = Array.from(t.content.children) as HTMLElement[];
  if (els.length === html.length && els.every((e) => e.tagName === 'SECTION')) return els;
  return html.map((h) => parseSlide(h, doc));
}

export function extendSlides(container: HTMLElement, prev: readonly SlideDom[], next: readonly SlideLike[]): ExtendResult {
  if (!isPrefix(prev, next)) return { ...applySlides(container, prev, next), appended: 0 };
  const added = next.slice(prev.length);
  if (added.length === 0) return { structural: false, changed: [], changedHtml: [], slides: [...prev], appended: 0 };
  const els = parseMany(
    added.map((s) => s.html),
    container.ownerDocument,
  );
  const doms = added.map((s, i): SlideDom => {
    const el = els[i]!;
    el.dataset.bdKey = s.key;
    if (s.sectionId !== null) el.dataset.bdSection = s.sectionId;
    return { key: s.key, sectionId: s.sectionId, html: s.html, notes: s.notes ?? '', el };
  });
  container.append(...els);
  return { structural: true, changed: [], changedHtml: [], slides: [...prev, ...doms], appended: added.length };
}
