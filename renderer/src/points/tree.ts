/**
 * The points tree as pure functions: every edit returns a new array and leaves the old one
 * untouched, so undo history can hold both and only the edited branch changes identity.
 * Points are addressed by id; ids are unique within a section.
 */
import type { Point } from '../../../engine/model/schema.ts';
import { LIMITS } from '../../../engine/model/defaults.ts';

export interface FlatPoint {
  point: Point;
  depth: number;
  /** Index path from the section's root list. */
  path: number[];
}

/** Points in reading order with their depth, as the editor lists them. */
export function flatten(points: readonly Point[], depth = 0, base: number[] = [], out: FlatPoint[] = []): FlatPoint[] {
  points.forEach((point, i) => {
    const path = [...base, i];
    out.push({ point, depth, path });
    flatten(point.children, depth + 1, path, out);
  });
  return out;
}

export function findPath(points: readonly Point[], id: string): number[] | null {
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (p.id === id) return [i];
    const sub = findPath(p.children, id);
    if (sub) return [i, ...sub];
  }
  return null;
}

export function getAt(points: readonly Point[], path: readonly number[]): Point | undefined {
  let list = points;
  let p: Point | undefined;
  for (const i of path) {
    p = list[i];
    if (!p) return undefined;
    list = p.children;
  }
  return p;
}

/** Replace the list that holds `path`'s last step, rebuilding only the ancestors. */
function editList(points: readonly Point[], parentPath: readonly number[], edit: (list: Point[]) => Point[]): Point[] {
  if (parentPath.length === 0) return edit([...points]);
  const [head, ...rest] = parentPath;
  const p = points[head!]!;
  const copy = [...points];
  copy[head!] = { ...p, children: editList(p.children, rest, edit) };
  return copy;
}

/** Levels a point's subtree occupies (a leaf is 1). */
function height(p: Point): number {
  let h = 0;
  for (const c of p.children) h = Math.max(h, height(c));
  return h + 1;
}

export function updatePoint(points: readonly Point[], id: string, patch: Partial<Pick<Point, 'text' | 'cites' | 'portion'>>): Point[] {
  const path = findPath(points, id);
  if (!path) return [...points];
  return editList(points, path.slice(0, -1), (list) => {
    const i = path[path.length - 1]!;
    list[i] = { ...list[i]!, ...patch };
    return list;
  });
}

export function updateText(points: readonly Point[], id: string, text: string): Point[] {
  return updatePoint(points, id, { text });
}

/**
 * Enter: split the point at the caret. The text after the caret moves into a new sibling
 * below; a point with children gets the new point as its first child, as outliners do.
 */
export function splitPoint(points: readonly Point[], id: string, caret: number, newId: string): Point[] {
  const path = findPath(points, id);
  if (!path) return [...points];
  const p = getAt(points, path)!;
  const before = p.text.slice(0, caret);
  const after = p.text.slice(caret);
  const fresh: Point = { id: newId, text: after, cites: [], children: [] };
  if (p.children.length > 0 && caret >= p.text.length) {
    return editList(points, path.slice(0, -1), (list) => {
      const i = path[path.length - 1]!;
      list[i] = { ...p, text: before, children: [fresh, ...p.children] };
      return list;
    });
  }
  return editList(points, path.slice(0, -1), (list) => {
    const i = path[path.length - 1]!;
    list[i] = { ...p, text: before };
    list.splice(i + 1, 0, fresh);
    return list;
  });
}

/** Tab: become the last child of the previous sibling, if nesting allows. */
export function indent(points: readonly Point[], id: string): Point[] | null {
  const path = findPath(points, id);
  if (!path) return null;
  const i = path[path.length - 1]!;
  if (i === 0) return null;
  const p = getAt(points, path)!;
  if (path.length + height(p) > LIMITS.pointDepth) return null;
  return editList(points, path.slice(0, -1), (list) => {
    const prev = list[i - 1]!;
    list.splice(i, 1);
    list[i - 1] = { ...prev, children: [...prev.children, p] };
    return list;
  });
}

/** Shift+Tab: move out to just after the parent. */
export function outdent(points: readonly Point[], id: string): Point[] | null {
  const path = findPath(points, id);
  if (!path || path.length < 2) return null;
  const p = getAt(points, path)!;
  const parentPath = path.slice(0, -1);
  const i = path[path.length - 1]!;
  const removed = editList(points, parentPath, (list) => {
    list.splice(i, 1);
    return list;
  });
  const parentIndex = parentPath[parentPath.length - 1]!;
  return editList(removed, parentPath.slice(0, -1), (list) => {
    list.splice(parentIndex + 1, 0, p);
    return list;
  });
}

/** Alt+↑/↓: swap with the previous or next sibling. */
export function move(points: readonly Point[], id: string, dir: -1 | 1): Point[] | null {
  const path = findPath(points, id);
  if (!path) return null;
  const i = path[path.length - 1]!;
  let moved: Point[] | null = null;
  const result = editList(points, path.slice(0, -1), (list) => {
    const j = i + dir;
    if (j < 0 || j >= list.length) return list;
    const tmp = list[i]!;
    list[i] = list[j]!;
    list[j] = tmp;
    moved = list;
    return list;
  });
  return moved ? result : null;
}

export interface JoinResult {
  points: Point[];
  /** Where the caret goes: the previous point, at the join. */
  focusId: string;
  caret: number;
}

/**
 * Backspace at the start of a point: an empty point is removed, a non-empty one is joined
 * onto the end of the point above it. Its children stay where they were in reading order
 * (lifted into its place). The very first point cannot join anything.
 */
export function removeAndJoin(points: readonly Point[], id: string): JoinResult | null {
  const flat = flatten(points);
  const at = flat.findIndex((f) => f.point.id === id);
  if (at <= 0) return null;
  const prev = flat[at - 1]!.point;
  const p = flat[at]!.point;
  const path = flat[at]!.path;
  const caret = prev.text.length;
  let next = editList(points, path.slice(0, -1), (list) => {
    list.splice(path[path.length - 1]!, 1, ...p.children);
    return list;
  });
  if (p.text !== '') next = updateText(next, prev.id, prev.text + p.text);
  return { points: next, focusId: prev.id, caret };
}

/** Insert parsed points after `id` (or in its place when it is empty). */
export function insertAfter(points: readonly Point[], id: string | null, fresh: readonly Point[]): Point[] {
  if (id === null) return [...points, ...fresh];
  const path = findPath(points, id);
  if (!path) return [...points, ...fresh];
  const p = getAt(points, path)!;
  const replace = p.text.trim() === '' && p.children.length === 0;
  return editList(points, path.slice(0, -1), (list) => {
    list.splice(path[path.length - 1]! + (replace ? 0 : 1), replace ? 1 : 0, ...fresh);
    return list;
  });
}

export function countPoints(points: readonly Point[]): number {
  let n = 0;
  for (const p of points) n += 1 + countPoints(p.children);
  return n;
}

/** A fresh copy with new ids, for duplicating a section (ids stay unique in the deck). */
export function cloneWithIds(points: readonly Point[], makeId: () => string): Point[] {
  return points.map((p) => ({ ...p, id: makeId(), cites: [...p.cites], children: cloneWithIds(p.children, makeId) }));
}
