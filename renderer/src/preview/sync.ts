/**
 * Keeping reveal's slide DOM in step with `renderSlides(deck)` without rebuilding it: slides
 * are matched by key, an unchanged slide keeps its element, a changed one is swapped in
 * place, and only a change in the key sequence counts as a structural change (the caller
 * runs reveal's `sync()` then, and `syncSlide()` otherwise).
 */
export interface SlideLike {
  key: string;
  sectionId: string | null;
  html: string;
}

export interface SlideDom {
  key: string;
  sectionId: string | null;
  html: string;
  el: HTMLElement;
}

export interface ApplyResult {
  structural: boolean;
  /** Elements that were replaced (non-structural updates), for `syncSlide`. */
  changed: HTMLElement[];
  slides: SlideDom[];
}

/** reveal keeps its navigation state on the element; a swapped element must inherit it. */
const REVEAL_CLASSES = ['present', 'past', 'future', 'stack'];

export function parseSlide(html: string, doc: Document = document): HTMLElement {
  const t = doc.createElement('template');
  t.innerHTML = html;
  const el = t.content.firstElementChild;
  if (!(el instanceof (doc.defaultView?.HTMLElement ?? HTMLElement))) {
    const s = doc.createElement('section');
    s.textContent = 'This slide could not be rendered.';
    return s;
  }
  return el as HTMLElement;
}

function adopt(from: HTMLElement, to: HTMLElement): void {
  for (const c of REVEAL_CLASSES) if (from.classList.contains(c)) to.classList.add(c);
  for (const a of ['hidden', 'aria-hidden', 'style']) {
    const v = from.getAttribute(a);
    if (v !== null) to.setAttribute(a, v);
  }
}

function build(s: SlideLike, doc: Document): SlideDom {
  const el = parseSlide(s.html, doc);
  el.dataset.bdKey = s.key;
  if (s.sectionId !== null) el.dataset.bdSection = s.sectionId;
  return { key: s.key, sectionId: s.sectionId, html: s.html, el };
}

export function applySlides(container: HTMLElement, prev: readonly SlideDom[], next: readonly SlideLike[]): ApplyResult {
  const doc = container.ownerDocument;
  const sameKeys = prev.length === next.length && prev.every((p, i) => p.key === next[i]!.key);
  if (sameKeys) {
    const changed: HTMLElement[] = [];
    const slides = prev.map((p, i) => {
      const n = next[i]!;
      if (p.html === n.html) return p;
      const fresh = build(n, doc);
      adopt(p.el, fresh.el);
      p.el.replaceWith(fresh.el);
      changed.push(fresh.el);
      return fresh;
    });
    return { structural: false, changed, slides };
  }
  const byKey = new Map(prev.map((p) => [p.key, p]));
  const slides = next.map((n) => {
    const old = byKey.get(n.key);
    return old && old.html === n.html ? old : build(n, doc);
  });
  container.replaceChildren(...slides.map((s) => s.el));
  return { structural: true, changed: [], slides };
}

/** Index of the first slide of a section, or -1. */
export function slideIndexOf(slides: readonly SlideDom[], sectionId: string): number {
  return slides.findIndex((s) => s.sectionId === sectionId);
}
