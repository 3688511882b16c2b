import { describe, expect, it } from 'vitest';
import type { Point } from '../../../engine/model/schema.ts';
import { flatten, indent, insertAfter, move, outdent, removeAndJoin, splitPoint, updateText } from '../../../renderer/src/points/tree.ts';

/** Builds points from a compact outline: "a" at depth 0, " b" (one space per level) nested. */
function tree(...lines: string[]): Point[] {
  const root: Point[] = [];
  const stack: Point[][] = [root];
  for (const line of lines) {
    const depth = line.length - line.trimStart().length;
    const text = line.trim();
    const p: Point = { id: text, text, cites: [], children: [] };
    stack[depth]!.push(p);
    stack[depth + 1] = p.children;
    stack.length = depth + 2;
  }
  return root;
}
/** The reverse: the outline as lines, to compare shapes at a glance. */
function shape(points: Point[]): string[] {
  return flatten(points).map((f) => ' '.repeat(f.depth) + f.point.text);
}

describe('points tree', () => {
  it('splits at the caret into a sibling, and into a first child when the point has children', () => {
    const t = tree('hello world', 'next');
    expect(shape(splitPoint(t, 'hello world', 5, 'n1'))).toEqual(['hello', ' world', 'next']);
    const withKids = tree('parent', ' kid');
    const out = splitPoint(withKids, 'parent', 6, 'n2');
    expect(shape(out)).toEqual(['parent', ' ', ' kid']);
    expect(out[0]!.children[0]!.id).toBe('n2');
    expect(t[0]!.text).toBe('hello world');
  });

  it('indents under the previous sibling and outdents after the parent', () => {
    const t = tree('a', 'b', 'c');
    const i1 = indent(t, 'b')!;
    expect(shape(i1)).toEqual(['a', ' b', 'c']);
    const i2 = indent(i1, 'c')!;
    expect(shape(i2)).toEqual(['a', ' b', ' c']);
    expect(indent(i2, 'a')).toBeNull();
    const o = outdent(i2, 'b')!;
    expect(shape(o)).toEqual(['a', ' c', 'b']);
    expect(outdent(o, 'a')).toBeNull();
  });

  it('refuses to indent past the schema depth, counting the subtree', () => {
    const t = tree('a', ' b', '  c', 'd', ' e');
    expect(indent(t, 'c')).toBeNull();
    // c carries two levels below it; under a it would need four.
    expect(indent(tree('a', 'c', ' d', '  e'), 'c')).toBeNull();
    expect(shape(indent(t, 'd')!)).toEqual(['a', ' b', '  c', ' d', '  e']);
  });

  it('moves among siblings only, and reports a move at the edge as null', () => {
    const t = tree('a', 'b', ' x', 'c');
    expect(shape(move(t, 'b', -1)!)).toEqual(['b', ' x', 'a', 'c']);
    expect(shape(move(t, 'b', 1)!)).toEqual(['a', 'c', 'b', ' x']);
    expect(move(t, 'a', -1)).toBeNull();
    expect(move(t, 'x', 1)).toBeNull();
  });

  it('backspace removes an empty point, joins text onto the point above, and lifts children', () => {
    const t = tree('a', 'b', ' c');
    t[1]!.text = '';
    const r = removeAndJoin(t, 'b')!;
    expect(shape(r.points)).toEqual(['a', 'c']);
    expect(r).toMatchObject({ focusId: 'a', caret: 1 });
    const j = removeAndJoin(tree('one', ' two'), 'two')!;
    expect(shape(j.points)).toEqual(['onetwo']);
    expect(j.caret).toBe(3);
    expect(removeAndJoin(tree('first'), 'first')).toBeNull();
  });

  it('inserts pasted points after the current one, or replaces it when empty', () => {
    const fresh = tree('p1', ' p2');
    expect(shape(insertAfter(tree('a', 'b'), 'a', fresh))).toEqual(['a', 'p1', ' p2', 'b']);
    const empty = tree('a');
    empty[0]!.text = '';
    expect(shape(insertAfter(empty, 'a', fresh))).toEqual(['p1', ' p2']);
  });

  it('rebuilds only the edited branch', () => {
    const t = tree('a', ' b', 'c');
    const u = updateText(t, 'b', 'B');
    expect(u[1]).toBe(t[1]);
    expect(u[0]).not.toBe(t[0]);
    expect(u[0]!.children[0]!.text).toBe('B');
  });
});
