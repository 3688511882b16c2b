/**
 * A linear, non-recursive check of JSON text that runs BEFORE `JSON.parse`, so that
 * hostile input fails fast with a useful place:
 *   - nesting deeper than a limit (100 000 `[` would otherwise reach JSON.parse and every
 *     recursive walk after it) fails at the first bracket past the limit;
 *   - a syntax error or a truncated file names its line and column, in the same words on
 *     every JavaScript engine (V8's own messages quote raw input, which may span lines);
 *   - an object with more keys, or an array with more items, than any deck can hold fails at
 *     the first one too many: JSON.parse of a 40 MB object with three million keys alone takes
 *     seconds and a gigabyte, before the schema could say "unknown key".
 * It holds only a stack of at most `maxDepth` container kinds and their counts.
 */
import { DeckError } from './errors.ts';

// Parser states (plain numbers: const enums do not survive isolated transpilers).
const State = {
  Value: 0,
  ValueOrArrayEnd: 1,
  KeyOrObjectEnd: 2,
  Key: 3,
  Colon: 4,
  CommaOrObjectEnd: 5,
  CommaOrArrayEnd: 6,
  End: 7,
} as const;
type State = (typeof State)[keyof typeof State];

const OBJECT = 0;
const ARRAY = 1;

/**
 * Throws a DeckError (`syntax`, `too-deep` or `too-many`) unless `text` is JSON nested at most
 * `maxDepth` deep, with at most `maxKeys` keys in any object and `maxItems` items in any array.
 */
export function scanJson(text: string, maxDepth: number, maxKeys = Infinity, maxItems = Infinity): void {
  const n = text.length;
  const stack: number[] = [];
  // Keys or items seen so far in each open container, parallel to `stack`.
  const counts: number[] = [];
  let state = State.Value as State;
  let i = 0;

  const fail = (at: number, what: string): never => {
    throw new DeckError('syntax', `invalid JSON at ${lineColumn(text, at)}: ${what}`);
  };
  const truncated = (): never => {
    throw new DeckError('syntax', `the JSON ends early at ${lineColumn(text, n)} (is the file truncated?)`);
  };
  // These return the next state rather than set it, so TypeScript follows `state` through the loop.
  const afterValue = (): State => {
    const top = stack[stack.length - 1];
    return top === undefined ? State.End : top === OBJECT ? State.CommaOrObjectEnd : State.CommaOrArrayEnd;
  };
  const open = (kind: number): State => {
    if (stack.length >= maxDepth) {
      throw new DeckError('too-deep', `the JSON nests deeper than ${maxDepth} levels (at ${lineColumn(text, i)})`);
    }
    stack.push(kind);
    counts.push(0);
    return kind === OBJECT ? State.KeyOrObjectEnd : State.ValueOrArrayEnd;
  };
  const close = (): State => {
    stack.pop();
    counts.pop();
    return afterValue();
  };
  /** Counts one more key or array item in the innermost container. */
  const member = (): void => {
    const top = counts.length - 1;
    if (top < 0) return;
    const count = (counts[top] ?? 0) + 1;
    counts[top] = count;
    if (stack[top] === OBJECT ? count > maxKeys : count > maxItems) {
      const what = stack[top] === OBJECT ? `an object with more than ${maxKeys} keys` : `a list with more than ${maxItems} items`;
      throw new DeckError('too-many', `the JSON has ${what}, more than any deck holds (at ${lineColumn(text, i)})`);
    }
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    // Whitespace as JSON defines it: space, tab, LF, CR.
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
      i++;
      continue;
    }
    switch (state) {
      case State.Value:
      case State.ValueOrArrayEnd:
        if (stack[stack.length - 1] === ARRAY && c !== 0x5d /* ] */) member();
        if (c === 0x7b /* { */) {
          state = open(OBJECT);
          i++;
        } else if (c === 0x5b /* [ */) {
          state = open(ARRAY);
          i++;
        } else if (c === 0x5d /* ] */ && state === State.ValueOrArrayEnd) {
          state = close();
          i++;
        } else if (c === 0x22 /* " */) {
          i = skipString(text, i, fail, truncated);
          state = afterValue();
        } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
          i = skipNumber(text, i, fail, truncated);
          state = afterValue();
        } else if (c === 0x74 || c === 0x66 || c === 0x6e /* t f n */) {
          const word = c === 0x74 ? 'true' : c === 0x66 ? 'false' : 'null';
          if (text.startsWith(word, i)) {
            i += word.length;
            state = afterValue();
          } else if (n - i < word.length && word.startsWith(text.slice(i))) {
            truncated();
          } else {
            fail(i, `expected "${word}" or another value`);
          }
        } else {
          fail(i, `expected a value, found ${describe(text, i)}`);
        }
        break;
      case State.KeyOrObjectEnd:
      case State.Key:
        if (c === 0x22) {
          member();
          i = skipString(text, i, fail, truncated);
          state = State.Colon;
        } else if (c === 0x7d /* } */ && state === State.KeyOrObjectEnd) {
          state = close();
          i++;
        } else {
          fail(i, `expected a key in double quotes, found ${describe(text, i)}`);
        }
        break;
      case State.Colon:
        if (c !== 0x3a /* : */) fail(i, `expected ':' after a key, found ${describe(text, i)}`);
        state = State.Value;
        i++;
        break;
      case State.CommaOrObjectEnd:
        if (c === 0x2c /* , */) state = State.Key;
        else if (c === 0x7d) state = close();
        else fail(i, `expected ',' or '}', found ${describe(text, i)}`);
        i++;
        break;
      case State.CommaOrArrayEnd:
        if (c === 0x2c) state = State.Value;
        else if (c === 0x5d) state = close();
        else fail(i, `expected ',' or ']', found ${describe(text, i)}`);
        i++;
        break;
      case State.End:
        fail(i, `unexpected ${describe(text, i)} after the end of the JSON`);
    }
  }
  if (state !== State.End) truncated();
}

/** Index just past the string that starts at `start` (a `"`). */
function skipString(text: string, start: number, fail: (at: number, what: string) => never, truncated: () => never): number {
  const n = text.length;
  let i = start + 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c === 0x5c /* \ */) {
      const e = text.charCodeAt(i + 1);
      if (i + 1 >= n) truncated();
      if (e === 0x75 /* u */) {
        for (let k = 2; k < 6; k++) {
          if (i + k >= n) truncated();
          if (!isHex(text.charCodeAt(i + k))) fail(i, 'a \\u escape needs four hex digits');
        }
        i += 6;
      } else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
        i += 2;
      } else {
        fail(i, `invalid escape ${describe(text, i + 1)} in a string`);
      }
    } else if (c < 0x20) {
      fail(i, 'a line break or control character inside a string (strings must be on one line, written with \\n)');
    } else {
      i++;
    }
  }
  return truncated();
}

/** Index just past the JSON number that starts at `start`. */
function skipNumber(text: string, start: number, fail: (at: number, what: string) => never, truncated: () => never): number {
  const n = text.length;
  let i = start;
  const digits = (): void => {
    if (i >= n) truncated();
    if (!isDigit(text.charCodeAt(i))) fail(i, `expected a digit, found ${describe(text, i)}`);
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  };
  if (text.charCodeAt(i) === 0x2d) i++;
  if (i < n && text.charCodeAt(i) === 0x30) i++;
  else digits();
  if (i < n && text.charCodeAt(i) === 0x2e /* . */) {
    i++;
    digits();
  }
  if (i < n && (text.charCodeAt(i) === 0x65 || text.charCodeAt(i) === 0x45) /* e E */) {
    i++;
    if (i < n && (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d)) i++;
    digits();
  }
  return i;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** The character at `i`, quoted so a message stays one line. */
function describe(text: string, i: number): string {
  const cp = text.codePointAt(i);
  if (cp === undefined) return 'the end';
  if (cp < 0x20 || cp === 0x7f) return `control character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${String.fromCodePoint(cp)}'`;
}

/** "line L, column C" (1-based) of index `at`; computed only on failure. */
export function lineColumn(text: string, at: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${at - lineStart + 1}`;
}
