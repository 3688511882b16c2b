/**
 * HTML comments `<!-- … -->` hold speaker notes. They are cut out of the text before the
 * line parser runs, keeping every newline so line numbers stay true, and handed back with
 * the line they started on so the parser can give each note to the right section.
 */

export interface CommentNote {
  /** 1-based line on which `<!--` stands. */
  line: number;
  text: string;
}

export interface CommentSplit {
  /** The input with each comment replaced by its newlines only. */
  text: string;
  notes: CommentNote[];
  /** Line of a `<!--` with no `-->` after it (left in place as text), or null. */
  unterminatedLine: number | null;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Expects LF line endings (callers normalise first). Linear in the input's length. */
export function extractComments(input: string): CommentSplit {
  const notes: CommentNote[] = [];
  let out = '';
  let from = 0;
  let line = 1;
  let unterminatedLine: number | null = null;
  for (;;) {
    const open = input.indexOf('<!--', from);
    if (open < 0) break;
    const close = input.indexOf('-->', open + 4);
    line += countNewlines(input, from, open);
    if (close < 0) {
      unterminatedLine = line;
      break;
    }
    const body = input.slice(open + 4, close);
    const breaks = countNewlines(input, open, close);
    out += input.slice(from, open) + '\n'.repeat(breaks);
    const text = body.trim();
    if (text) notes.push({ line, text });
    line += breaks;
    from = close + 3;
  }
  out += input.slice(from);
  return { text: out, notes, unterminatedLine };
}
