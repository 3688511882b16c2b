/**
 * A stored marking → the banner to draw, and what about it contradicts its level. The
 * compiler, the checks, the CLI and the editor all call these, so they agree.
 */
import { LEVELS, type MarkingLevel } from './levels.ts';
import { markingText, parseMarking } from './parse.ts';

/** The stored shape (engine/model/schema.ts `Marking`), restated so this module stays schema-free. */
export interface MarkingFields {
  level: MarkingLevel;
  controls: string;
  /** Banner text override; '' derives it from level + controls. */
  text: string;
  /** '' follows the level. */
  color: string;
  textColor: string;
}

export interface Banner {
  level: MarkingLevel;
  /** '' means no banner at all. */
  text: string;
  color: string;
  textColor: string;
}

export function resolveMarking(marking: MarkingFields): Banner {
  const info = LEVELS[marking.level];
  const text = marking.text.trim() !== '' ? marking.text : markingText(marking.level, marking.controls);
  return { level: marking.level, text, color: marking.color || info.color, textColor: marking.textColor || info.textColor };
}

export type MarkingConflict =
  /** The banner colour is not the level's colour: `found` is the colour used. */
  | { kind: 'color'; found: string; expected: string }
  | { kind: 'textColor'; found: string; expected: string }
  /** The custom text reads as another level (`SECRET` text on an UNCLASSIFIED level). */
  | { kind: 'text'; found: MarkingLevel };

/** What about a marking contradicts its level; [] for none, custom, or a consistent marking. */
export function markingConflicts(marking: MarkingFields): MarkingConflict[] {
  const info = LEVELS[marking.level];
  if (info.rank === null) return [];
  const out: MarkingConflict[] = [];
  if (marking.color && marking.color.toLowerCase() !== info.color) out.push({ kind: 'color', found: marking.color.toLowerCase(), expected: info.color });
  if (marking.textColor && marking.textColor.toLowerCase() !== info.textColor) out.push({ kind: 'textColor', found: marking.textColor.toLowerCase(), expected: info.textColor });
  if (marking.text.trim() !== '') {
    const read = parseMarking(marking.text).level;
    if (read !== 'custom' && read !== 'none' && read !== marking.level) out.push({ kind: 'text', found: read });
  }
  return out;
}

/** The name of a colour for messages: the level it is the standard colour of, if any. */
export function colourName(hex: string): string {
  const lower = hex.toLowerCase();
  const named: Record<string, string> = { '#007a33': 'UNCLASSIFIED green', '#502b85': 'CUI purple', '#0033a0': 'CONFIDENTIAL blue', '#c8102e': 'SECRET red', '#ff8c00': 'TOP SECRET orange', '#fce83a': 'TOP SECRET//SCI yellow', '#ffffff': 'white', '#000000': 'black' };
  const name = named[lower];
  return name ? `${lower} (${name})` : lower;
}

/**
 * v2 banner (text + colours) → v3 fields, keeping what it showed exactly: the text is kept
 * as an override unless the level derives the same words, and a colour is kept unless it is
 * the level's own. A `none` banner (no text) drew nothing, so its colours are dropped.
 */
export function markingFromV2(text: string, color: string, textColor: string): MarkingFields {
  const { level, controls } = parseMarking(text);
  if (level === 'none') return { level, controls: '', text: '', color: '', textColor: '' };
  const info = LEVELS[level];
  const keep = (value: string, standard: string): string => (level !== 'custom' && value.toLowerCase() === standard ? '' : value);
  return {
    level,
    controls,
    text: level !== 'custom' && markingText(level, controls) === text ? '' : text,
    color: keep(color, info.color),
    textColor: keep(textColor, info.textColor),
  };
}
