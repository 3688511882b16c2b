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

export function measureOverflow(slides: readonly SlideLike[], size: { width: number; height: number }, themeClass = ''): OverflowMeasure[] {
  const todo = slides.filter((s) => !cache.has(`${size.width}x${size.height}:${s.html}`));
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
        // Content height, not reveal's centring: top 0, natural height.
        el.style.cssText += ';display:block;position:absolute;top:0;left:0;height:auto;transform:none;';
        box.appendChild(el);
        return el;
      });
      todo.forEach((s, i) => {
        const el = els[i]!;
        const over = el.offsetHeight > size.height + SLACK_PX || el.scrollWidth > size.width + SLACK_PX;
        cache.set(`${size.width}x${size.height}:${s.html}`, over);
      });
    } finally {
      host.remove();
    }
    if (cache.size > 5000) cache.clear();
  }
  return slides.filter((s) => cache.get(`${size.width}x${size.height}:${s.html}`) === true).map((s) => ({ key: s.key, sectionId: s.sectionId }));
}
