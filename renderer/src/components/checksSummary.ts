/**
 * The checks panel's headline. It counts exactly the items the panel lists: the ones a
 * reviewer would flag (errors and warnings) and, said apart, the notes (info), so the
 * numbers in the headline always add up to the length of the list below it.
 */
import type { CheckItem } from '../../../engine/checks/index.ts';

type Translate = (key: string, opts?: Record<string, unknown>) => string;

export interface ChecksSummary {
  flagged: number;
  info: number;
  text: string;
}

export function checksSummary(items: readonly Pick<CheckItem, 'severity'>[], t: Translate): ChecksSummary {
  const info = items.filter((i) => i.severity === 'info').length;
  const flagged = items.length - info;
  const parts = [flagged === 0 ? t('outlineMode:checks.ready') : `${t('outlineMode:checks.flagged', { count: flagged })}.`];
  if (info > 0) parts.push(`${t('outlineMode:checks.info', { count: info })}.`);
  return { flagged, info, text: parts.join(' ') };
}
