import type { SectionKind } from '../../../engine/model/schema.ts';

/** Catalog keys of the section kinds' names (badge and Kind select); read with t(). */
export const KIND_LABEL_KEYS: Record<SectionKind, string> = {
  bluf: 'editor:kind.bluf',
  content: 'editor:kind.content',
  decision: 'editor:kind.decision',
  backup: 'editor:kind.backup',
};
