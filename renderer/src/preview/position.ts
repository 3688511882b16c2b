import type { PreviewAt } from '../store/types.ts';

/**
 * The caption's "Slide n of N", numbered as reveal numbers the slides ("n / N" leaves backup
 * slides out; they follow the close), so the caption and the slide agree. A backup slide
 * reads "Backup k of K", as the presenter view's "Backup k / K".
 */
export function previewPosition(at: PreviewAt): string {
  if (at.total === 0) return 'Slide 0 of 0';
  const counted = Math.min(at.counted, at.total);
  if (at.index < counted) return `Slide ${at.index + 1} of ${counted}`;
  return `Backup ${at.index - counted + 1} of ${at.total - counted}`;
}
