import { describe, expect, it } from 'vitest';
import type { Point, Section } from '../../../engine/model/schema.ts';
import { parseOutlinePoints } from '../../../engine/outline/index.ts';
import { deckLines, demoteLine, isRefusal, moveLine, pasteOutline, promoteLine, removeLine, sectionLines, setLineText, splitLine, type MakeId, type OutlineEdit } from '../../../renderer/src/outline-mode/model.ts';

/**
 * Builds a deck from a compact outline: "# Title" starts a section, "a" is a top-level
 * point and " b" (one space per level) a sub-point. Ids are the texts, for easy asserts.
 */
function deck(...lines: string[]): Section[] {
  const out: Section[] = [];
  let stack: Point[][] = [];
  for (const line of lines) {
    if (line.startsWith('# ')) {
      const title = line.slice(2);
      out.push({ id: title || `s${out.length}`, kind: 'content', title, points: [], notes: '', figures: [], image: null, marking: null, decision: null });
      stack = [out[out.length - 1]!.points];
      continue;
    }
    const depth = line.length - line.trimStart().length;
    const text = line.trim();
    const p: Point = { id: text, text, cites: [], children: [] };
    stack[depth]!.push(p);
    stack[depth + 1] = p.children;
    stack.length = depth + 2;
  }
  return out;
}

/** The reverse: every line with its level as indent ("# " marks a section). */
function shape(sections: readonly Section[]): string[] {
  return deckLines(sections).map((l) => (l.level === 1 ? `# ${l.text}` : ' '.repeat(l.level - 2) + l.text));
}

function ids(): MakeId {
  let n = 0;
  return (prefix) => `${prefix}-new${++n}`;
}

function ok(r: ReturnType<typeof demoteLine>): OutlineEdit {
  if (r === null || isRefusal(r)) throw new Error(`expected an edit, got ${JSON.stringify(r)}`);
  return r;
}

describe('outline mode: deck ↔ lines', () => {
  it('lists sections at level 1 and points below them at 2, 3 and 4', () => {
    const d = deck('# A', 'a1', ' a11', '  a111', 'a2', '# B');
    expect(deckLines(d).map((l) => [l.text, l.level, l.sectionId])).toEqual([
      ['A', 1, 'A'],
      ['a1', 2, 'A'],
      ['a11', 3, 'A'],
      ['a111', 4, 'A'],
      ['a2', 2, 'A'],
      ['B', 1, 'B'],
    ]);
    expect(deckLines(d)[0]!.kind).toBe('content');
  });

  it('caches lines per section object, so typing in one section recomputes only that one', () => {
    const d = deck('# A', 'a1', '# B', 'b1');
    const typed = setLineText(d, 'a1', 'a1!');
    expect(sectionLines(typed[1]!)).toBe(sectionLines(d[1]!));
    expect(sectionLines(typed[0]!)).not.toBe(sectionLines(d[0]!));
    expect(typed[1]).toBe(d[1]);
  });

  it('sets a title or a point text, leaving the input untouched', () => {
    const d = deck('# A', 'a1');
    expect(shape(setLineText(setLineText(d, 'A', 'Alpha'), 'a1', 'one'))).toEqual(['# Alpha', 'one']);
    expect(shape(d)).toEqual(['# A', 'a1']);
  });
});

describe('outline mode: Enter', () => {
  it('splits a point at the caret into a sibling', () => {
    const r = splitLine(deck('# A', 'hello world'), 'hello world', 6, ids())!;
    expect(shape(r.sections)).toEqual(['# A', 'hello ', 'world']);
    expect(r.focus).toEqual({ id: 'p-new1', caret: 0 });
  });

  it('at the end of a title with points goes to a new first point, or to an empty one', () => {
    const r = splitLine(deck('# A', 'a1'), 'A', 1, ids())!;
    expect(shape(r.sections)).toEqual(['# A', '', 'a1']);
    expect(r.focus.id).toBe('p-new1');
    const blank = deck('# A', '');
    const r2 = splitLine(blank, 'A', 1, ids())!;
    expect(shape(r2.sections)).toEqual(['# A', '']);
    expect(r2.focus).toEqual({ id: '', caret: 0 });
  });

  it('at the end of a title without points makes a new section', () => {
    const r = splitLine(deck('# A', '# B'), 'A', 1, ids())!;
    expect(shape(r.sections)).toEqual(['# A', '# ', '# B']);
    expect(r.focus).toEqual({ id: 's-new1', caret: 0 });
  });

  it('inside a title splits the section; the points follow the new title', () => {
    const r = splitLine(deck('# AlphaBeta', 'p1', ' p11'), 'AlphaBeta', 5, ids())!;
    expect(shape(r.sections)).toEqual(['# Alpha', '# Beta', 'p1', ' p11']);
  });

  it('at the start of a non-empty line opens an empty line above and keeps the caret', () => {
    const r = splitLine(deck('# A', 'a1', 'a2'), 'a2', 0, ids())!;
    expect(shape(r.sections)).toEqual(['# A', 'a1', '', 'a2']);
    expect(r.focus).toEqual({ id: 'a2', caret: 0 });
    const r2 = splitLine(deck('# A', '# B'), 'B', 0, ids())!;
    expect(shape(r2.sections)).toEqual(['# A', '# ', '# B']);
  });
});

describe('outline mode: Tab demotes', () => {
  it('a section becomes the last point of the section above; its points follow as children', () => {
    const d = deck('# A', 'a1', '# B', 'b1', ' b11', 'b2', '# C');
    const r = ok(demoteLine(d, 'B'));
    expect(shape(r.sections)).toEqual(['# A', 'a1', 'B', ' b1', '  b11', ' b2', '# C']);
    expect(r.focus.id).toBe('B');
    expect(r.sections[1]).toBe(d[2]);
  });

  it('merges notes and key figures into the section above', () => {
    const d = deck('# A', '# B', 'b1');
    const fig = (id: string) => ({ id, label: id, value: '1', unit: '', asOf: '', sourceId: '' });
    d[0] = { ...d[0]!, notes: 'note A', figures: [fig('fA')] };
    d[1] = { ...d[1]!, notes: 'note B', figures: [fig('fB')] };
    const r = ok(demoteLine(d, 'B'));
    expect(r.sections[0]!.notes).toBe('note A\n\nnote B');
    expect(r.sections[0]!.figures.map((f) => f.id)).toEqual(['fA', 'fB']);
  });

  it('refuses what a point cannot hold or nest, and the first section', () => {
    expect(demoteLine(deck('# A', '# B'), 'A')).toBeNull();
    const withImage = deck('# A', '# B');
    withImage[1] = { ...withImage[1]!, decision: { problem: 'p', options: [], recommendation: '' } };
    expect(demoteLine(withImage, 'B')).toEqual({ error: 'demote-has-extras' });
    expect(demoteLine(deck('# A', '# B', 'b1', ' b11', '  b111'), 'B')).toEqual({ error: 'demote-too-deep' });
  });

  it('indents a point under the point above, never the first point of a section', () => {
    expect(shape(ok(demoteLine(deck('# A', 'a1', 'a2'), 'a2')).sections)).toEqual(['# A', 'a1', ' a2']);
    expect(demoteLine(deck('# A', 'a1'), 'a1')).toBeNull();
  });
});

describe('outline mode: Shift+Tab promotes', () => {
  it('a top-level point becomes a new section and takes its children and the points after it', () => {
    const d = deck('# A', 'a1', 'a2', ' a21', 'a3', ' a31', '# B');
    const r = ok(promoteLine(d, 'a2'));
    expect(shape(r.sections)).toEqual(['# A', 'a1', '# a2', 'a21', 'a3', ' a31', '# B']);
    expect(r.sections[1]!.id).toBe('a2');
    expect(r.sections[2]).toBe(d[1]);
    expect(shape(d)).toEqual(['# A', 'a1', 'a2', ' a21', 'a3', ' a31', '# B']);
  });

  it('keeps the citations of the points it moves (sources are the deck\'s) and gives the new section every default field', () => {
    const d = deck('# A', 'a1', 'a2');
    d[0] = { ...d[0]!, points: [d[0]!.points[0]!, { ...d[0]!.points[1]!, cites: ['src2'] }] };
    const r = ok(promoteLine(d, 'a1'));
    const fresh = r.sections[1]!;
    expect(fresh.points[0]!.cites).toEqual(['src2']);
    expect(fresh).toMatchObject({ kind: 'content', notes: '', figures: [], image: null, marking: null, decision: null });
  });

  it('refuses a point with a portion mark, which a title cannot carry', () => {
    const d = deck('# A', 'a1');
    d[0] = { ...d[0]!, points: [{ ...d[0]!.points[0]!, portion: 'S' }] };
    expect(promoteLine(d, 'a1')).toEqual({ error: 'promote-has-portion' });
  });

  it('outdents a sub-point, and leaves a section alone', () => {
    expect(shape(ok(promoteLine(deck('# A', 'a1', ' a11', 'a2'), 'a11')).sections)).toEqual(['# A', 'a1', 'a11', 'a2']);
    expect(promoteLine(deck('# A'), 'A')).toBeNull();
  });

  it('promote then demote brings the same lines back', () => {
    const d = deck('# A', 'a1', 'a2', ' a21');
    const p = ok(promoteLine(d, 'a2'));
    const back = ok(demoteLine(p.sections, 'a2'));
    expect(shape(back.sections)).toEqual(['# A', 'a1', 'a2', ' a21']);
  });
});

describe('outline mode: Alt+↑/↓, Backspace, paste', () => {
  it('moves a section with all its points, and a point with its children', () => {
    expect(shape(moveLine(deck('# A', 'a1', '# B', 'b1'), 'B', -1)!.sections)).toEqual(['# B', 'b1', '# A', 'a1']);
    expect(shape(moveLine(deck('# A', 'a1', ' a11', 'a2'), 'a1', 1)!.sections)).toEqual(['# A', 'a2', 'a1', ' a11']);
    expect(moveLine(deck('# A', '# B'), 'B', 1)).toBeNull();
  });

  it('removes an empty line; an empty title hands its points to the section above', () => {
    const r = removeLine(deck('# A', 'a1', '# ', 'b1'), 's1')!;
    expect(shape(r.sections)).toEqual(['# A', 'a1', 'b1']);
    expect(r.focus).toEqual({ id: 'a1', caret: 2 });
    const first = removeLine(deck('# A', ''), '')!;
    expect(shape(first.sections)).toEqual(['# A']);
    expect(first.focus).toEqual({ id: 'A', caret: 1 });
    expect(removeLine(deck('# A', '# B'), 'B')).toBeNull();
    const noted = deck('# A', '# ');
    noted[1] = { ...noted[1]!, notes: 'keep me' };
    expect(removeLine(noted, 's1')).toBeNull();
  });

  it('pastes a 3-level outline on a title as sections with points and sub-points', () => {
    const pasted = parseOutlinePoints('Economy\n  Growth is slowing\n    Exports down 3%\n  Inflation steady\nSecurity\n  Drills resume\n');
    const r = pasteOutline(deck('# A', 'a1'), 'A', pasted, ids());
    if (r === null || isRefusal(r)) throw new Error('expected an edit');
    expect(shape(r.sections)).toEqual(['# A', 'a1', '# Economy', 'Growth is slowing', ' Exports down 3%', 'Inflation steady', '# Security', 'Drills resume']);
    expect(r.focus.id).toBe(r.sections[2]!.points[0]!.id);
    expect(r.focus.caret).toBe('Drills resume'.length);
  });

  it('replaces a blank section when pasting into it, and pastes points after a point', () => {
    const pasted = parseOutlinePoints('One\n  one-a\nTwo');
    const r = pasteOutline(deck('# ', ''), 's0', pasted, ids());
    if (r === null || isRefusal(r)) throw new Error('expected an edit');
    expect(shape(r.sections)).toEqual(['# One', 'one-a', '# Two']);
    const r2 = pasteOutline(deck('# A', 'a1', 'a2'), 'a1', parseOutlinePoints('x\n  y'), ids());
    if (r2 === null || isRefusal(r2)) throw new Error('expected an edit');
    expect(shape(r2.sections)).toEqual(['# A', 'a1', 'x', ' y', 'a2']);
    expect(pasteOutline(deck('# A', 'a1', ' a11'), 'a11', parseOutlinePoints('x\n  y\n    z'), ids())).toEqual({ error: 'paste-too-deep' });
  });
});
