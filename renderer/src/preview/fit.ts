/**
 * The preview shrinks an overflowing slide exactly as the export and the present windows do:
 * the one fit step in engine/export/fit.ts (imported directly, not through the export's index,
 * which would pull reveal's script text into the editor bundle). Only the visible slides are
 * fitted; the off-screen overflow measure (overflow.ts) builds fresh slides without the fit,
 * so the checks still flag a slide that does not fit at full size.
 */
import { fitSlide } from '../../../engine/export/fit.ts';

export { fitSlide };

/** Forget every slide's fit: after a theme or slide-size change the measured scales are stale. */
export function clearFits(slides: readonly { el: HTMLElement }[]): void {
  for (const s of slides) {
    const body = s.el.querySelector<HTMLElement>(':scope > .bd-body');
    if (!body) continue;
    body.removeAttribute('data-bd-fit');
    body.style.removeProperty('--bd-fit');
  }
}
