/**
 * Where "go to slide" lands. The presenter types what the slides show: a number n for the
 * n-th counted slide ("n / N", which reveal computes by skipping data-visibility="uncounted"
 * slides), or B2 / B-2 for the second backup slide. Both are counted per slide, as reveal
 * counts them, so a section continued over "(cont.)" slides takes one number per slide and
 * the mapping stays what the audience reads on the screen.
 *
 * Pure: the presenter reads `counted` per slide from reveal (getHorizontalSlides() and their
 * data-visibility)
 * and asks here; the unit tests need no browser.
 */

export interface NavSlide {
  /** False for backup slides (data-visibility="uncounted"). */
  counted: boolean;
}

export type JumpQuery = { kind: 'counted'; n: number } | { kind: 'backup'; n: number };

export type JumpResult =
  | { ok: true; index: number }
  /** empty: nothing typed; syntax: not a number or B-number; range: no such slide (max = how many there are). */
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'syntax' }
  | { ok: false; reason: 'range'; query: JumpQuery; max: number };

// NFKC first: a Korean keyboard layout may type full-width "Ｂ２".
const QUERY = /^(?:(b)\s*-?\s*)?(\d{1,6})$/i;

/** "12" → counted 12; "B2", "b-2", "B 2" → backup 2; anything else null. */
export function parseJump(text: string): JumpQuery | null {
  const m = QUERY.exec(text.normalize('NFKC').trim());
  if (!m) return null;
  const n = Number(m[2]);
  return m[1] ? { kind: 'backup', n } : { kind: 'counted', n };
}

/** The 0-based reveal index of the `n`-th (1-based) slide of that kind, or -1. */
function nth(slides: readonly NavSlide[], counted: boolean, n: number): number {
  if (n < 1) return -1;
  let seen = 0;
  for (let i = 0; i < slides.length; i++) {
    if (slides[i]!.counted !== counted) continue;
    if (++seen === n) return i;
  }
  return -1;
}

export function resolveJump(slides: readonly NavSlide[], text: string): JumpResult {
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  const query = parseJump(text);
  if (!query) return { ok: false, reason: 'syntax' };
  const counted = query.kind === 'counted';
  const index = nth(slides, counted, query.n);
  if (index < 0) return { ok: false, reason: 'range', query, max: slides.filter((s) => s.counted === counted).length };
  return { ok: true, index };
}

/** What the slide at `index` is called in the jump box: "3" or "B-2" (what to type to get there). */
export function slideLabel(slides: readonly NavSlide[], index: number): string {
  const here = slides[index];
  if (!here) return '';
  let k = 0;
  for (let i = 0; i <= index; i++) if (slides[i]!.counted === here.counted) k++;
  return here.counted ? String(k) : `B-${k}`;
}

/** The backup slides in order, each with its reveal index and label, for the backups list. */
export function backups(slides: readonly NavSlide[]): { index: number; label: string }[] {
  const out: { index: number; label: string }[] = [];
  slides.forEach((s, index) => {
    if (!s.counted) out.push({ index, label: `B-${out.length + 1}` });
  });
  return out;
}

/**
 * The next focus in the overview grid for an arrow key (row-major, `columns` per row), or
 * null when the key is not a move. Home/End go to the first/last slide; moves stop at the edges.
 */
export function gridMove(index: number, key: string, total: number, columns: number): number | null {
  const last = total - 1;
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  switch (key) {
    case 'ArrowRight':
      return clamp(index + 1);
    case 'ArrowLeft':
      return clamp(index - 1);
    case 'ArrowDown':
      return index + columns <= last ? index + columns : index;
    case 'ArrowUp':
      return index - columns >= 0 ? index - columns : index;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
