/**
 * Keeping reveal's slide DOM in step with `renderSlides(deck)` without rebuilding it: slides
 * are matched by key, an unchanged slide keeps its element, a changed one is patched in
 * place, and only a change in the key sequence counts as a structural change (the caller
 * runs reveal's `sync()` then, and `syncSlide()` otherwise).
 */
import { t as tr } from '../../i18n.ts';

export interface SlideLike {
  key: string;
  sectionId: string | null;
  html: string;
  /** The slide's speaker notes (inline markup); they are in `html` too, so equal html means equal notes. */
  notes?: string;
}

export interface SlideDom {
  key: string;
  sectionId: string | null;
  html: string;
  notes?: string;
  el: HTMLElement;
}

export interface ApplyResult {
  structural: boolean;
  /** Elements updated in place (non-structural updates), for `syncSlide`. */
  changed: HTMLElement[];
  /** The new HTML of each `changed` element (same order): lets the caller inspect it without serialising the DOM. */
  changedHtml: string[];
  slides: SlideDom[];
}

export function parseSlide(html: string, doc: Document = document): HTMLElement {
  const t = doc.createElement('template');
  t.innerHTML = html;
  const el = t.content.firstElementChild;
  if (!el || el.tagName !== 'SECTION') {
    const s = doc.createElement('section');
    s.textContent = tr('editor:preview.slideFailed');
    return s;
  }
  return el as HTMLElement;
}

/** Classes and attributes reveal puts on a slide: they describe navigation state, not content. */
const REVEAL_CLASSES = ['present', 'past', 'future', 'stack'];
const REVEAL_ATTRS = new Set(['style', 'hidden', 'aria-hidden', 'inert', 'data-index-h', 'data-index-v', 'data-bd-key', 'data-bd-section', 'data-previous-indexv']);

/**
 * Update a slide element in place from freshly rendered HTML. Keeping the element keeps
 * reveal's references to it (its background element, fragments) valid, so `syncSlide`
 * works; a replaced element would leave reveal pointing at a detached node.
 */
function patch(el: HTMLElement, fresh: HTMLElement): void {
  el.replaceChildren(...Array.from(fresh.childNodes));
  for (const a of Array.from(el.attributes)) {
    if (a.name !== 'class' && !REVEAL_ATTRS.has(a.name) && !fresh.hasAttribute(a.name)) el.removeAttribute(a.name);
  }
  for (const a of Array.from(fresh.attributes)) {
    if (a.name !== 'class' && el.getAttribute(a.name) !== a.value) el.setAttribute(a.name, a.value);
  }
  const keep = REVEAL_CLASSES.filter((c) => el.classList.contains(c));
  el.className = fresh.className;
  for (const c of keep) el.classList.add(c);
}

function build(s: SlideLike, doc: Document): SlideDom {
  const el = parseSlide(s.html, doc);
  el.dataset.bdKey = s.key;
  if (s.sectionId !== null) el.dataset.bdSection = s.sectionId;
  return { key: s.key, sectionId: s.sectionId, html: s.html, notes: s.notes ?? '', el };
}

export function applySlides(container: HTMLElement, prev: readonly SlideDom[], next: readonly SlideLike[]): ApplyResult {
  const doc = container.ownerDocument;
  const sameKeys = prev.length === next.length && prev.every((p, i) => p.key === next[i]!.key);
  if (sameKeys) {
    const changed: HTMLElement[] = [];
    const changedHtml: string[] = [];
    const slides = prev.map((p, i) => {
      const n = next[i]!;
      // With the engine's slide cache an unchanged slide brings back the very same string,
      // so this is a pointer compare; only the edited slide is compared (and patched) in full.
      if (p.html === n.html) return p;
      patch(p.el, parseSlide(n.html, doc));
      changed.push(p.el);
      changedHtml.push(n.html);
      return { ...p, html: n.html, sectionId: n.sectionId, notes: n.notes ?? '' };
    });
    return { structural: false, changed, changedHtml, slides };
  }
  const byKey = new Map(prev.map((p) => [p.key, p]));
  const slides = next.map((n) => {
    const old = byKey.get(n.key);
    return old && old.html === n.html ? old : build(n, doc);
  });
  container.replaceChildren(...slides.map((s) => s.el));
  return { structural: true, changed: [], changedHtml: [], slides };
}

/** Index of the first slide of a section, or -1. */
export function slideIndexOf(slides: readonly SlideDom[], sectionId: string): number {
  return slides.findIndex((s) => s.sectionId === sectionId);
}
