/**
 * Ids. Every id in a restored deck is unique across the whole deck (sections, points,
 * sources, figures, decision options share one namespace): React keys, the editor's
 * selection and citation markers all rely on it.
 *   - `newId` makes a fresh random id for new content (the editor, importers).
 *   - `missingIdFiller` gives content from older or hand-written files ids derived from its
 *     position, so the same file always restores to the same deck.
 *   - `makeIdsUnique` renames repeated ids and rewrites the references that point at them
 *     (cites, a figure's sourceId, a decision's recommendation). A cite or sourceId naming no
 *     deck source is refused with its path (a decision's dangling recommendation is dropped).
 */
import { LIMITS } from '../model/defaults.ts';
import { DeckError, formatZodPath, quote } from './errors.ts';
import type { Deck, Point } from '../model/schema.ts';
import { remapTableChartRefs } from './refs.ts';

const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const MAX_ID = 64;

interface RandomSource {
  getRandomValues(array: Uint8Array): Uint8Array;
}
let fallbackCounter = 0;

/**
 * A fresh id such as `p-3k9x0q2m7a1z`: the prefix (letters, digits, - and _ only) plus 12
 * random base-36 characters (≈62 bits). Uses Web Crypto where the runtime has it (Node,
 * Electron, browsers all do); the engine declares no DOM or Node types, hence the cast.
 */
export function newId(prefix = 'id'): string {
  const clean = prefix.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 40);
  const bytes = randomBytes(12);
  let tail = '';
  for (const b of bytes) tail += ID_CHARS[b % ID_CHARS.length];
  return clean ? `${clean}-${tail}` : tail;
}

/**
 * Random bytes drawn from a pool filled 4 KB at a time: an import of 1 000 sections makes
 * ~10 000 ids, and one getRandomValues call per id (a trip into the runtime's crypto each)
 * cost more than the ids themselves. The bytes are used once each, so ids stay as random.
 */
const POOL_SIZE = 4096;
let pool = new Uint8Array(0);
let poolAt = 0;
function randomBytes(n: number): Uint8Array {
  if (poolAt + n > pool.length) {
    pool = new Uint8Array(POOL_SIZE);
    poolAt = 0;
    const crypto = (globalThis as { crypto?: RandomSource }).crypto;
    if (crypto?.getRandomValues) crypto.getRandomValues(pool);
    else for (let i = 0; i < pool.length; i++) pool[i] = (Math.random() * 256 + fallbackCounter++) & 0xff;
  }
  poolAt += n;
  return pool.subarray(poolAt - n, poolAt);
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `base`, or `base-2`, `base-3`… — the first that is not in `used` (then recorded there). */
function claim(base: string, used: Set<string>): string {
  if (!used.has(base)) {
    used.add(base);
    return base;
  }
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = base.slice(0, MAX_ID - suffix.length) + suffix;
    if (!used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
}

const isMissing = (id: unknown): boolean => id === undefined || id === null || id === '';

/** Calls `visit` with the id of every section, source, figure, option and point of a raw deck. */
function forEachId(deck: Rec, visit: (id: unknown) => void): void {
  const sections = deck.sections as unknown[];
  if (Array.isArray(deck.sources)) for (const source of deck.sources) if (isRecord(source)) visit(source.id);
  const visitList = (items: unknown): void => {
    if (Array.isArray(items)) for (const item of items) if (isRecord(item)) visit(item.id);
  };
  // Points to one level past the limit: zod refuses deeper ones by path anyway.
  const visitPoints = (items: unknown, level: number): void => {
    if (!Array.isArray(items)) return;
    for (const point of items) {
      if (!isRecord(point)) continue;
      visit(point.id);
      if (level <= LIMITS.pointDepth) visitPoints(point.children, level + 1);
    }
  };
  for (const section of sections) {
    if (!isRecord(section)) continue;
    visit(section.id);
    visitList(section.figures);
    if (isRecord(section.decision)) visitList(section.decision.options);
    visitPoints(section.points, 1);
  }
}

export interface IdFiller {
  /** deck.sources with ids filled (`src1`, `src2`…). */
  sources: unknown;
  /** Fills one raw section by its index; call in index order. */
  section: (section: unknown, index: number) => unknown;
}

/**
 * Gives sources, sections, points, figures and options without an `id` (absent, null or
 * empty) one derived from their position: `src1`, `s2`, `s2-p1-3`, `s2-fig1`, `s2-opt1`
 * (suffixed `-2`… if taken), so the same file always restores to the same deck.
 *
 * Returns null when nothing is missing (files Briefdeck wrote), else the filled deck sources
 * and a function that fills one raw section by its index — restore calls it section by
 * section, just before validating that section, so a file that fails early is not filled
 * whole. Objects are copied, never written: the caller's data (possibly frozen editor state) stays.
 */
export function missingIdFiller(deck: unknown): IdFiller | null {
  if (!isRecord(deck) || !Array.isArray(deck.sections)) return null;
  const used = new Set<string>();
  let missing = false;
  forEachId(deck, (id) => {
    if (isMissing(id)) missing = true;
    else if (typeof id === 'string') used.add(id);
  });
  if (!missing) return null;

  const withId = (item: Rec, base: string): Rec => (isMissing(item.id) ? { ...item, id: claim(base, used) } : { ...item });
  const fillList = (items: unknown, base: string): unknown =>
    Array.isArray(items) ? items.map((item, i) => (isRecord(item) && isMissing(item.id) ? { ...item, id: claim(`${base}${i + 1}`, used) } : item)) : items;
  const fillPoints = (items: unknown, base: string, level: number): unknown =>
    Array.isArray(items)
      ? items.map((point, i) => {
          if (!isRecord(point)) return point;
          const out = withId(point, `${base}${i + 1}`);
          if (level <= LIMITS.pointDepth && 'children' in point) out.children = fillPoints(point.children, `${base}${i + 1}-`, level + 1);
          return out;
        })
      : items;
  const sources = fillList(deck.sources, 'src');
  const section = (section: unknown, s: number): unknown => {
    if (!isRecord(section)) return section;
    const base = `s${s + 1}`;
    const out = withId(section, base);
    if ('figures' in section) out.figures = fillList(section.figures, `${base}-fig`);
    if (isRecord(section.decision) && 'options' in section.decision) out.decision = { ...section.decision, options: fillList(section.decision.options, `${base}-opt`) };
    if ('points' in section) out.points = fillPoints(section.points, `${base}-p`, 1);
    return out;
  };
  return { sources, section };
}

/**
 * Renames repeated ids (the later one gets `-2`, `-3`…) in a validated deck, which zod has
 * already copied, and keeps references right: a cite or a figure's sourceId means the first
 * deck source of that id, a recommendation the first option of that id in its section.
 * Repeated cites are kept once. A cite or sourceId that names no deck source is refused with
 * its path (DeckError); a recommendation naming no option is dropped.
 */
export function makeIdsUnique(deck: Deck): Deck {
  const used = new Set<string>();
  const sourceIds = new Map<string, string>();
  for (const source of deck.sources) {
    const renamed = claim(source.id, used);
    if (!sourceIds.has(source.id)) sourceIds.set(source.id, renamed);
    source.id = renamed;
  }
  const missing = (cite: string, path: (string | number)[]): DeckError =>
    new DeckError('invalid', `cites ${quote(cite)}, which is not one of the deck's sources`, formatZodPath(path));
  deck.sections.forEach((section, s) => {
    section.id = claim(section.id, used);
    section.figures.forEach((figure, f) => {
      figure.id = claim(figure.id, used);
      if (figure.sourceId === '') return;
      const target = sourceIds.get(figure.sourceId);
      if (target === undefined) throw missing(figure.sourceId, ['sections', s, 'figures', f, 'sourceId']);
      figure.sourceId = target;
    });
    if (section.decision) {
      const optionIds = new Map<string, string>();
      for (const option of section.decision.options) {
        const renamed = claim(option.id, used);
        if (!optionIds.has(option.id)) optionIds.set(option.id, renamed);
        option.id = renamed;
      }
      section.decision.recommendation = optionIds.get(section.decision.recommendation) ?? '';
    }
    // Validated points nest at most LIMITS.pointDepth levels, so recursion is safe here.
    const visit = (points: Point[], path: (string | number)[]): void => {
      points.forEach((point, p) => {
        point.id = claim(point.id, used);
        const cites = new Set<string>();
        point.cites.forEach((cite, c) => {
          const target = sourceIds.get(cite);
          if (target === undefined) throw missing(cite, [...path, p, 'cites', c]);
          cites.add(target);
        });
        point.cites = [...cites];
        visit(point.children, [...path, p, 'children']);
      });
    };
    visit(section.points, ['sections', s, 'points']);
    // Table and chart citations were checked against the deck's sources before (refs.ts).
    remapTableChartRefs(section, (id) => sourceIds.get(id));
  });
  return deck;
}
