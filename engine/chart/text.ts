/**
 * Text sizes for chart labels without a browser, from the layout engine's Noto Sans advance
 * widths (engine/layout/measure.ts): the same measure that breaks the slides' text.
 */
import { emWidth } from '../layout/measure.ts';

export function textWidth(s: string, px: number, bold = false): number {
  return emWidth(s, bold) * px;
}

/**
 * Breaks `s` into at most `maxLines` lines no wider than `width` (words first, then
 * characters for a word that alone is too wide); a cut last line ends in "…".
 */
export function wrapLabel(s: string, width: number, px: number, maxLines: number): string[] {
  const words = s.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  const push = (line: string): void => {
    lines.push(line);
  };
  for (const word of words) {
    const next = cur ? `${cur} ${word}` : word;
    if (textWidth(next, px) <= width) {
      cur = next;
      continue;
    }
    if (cur) push(cur);
    cur = '';
    if (textWidth(word, px) <= width) {
      cur = word;
      continue;
    }
    // A word wider than the column: break it between characters.
    for (const ch of word) {
      if (cur && textWidth(cur + ch, px) > width) {
        push(cur);
        cur = '';
      }
      cur += ch;
    }
  }
  if (cur) push(cur);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last.length > 1 && textWidth(`${last}…`, px) > width) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
