/**
 * A check item in words, in whatever language `t` speaks (the editor's UI language; the
 * English catalog for tests). Names are composed here so every language can order them.
 */
import type { CheckItem } from './index.ts';

/** i18next's `t`, or any function with its shape. */
export type CheckTranslate = (key: string, options: Record<string, unknown>) => string;

const MAX_TITLE = 60;

export function checkText(item: CheckItem, t: CheckTranslate): string {
  const { section, figure, ...rest } = item.message.params;
  const values: Record<string, unknown> = { ...rest };
  if (section) {
    const title = section.title.length > MAX_TITLE ? `${section.title.slice(0, MAX_TITLE - 1)}…` : section.title;
    values.name = title === '' ? t('checks:sectionNumbered', { n: section.index + 1 }) : t('checks:sectionNamed', { title });
  }
  if (figure !== undefined) values.figure = figure === '' ? t('checks:figureUnnamed', {}) : t('checks:figureNamed', { label: figure });
  return t(item.message.key, values);
}
