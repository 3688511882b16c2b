import type { PreviewAt } from '../store/types.ts';

/**
 * The caption's "Slide n of N", numbered as reveal numbers the slides ("n / N" leaves backup
 * slides out; they follow the close), so the caption and the slide agree. A backup slide
 * reads "Backup k of K", as the presenter view's "Backup k / K".
 */
export function previewPosition(at: PreviewAt, t: (key: string, options: Record<string, unknown>) => string): string {
  if (at.total === 0) return t('editor:preview.slideOf', { n: 0, total: 0 });
  // A staged open draws main slides first (no backups yet) and does not know the total yet.
  if (at.partial) return t('editor:preview.slideOfStaging', { n: at.index + 1 });
  const counted = Math.min(at.counted, at.total);
  if (at.index < counted) return t('editor:preview.slideOf', { n: at.index + 1, total: counted });
  return t('editor:preview.backupOf', { n: at.index - counted + 1, total: at.total - counted });
}
