/**
 * Outline mode's model: the whole deck as one list of lines, and the edits PowerPoint's
 * Outline view makes on it. Level 1 lines are sections (their titles); level 2 and deeper
 * are the points of the section above, in reading order. Pure functions over
 * `Section[]`: every edit returns new arrays, keeps the identity of each section it did not
 * touch (the preview's slide cache and undo history rely on that), and returns null when
 * the edit does not apply, or `{ error }` when it would lose data (nothing changes then).
 *
 * Points inside one section reuse the points editor's tree edits (../points/tree.ts).
 */
import { LIMITS } from '../../../engine/model/defaults.ts';
import { SectionSchema, type Point, type Section, type SectionKind } from '../../../engine/model/schema.ts';
import { findPath, flatten, getAt, indent, insertAfter, move, outdent, removeAndJoin, splitPoint, updateText } from '../points/tree.ts';

export interface OutlineLine {
  /** The section's id for a level-1 line, the point's id otherwise (ids are unique in a deck). */
  id: string;
  sectionId: string;
  /** 1 = section title, 2 = top-level point, 3 and 4 = sub-points. */
  level: number;
  text: string;
  /** Sections only. */
  kind?: SectionKind;
}

export interface Caret {
  id: string;
  caret: number;
}

export interface OutlineEdit {
  sections: Section[];
  /** Where the caret goes after the edit. */
  focus: Caret;
}

/** Why outline mode refused an edit; each is a catalog key 'outlineMode:refused.<reason>'. */
export const REFUSALS = ['demote-has-extras', 'demote-too-deep', 'demote-too-many', 'paste-too-deep', 'paste-too-many', 'promote-has-portion'] as const;

export interface OutlineRefusal {
  error: (typeof REFUSALS)[number];
}

export type MakeId = (prefix: 's' | 'p') => string;

/** The deepest line level: a section plus LIMITS.pointDepth levels of points. */
export const MAX_LEVEL = 1 + LIMITS.pointDepth;

// ---- deck → lines ----------------------------------------------------------------------

const linesCache = new WeakMap<Section, OutlineLine[]>();

/** One section's lines, cached by section identity: a keystroke recomputes one section only. */
export function sectionLines(section: Section): OutlineLine[] {
  const hit = linesCache.get(section);
  if (hit) return hit;
  const out: OutlineLine[] = [{ id: section.id, sectionId: section.id, level: 1, text: section.title, kind: section.kind }];
  for (const f of flatten(section.points)) out.push({ id: f.point.id, sectionId: section.id, level: f.depth + 2, text: f.point.text });
  linesCache.set(section, out);
  return out;
}

export function deckLines(sections: readonly Section[]): OutlineLine[] {
  const out: OutlineLine[] = [];
  for (const s of sections) for (const l of sectionLines(s)) out.push(l);
  return out;
}

// ---- locating a line -------------------------------------------------------------------

interface Located {
  /** Index of the section that holds the line. */
  si: number;
  /** null for the section's title line; else the point's index path. */
  path: number[] | null;
}

export function locate(sections: readonly Section[], id: string): Located | null {
  for (let si = 0; si < sections.length; si++) {
    const s = sections[si]!;
    if (s.id === id) return { si, path: null };
  }
  for (let si = 0; si < sections.length; si++) {
    const path = findPath(sections[si]!.points, id);
    if (path) return { si, path };
  }
  return null;
}

function replaceAt(sections: readonly Section[], si: number, ...fresh: Section[]): Section[] {
  const out = [...sections];
  out.splice(si, 1, ...fresh);
  return out;
}

function withPoints(sections: readonly Section[], si: number, points: Point[]): Section[] {
  return replaceAt(sections, si, { ...sections[si]!, points });
}

/** A new section: every field at the schema's default (now and as the format grows), then ours. */
function emptySection(id: string, title: string, points: Point[]): Section {
  return { ...SectionSchema.parse({ id: 'new', title: '' }), id, title, points };
}

function height(points: readonly Point[]): number {
  let h = 0;
  for (const p of points) h = Math.max(h, 1 + height(p.children));
  return h;
}

/** The last line of a section in reading order (its title when it has no points). */
function lastLineOf(section: Section): Caret {
  const flat = flatten(section.points);
  const last = flat[flat.length - 1]?.point;
  return last ? { id: last.id, caret: last.text.length } : { id: section.id, caret: section.title.length };
}

// ---- edits -----------------------------------------------------------------------------

/** Typing: the line's text (a section's title or a point's text). */
export function setLineText(sections: readonly Section[], id: string, text: string): Section[] {
  const at = locate(sections, id);
  if (!at) return [...sections];
  const s = sections[at.si]!;
  if (at.path === null) return replaceAt(sections, at.si, { ...s, title: text });
  return withPoints(sections, at.si, updateText(s.points, id, text));
}

/**
 * Enter: a new line at the same level, splitting the text at the caret.
 *  - In a point: the points editor's split (a point with children gets a first child).
 *  - At the start of a non-empty line: an empty line is opened above; the caret stays.
 *  - At the end of a section title that has points: the caret goes into the section, to its
 *    first point (a new one, unless the first point is still empty), as outliners do for a
 *    line with children.
 *  - Elsewhere in a title: a new section with the rest of the title, which takes the
 *    section's points (they follow it in reading order, as in PowerPoint).
 */
export function splitLine(sections: readonly Section[], id: string, caret: number, makeId: MakeId): OutlineEdit | null {
  const at = locate(sections, id);
  if (!at) return null;
  const s = sections[at.si]!;
  if (at.path !== null) {
    const p = getAt(s.points, at.path)!;
    if (caret === 0 && p.text !== '') {
      const fresh: Point = { id: makeId('p'), text: '', cites: [], children: [] };
      const parent = at.path.slice(0, -1);
      const i = at.path[at.path.length - 1]!;
      const siblings = parent.length === 0 ? s.points : getAt(s.points, parent)!.children;
      const before = i === 0 ? null : siblings[i - 1]!;
      // Insert before: after the previous sibling, or as the parent's first child.
      const points = before ? insertAfterSibling(s.points, before.id, fresh) : insertFirstChild(s.points, parent, fresh);
      return { sections: withPoints(sections, at.si, points), focus: { id, caret: 0 } };
    }
    const fresh = makeId('p');
    return { sections: withPoints(sections, at.si, splitPoint(s.points, id, caret, fresh)), focus: { id: fresh, caret: 0 } };
  }
  if (caret === 0 && s.title !== '') {
    const fresh = emptySection(makeId('s'), '', []);
    const out = [...sections];
    out.splice(at.si, 0, fresh);
    return { sections: out, focus: { id, caret: 0 } };
  }
  if (caret >= s.title.length && s.points.length > 0) {
    const first = s.points[0]!;
    if (first.text === '' && first.children.length === 0) return { sections: [...sections], focus: { id: first.id, caret: 0 } };
    const fresh: Point = { id: makeId('p'), text: '', cites: [], children: [] };
    return { sections: withPoints(sections, at.si, [fresh, ...s.points]), focus: { id: fresh.id, caret: 0 } };
  }
  if (sections.length >= LIMITS.sections) return null;
  const tail = emptySection(makeId('s'), s.title.slice(caret), s.points);
  return { sections: replaceAt(sections, at.si, { ...s, title: s.title.slice(0, caret), points: [] }, tail), focus: { id: tail.id, caret: 0 } };
}

function insertAfterSibling(points: readonly Point[], siblingId: string, fresh: Point): Point[] {
  // insertAfter replaces an empty leaf; here the sibling must stay, so insert explicitly.
  const path = findPath(points, siblingId)!;
  return spliceAt(points, path.slice(0, -1), path[path.length - 1]! + 1, fresh);
}

function insertFirstChild(points: readonly Point[], parentPath: readonly number[], fresh: Point): Point[] {
  return spliceAt(points, parentPath, 0, fresh);
}

function spliceAt(points: readonly Point[], listPath: readonly number[], index: number, fresh: Point): Point[] {
  if (listPath.length === 0) {
    const out = [...points];
    out.splice(index, 0, fresh);
    return out;
  }
  const [head, ...rest] = listPath;
  const out = [...points];
  const p = out[head!]!;
  out[head!] = { ...p, children: spliceAt(p.children, rest, index, fresh) };
  return out;
}

/**
 * Tab. A point is indented under the point above it in its section. A section becomes the
 * last point of the section above; its points follow it as its children, and its notes
 * and key figures join the section above (sources are the deck's, so citations still hold).
 * A section with a picture, a decision, a table, a chart or its own marking is refused (no place on a point).
 */
export function demoteLine(sections: readonly Section[], id: string): OutlineEdit | OutlineRefusal | null {
  const at = locate(sections, id);
  if (!at) return null;
  const s = sections[at.si]!;
  if (at.path !== null) {
    const next = indent(s.points, id);
    if (!next) return null;
    return { sections: withPoints(sections, at.si, next), focus: { id, caret: -1 } };
  }
  if (at.si === 0) return null;
  // A table or chart has no place on a point either: refused, never dropped.
  if (s.image || s.decision || s.marking || s.table || s.chart) return { error: 'demote-has-extras' };
  if (1 + height(s.points) > LIMITS.pointDepth) return { error: 'demote-too-deep' };
  const above = sections[at.si - 1]!;
  if (above.figures.length + s.figures.length > LIMITS.perSectionItems) return { error: 'demote-too-many' };
  // The section's id becomes the point's, so the caret stays on the same line.
  const point: Point = { id: s.id, text: s.title, cites: [], children: s.points };
  const merged: Section = {
    ...above,
    points: [...above.points, point],
    notes: [above.notes, s.notes].filter((n) => n.trim() !== '').join('\n\n'),
    figures: [...above.figures, ...s.figures],
  };
  const out = [...sections];
  out.splice(at.si - 1, 2, merged);
  return { sections: out, focus: { id, caret: -1 } };
}

/**
 * Shift+Tab. A sub-point moves out one level. A top-level point becomes a new section
 * right after its own: its children become the new section's points, followed by the
 * points that came after it (they follow it in reading order). Citations need no care:
 * sources are the deck's, not the section's. A point with a portion mark is refused: a
 * title cannot carry one.
 */
export function promoteLine(sections: readonly Section[], id: string): OutlineEdit | OutlineRefusal | null {
  const at = locate(sections, id);
  if (!at || at.path === null) return null;
  const s = sections[at.si]!;
  if (at.path.length > 1) {
    const next = outdent(s.points, id);
    if (!next) return null;
    return { sections: withPoints(sections, at.si, next), focus: { id, caret: -1 } };
  }
  if (sections.length >= LIMITS.sections) return null;
  const k = at.path[0]!;
  const p = s.points[k]!;
  // A section title has no portion mark: promoting would silently drop "(S)".
  if (p.portion) return { error: 'promote-has-portion' };
  const moved = [...p.children, ...s.points.slice(k + 1)];
  // The point's id becomes the section's, so the caret stays on the same line.
  const fresh = emptySection(p.id, p.text, moved);
  return { sections: replaceAt(sections, at.si, { ...s, points: s.points.slice(0, k) }, fresh), focus: { id, caret: -1 } };
}

/** Alt+↑/↓: a section moves past its neighbour (with all its points); a point past its sibling. */
export function moveLine(sections: readonly Section[], id: string, dir: -1 | 1): OutlineEdit | null {
  const at = locate(sections, id);
  if (!at) return null;
  if (at.path !== null) {
    const next = move(sections[at.si]!.points, id, dir);
    return next ? { sections: withPoints(sections, at.si, next), focus: { id, caret: -1 } } : null;
  }
  const j = at.si + dir;
  if (j < 0 || j >= sections.length) return null;
  const out = [...sections];
  out[at.si] = sections[j]!;
  out[j] = sections[at.si]!;
  return { sections: out, focus: { id, caret: -1 } };
}

/**
 * Backspace at the start of a line. A point joins the point above (the points editor's
 * rule); an empty first point is removed and the caret goes to the title. An empty section
 * title is removed and its points join the section above; a section that still holds
 * notes, figures, a picture, a decision, a table, a chart or a marking is kept.
 */
export function removeLine(sections: readonly Section[], id: string): OutlineEdit | null {
  const at = locate(sections, id);
  if (!at) return null;
  const s = sections[at.si]!;
  if (at.path !== null) {
    const joined = removeAndJoin(s.points, id);
    if (joined) return { sections: withPoints(sections, at.si, joined.points), focus: { id: joined.focusId, caret: joined.caret } };
    const p = getAt(s.points, at.path)!;
    if (p.text !== '' || p.children.length > 0) return null;
    return { sections: withPoints(sections, at.si, s.points.slice(1)), focus: { id: s.id, caret: s.title.length } };
  }
  if (at.si === 0 || s.title !== '') return null;
  if (s.notes.trim() !== '' || s.figures.length || s.image || s.decision || s.marking || s.table || s.chart) return null;
  const above = sections[at.si - 1]!;
  const focus = lastLineOf(above);
  const out = [...sections];
  out.splice(at.si - 1, 2, s.points.length ? { ...above, points: [...above.points, ...s.points] } : above);
  return { sections: out, focus };
}

/**
 * Paste an outline at a line. `points` is the pasted text as a points tree (the outline
 * format's paste rules: bullets, numbers and indents from Word or e-mail). Its top level
 * takes the caret line's level: on a section title, top-level items become sections after
 * it (their sub-items their points); on a point, they become points after it. A line that
 * is still empty is replaced.
 */
export function pasteOutline(sections: readonly Section[], id: string, points: Point[], makeId: MakeId): OutlineEdit | OutlineRefusal | null {
  const at = locate(sections, id);
  if (!at || points.length === 0) return null;
  const s = sections[at.si]!;
  if (at.path !== null) {
    const depth = at.path.length - 1 + height(points);
    if (depth > LIMITS.pointDepth) return { error: 'paste-too-deep' };
    const last = points[points.length - 1]!;
    const next = insertAfter(s.points, id, points);
    return { sections: withPoints(sections, at.si, next), focus: { id: last.id, caret: last.text.length } };
  }
  if (height(points) - 1 > LIMITS.pointDepth) return { error: 'paste-too-deep' };
  const fresh = points.map((p) => emptySection(makeId('s'), p.text, p.children));
  if (sections.length + fresh.length > LIMITS.sections) return { error: 'paste-too-many' };
  // An untouched blank section is replaced.
  const blank = isBlank(s);
  const out = [...sections];
  out.splice(blank ? at.si : at.si + 1, blank ? 1 : 0, ...fresh);
  const lastSection = fresh[fresh.length - 1]!;
  return { sections: out, focus: lastLineOf(lastSection) };
}

/** A section nobody has written in yet: empty title, at most one empty point, nothing else. */
function isBlank(s: Section): boolean {
  return s.title === '' && s.points.length <= 1 && s.points.every((p) => p.text === '' && p.children.length === 0) && s.notes === '' && s.figures.length === 0 && !s.image && !s.decision && !s.marking;
}

/** Points in the whole deck, for the deck-wide limit. */
export function deckPointCount(sections: readonly Section[]): number {
  let n = 0;
  for (const s of sections) n += flatten(s.points).length;
  return n;
}

export function isRefusal(r: OutlineEdit | OutlineRefusal | null): r is OutlineRefusal {
  return r !== null && 'error' in r;
}
