/**
 * Text sizes for chart labels without a browser. An estimate per character class (Hangul and
 * CJK are square, Latin about half as wide) is enough to wrap category labels and leave room
 * for axis labels; the layout engine's font metrics can replace `textWidth` later.
 */
const WIDE = /[\u1100-\u11FF\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFF60]/;

export function textWidth(s: string, px: number): number {
  let w = 0;
  for (const ch of s) {
    if (WIDE.test(ch)) w += 1;
    else if (ch === ' ') w += 0.28;
    else if (/[A-Z%@#mwMW]/.test(ch)) w += 0.68;
    else if (/[0-9]/.test(ch)) w += 0.56;
    else if (/[ilj.,:;'|!()[\]]/.test(ch)) w += 0.3;
    else w += 0.54;
  }
  return w * px;
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
