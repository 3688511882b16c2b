/**
 * Banner text ⇄ level. `parseMarking` reads what people type (or what v2 files hold) into a
 * level and its dissemination controls; `markingText` writes the banner back. Pure.
 */
import { LEVELS, type MarkingLevel } from './levels.ts';

export interface ParsedMarking {
  level: MarkingLevel;
  /** Dissemination controls after the level's `//` (`REL TO USA, KOR`), '' for none. */
  controls: string;
}

const US_LEVELS: ReadonlyArray<[string, MarkingLevel]> = [
  ['UNCLASSIFIED', 'unclassified'],
  ['CUI', 'cui'],
  ['CONTROLLED UNCLASSIFIED INFORMATION', 'cui'],
  ['CONFIDENTIAL', 'confidential'],
  ['SECRET', 'secret'],
  ['TOP SECRET', 'top-secret'],
];

/** 군사Ⅲ급비밀, Ⅲ급 비밀, III급 비밀, 3급비밀 …: the numeral as Roman numeral sign, Latin letters or a digit. */
const KR_SECRET = /^(?:군사)?(Ⅰ|Ⅱ|Ⅲ|I{1,3}|[123])급비밀$/u;
const KR_NUMERAL: Readonly<Record<string, MarkingLevel>> = { Ⅰ: 'kr-1', I: 'kr-1', '1': 'kr-1', Ⅱ: 'kr-2', II: 'kr-2', '2': 'kr-2', Ⅲ: 'kr-3', III: 'kr-3', '3': 'kr-3' };

/** One level word (no controls) → its level, or null. */
function levelOf(head: string): MarkingLevel | null {
  const upper = head.replace(/\s+/g, ' ').trim().toUpperCase().replace(/-/g, ' ');
  for (const [label, level] of US_LEVELS) if (upper === label) return level;
  const compact = head.replace(/\s+/g, '');
  if (/^(?:군사)?대외비$/u.test(compact)) return 'kr-restricted';
  const kr = KR_SECRET.exec(compact.toUpperCase());
  if (kr) return KR_NUMERAL[kr[1] as string] ?? null;
  return null;
}

/**
 * A banner as typed → level + controls. '' is `none`; text we cannot read as a level is
 * `custom` (its text is then the banner). `TOP SECRET//SCI//NOFORN` is ts-sci with NOFORN.
 */
export function parseMarking(text: string): ParsedMarking {
  const trimmed = text.trim();
  if (trimmed === '') return { level: 'none', controls: '' };
  const parts = trimmed.split(/\s*\/\/\s*/);
  const level = levelOf(parts[0] ?? '');
  if (level === null) return { level: 'custom', controls: '' };
  let rest = parts.slice(1);
  if (level === 'top-secret' && rest[0]?.trim().toUpperCase() === 'SCI') return { level: 'ts-sci', controls: rest.slice(1).join('//') };
  rest = rest.filter((part) => part !== '');
  return { level, controls: rest.join('//') };
}

/** The banner a level and its controls make: `SECRET//REL TO USA, KOR`. '' for none and custom. */
export function markingText(level: MarkingLevel, controls: string): string {
  const label = LEVELS[level].label;
  if (!label) return '';
  const extra = controls.trim();
  return extra ? `${label}//${extra}` : label;
}
