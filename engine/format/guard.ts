/**
 * Checks on untrusted data before any schema work, each a loop (no recursion), so neither a
 * 100 000-level nesting nor a 100 000-point deck can overflow the stack or keep zod busy:
 *   - `checkPlainData`: nesting depth and keys that could reach an object's prototype;
 *   - `checkCounts`: the deck's lists against LIMITS, before zod walks a single point.
 */
import { LIMITS } from '../model/defaults.ts';
import { DeckError, formatZodPath } from './errors.ts';

/** Keys refused anywhere: they mean prototype pollution to code that copies objects naïvely. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Key = string | number;

/** One container on the walk's stack: the stack itself is the path, so nothing per node is kept. */
interface Frame {
  value: Record<string, unknown> | unknown[];
  /** Own keys of an object, null for an array. */
  keys: string[] | null;
  /** Next child to visit. */
  next: number;
  /** This container's key in its parent. */
  key: Key;
}

/**
 * Walks every object and array in `root` depth-first with an explicit stack (no recursion),
 * refusing nesting deeper than `maxDepth` and keys in UNSAFE_KEYS, by path. Shared
 * references (possible in structured-clone data from IPC) are walked once, so a graph with
 * sharing or cycles cannot blow up.
 */
export function checkPlainData(root: unknown, maxDepth: number, toPath: (keys: Key[]) => string): void {
  if (typeof root !== 'object' || root === null) return;
  const seen = new WeakSet<object>();
  const stack: Frame[] = [];
  const pathTo = (last?: Key): string => {
    const keys = stack.slice(1).map((f) => f.key);
    if (last !== undefined) keys.push(last);
    return toPath(keys);
  };
  const enter = (value: object, key: Key): void => {
    if (seen.has(value)) return;
    seen.add(value);
    const array = Array.isArray(value);
    stack.push({ value: value as Frame['value'], keys: array ? null : Object.keys(value), next: 0, key });
    if (stack.length > maxDepth) throw new DeckError('too-deep', `the data nests deeper than ${maxDepth} levels`, pathTo());
    const keys = stack[stack.length - 1]?.keys;
    if (keys) for (const k of keys) if (UNSAFE_KEYS.has(k)) throw new DeckError('unsafe-key', `the key "${k}" is not allowed in a deck file`, pathTo(k));
  };
  enter(root, '');
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const { value, keys } = frame;
    const count = keys ? keys.length : (value as unknown[]).length;
    let child: unknown;
    let key: Key = 0;
    // Skip leaves; stop at the next container child, or finish this frame.
    while (frame.next < count) {
      key = keys ? (keys[frame.next] as string) : frame.next;
      child = (value as Record<Key, unknown>)[key];
      frame.next++;
      if (typeof child === 'object' && child !== null) break;
      child = undefined;
    }
    if (child === undefined) stack.pop();
    else enter(child as object, key);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Refuses a deck whose lists are longer than LIMITS allow, before zod walks them: zod
 * would parse every one of 100 000 points before its `.max()` fires, and report each bad one.
 * Only the lists zod walks element by element are counted; anything else is left to zod.
 */
export function checkCounts(deck: unknown, toPath: (keys: Key[]) => string): void {
  if (!isRecord(deck) || !Array.isArray(deck.sections)) return;
  const sections = deck.sections;
  checkSectionCount(deck, toPath);
  if (Array.isArray(deck.sources) && deck.sources.length > LIMITS.sources) {
    throw new DeckError('too-many', `the deck has ${deck.sources.length} sources; the limit is ${LIMITS.sources}`, toPath(['sources']));
  }
  let points = 0;
  for (let s = 0; s < sections.length; s++) {
    const section = sections[s];
    if (!isRecord(section)) continue;
    for (const list of ['figures'] as const) {
      const items = section[list];
      if (Array.isArray(items) && items.length > LIMITS.perSectionItems) {
        throw new DeckError('too-many', `the section has ${items.length} ${list}; the limit is ${LIMITS.perSectionItems}`, toPath(['sections', s, list]));
      }
    }
    const options = isRecord(section.decision) ? section.decision.options : undefined;
    if (Array.isArray(options) && options.length > LIMITS.perSectionItems) {
      throw new DeckError('too-many', `the decision has ${options.length} options; the limit is ${LIMITS.perSectionItems}`, toPath(['sections', s, 'decision', 'options']));
    }
    // Points nest LIMITS.pointDepth levels; one level more is counted too (zod refuses it,
    // but must not walk a huge list there first). Deeper lists are never reached by zod.
    const lists: { items: unknown[]; path: Key[]; level: number }[] = [];
    if (Array.isArray(section.points)) lists.push({ items: section.points, path: ['sections', s, 'points'], level: 1 });
    while (lists.length > 0) {
      const { items, path, level } = lists.pop() as (typeof lists)[number];
      points += items.length;
      if (points > LIMITS.points) {
        throw new DeckError('too-many', `the deck has more than ${LIMITS.points} points (the limit)`, toPath(path));
      }
      if (level > LIMITS.pointDepth) continue;
      for (let p = 0; p < items.length; p++) {
        const point = items[p];
        if (!isRecord(point)) continue;
        if (Array.isArray(point.cites) && point.cites.length > LIMITS.perSectionItems) {
          throw new DeckError('too-many', `the point cites ${point.cites.length} sources; the limit is ${LIMITS.perSectionItems}`, toPath([...path, p, 'cites']));
        }
        if (Array.isArray(point.children)) lists.push({ items: point.children, path: [...path, p, 'children'], level: level + 1 });
      }
    }
  }
}

/** Refuses more sections than LIMITS allow; reads one property, so it may run before the walk. */
export function checkSectionCount(deck: unknown, toPath: (keys: Key[]) => string): void {
  const sections = isRecord(deck) ? deck.sections : undefined;
  if (Array.isArray(sections) && sections.length > LIMITS.sections) {
    throw new DeckError('too-many', `the deck has ${sections.length} sections; the limit is ${LIMITS.sections}`, toPath(['sections']));
  }
}

/** Path formatter for data whose root IS the deck. */
export function deckPath(keys: readonly Key[]): string {
  return formatZodPath(keys) || 'deck';
}

/** Path formatter for an envelope: paths inside `deck` are shown deck-relative, as users think of them. */
export function envelopePath(keys: readonly Key[]): string {
  return keys[0] === 'deck' ? deckPath(keys.slice(1)) : formatZodPath(keys) || '(file)';
}
