/**
 * Citation markers in point text: `[1]`, `[1, 3]`, `[2; 4]`. A marker whose numbers all
 * name sources of the section becomes cites on the point and leaves the text (the compiler
 * draws its own markers); anything else stays as written. `[text](url)` links and text
 * inside `code` spans are never markers.
 */

const MARKER = /\[(\d{1,4}(?: *[,;] *\d{1,4})*)\](?!\()/g;

export interface CiteResult {
  text: string;
  /** Source ids, in order of first citation, without repeats. */
  cites: string[];
  /** Numbers that matched no source (their markers stay in the text). */
  unknown: number[];
}

export function extractCites(text: string, byNumber: ReadonlyMap<number, string>): CiteResult {
  if (!text.includes('[')) return { text, cites: [], unknown: [] };
  const cites: string[] = [];
  const unknown: number[] = [];
  const segments = text.split('`');
  for (let s = 0; s < segments.length; s += 2) {
    const segment = segments[s] ?? '';
    let out = '';
    let from = 0;
    MARKER.lastIndex = 0;
    for (let m = MARKER.exec(segment); m; m = MARKER.exec(segment)) {
      const numbers = (m[1] ?? '').split(/[,;]/).map((n) => Number(n.trim()));
      const ids = numbers.map((n) => byNumber.get(n));
      if (ids.some((id) => id === undefined)) {
        for (const n of numbers) if (!byNumber.has(n) && !unknown.includes(n)) unknown.push(n);
        continue;
      }
      for (const id of ids) if (id !== undefined && !cites.includes(id)) cites.push(id);
      // "grew 9% [1]." → "grew 9%.": the marker goes, and the spaces before it.
      out += trimSpacesEnd(segment.slice(from, m.index));
      from = m.index + m[0].length;
    }
    segments[s] = out + segment.slice(from);
  }
  return { text: segments.join('`').trim(), cites, unknown };
}

function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(0, end);
}
