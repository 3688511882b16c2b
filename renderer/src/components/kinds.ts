import type { SectionKind } from '../../../engine/model/schema.ts';

export const KIND_LABELS: Record<SectionKind, string> = {
  bluf: 'BLUF',
  content: 'Content',
  decision: 'Decision',
  backup: 'Backup',
};
