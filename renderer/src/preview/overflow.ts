/**
 * Which slides overflow, measured in a hidden reveal-styled box at the real slide size
 * (reveal scales the visible slide, so its own box cannot tell). Results are cached by the
 * slide's HTML: after a keystroke only the edited slide is measured again.
 */
import type { OverflowMeasure } from '../../../engine/checks/index.ts';
import { parseSlide, type SlideLike } from './sync.ts';

const cache = new Map<string, boolean>();
/** Tolerance for sub-pixel rounding in fonts. */
const SLACK_PX = 2;

/**
 * The slide clips its body (overflow: hidden), so content that does not fit shows up as a
 * scroll size larger than the box, on the slide or on one of its layout containers.
 */
const CONTAINERS = '.bd-body, .bd-block, .bd-head';

function overflows(slide: HTMLElement): boolean {
  const boxes = [slide, ...Array.from(slide.querySelectorAll<HTMLElement>(CONTAINERS))];
  return boxes.some((b) => b.scrollHeight > b.clientHeight + SLACK_PX || b.scrollWidth > b.clientWidth + SLACK_PX);
}

/** Slides laid out per call: a 1000-section deck is measured in slices, never in one long task. */
export const MEASURE_BATCH = 80;

export interface OverflowResult {
  overflow: OverflowMeasure[];
  /** More slides are waiting to be measured; call again. */
  pending: boolean;
}

export function measureOverflow(slides: readonly SlideLike[], size: { width: number; height: number }, themeClass = ''): OverflowResult {
  // Size and theme change the layout, so they are part of the cache key.
  const prefix = `${size.width}x${size.height}:${themeClass}:`;
  const waiting = slides.filter((s) => !cache.has(`${prefix}${s.html}`));
  const todo = waiting.slice(0, MEASURE_BATCH);
  if (todo.length > 0) {
    const host = document.createElement('div');
    host.className = `reveal bd-measure ${themeClass}`.trim();
    host.setAttribute('aria-hidden', 'true');
    host.style.cssText = `position:fixed;left:-100000px;top:0;width:${size.width}px;height:${size.height}px;visibility:hidden;pointer-events:none;`;
    const box = document.createElement('div');
    box.className = 'slides';
    box.style.cssText = `width:${size.width}px;height:${size.height}px;position:relative;left:0;top:0;transform:none;zoom:1;inset:auto;margin:0;`;
    host.appendChild(box);
    document.body.appendChild(host);
    try {
      const els = todo.map((s) => {
        const el = parseSlide(s.html);
        el.classList.add('present');
        // The slide keeps the theme's own box (full slide size, clipped body); only
        // reveal's show/hide and transitions are neutralised.
        el.style.cssText += ';display:block;transform:none;opacity:1;';
        box.appendChild(el);
        return el;
      });
      todo.forEach((s, i) => {
        const el = els[i]!;
        cache.set(`${prefix}${s.html}`, overflows(el));
      });
    } finally {
      host.remove();
    }
    if (cache.size > 5000) cache.clear();
  }
  const overflow = slides.filter((s) => cache.get(`${prefix}${s.html}`) === true).map((s) => ({ key: s.key, sectionId: s.sectionId }));
  return { overflow, pending: waiting.length > todo.length };
}
