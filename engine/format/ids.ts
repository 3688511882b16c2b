/**
 * Ids. Every id in a restored deck is unique across the whole deck (sections, points,
 * sources, figures, decision options share one namespace): React keys, the editor's
 * selection and citation markers all rely on it.
 *   - `newId` makes a fresh random id for new content (the editor, importers).
 *   - `fillMissingIds` gives content from older or hand-written files ids derived from its
 *     position, so the same file always restores to the same deck.
 *   - `makeIdsUnique` renames repeated ids and rewrites the references that point at them
 *     (cites, a figure's sourceId, a decision's recommendation); references to nothing are dropped.
 */
import { LIMITS } from '../model/defaults.ts';
import type { Deck, Point } from '../model/schema.ts';

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
  const bytes = new Uint8Array(12);
  const crypto = (globalThis as { crypto?: RandomSource }).crypto;
  if (crypto?.getRandomValues) crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = (Math.random() * 256 + fallbackCounter++) & 0xff;
  let tail = '';
  for (const b of bytes) tail += ID_CHARS[b % ID_CHARS.length];
  return clean ? `${clean}-${tail}` : tail;
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

/** Every id-bearing object of a raw (not yet validated) deck, with a position-derived name. */
function* idHolders(deck: Rec): Generator<{ holder: Rec; base: string; set: (copy: Rec) => void }> {
  const sections = deck.sections;
  if (!Array.isArray(sections)) return;
  for (let s = 0; s < sections.length; s++) {
    const section = sections[s];
    if (!isRecord(section)) continue;
    const sBase = `s${s + 1}`;
    yield { holder: section, base: sBase, set: (c) => (sections[s] = c) };
    for (const [list, tag] of [['sources', 'src'], ['figures', 'fig']] as const) {
      const items = section[list];
      if (!Array.isArray(items)) continue;
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (isRecord(item)) yield { holder: item, base: `${sBase}-${tag}${i + 1}`, set: (c) => (items[i] = c) };
      }
    }
    const options = isRecord(section.decision) ? section.decision.options : undefined;
    if (Array.isArray(options)) {
      for (let i = 0; i < options.length; i++) {
        const option = options[i];
        if (isRecord(option)) yield { holder: option, base: `${sBase}-opt${i + 1}`, set: (c) => (options[i] = c) };
      }
    }
    // Points to one level past the limit: zod refuses deeper ones by path anyway.
    const lists: { items: unknown[]; base: string; level: number }[] = [];
    if (Array.isArray(section.points)) lists.push({ items: section.points, base: `${sBase}-p`, level: 1 });
    while (lists.length > 0) {
      const { items, base, level } = lists.pop() as (typeof lists)[number];
      for (let i = 0; i < items.length; i++) {
        const point = items[i];
        if (!isRecord(point)) continue;
        const pBase = `${base}${i + 1}`;
        yield { holder: point, base: pBase, set: (c) => (items[i] = c) };
        if (level <= LIMITS.pointDepth && Array.isArray(point.children)) lists.push({ items: point.children, base: `${pBase}-`, level: level + 1 });
      }
    }
  }
}

/**
 * A copy of a raw deck in which every section, point, source, figure and option without an
 * `id` (absent, null or empty) has one (`s2`, `s2-p1-3`, `s2-src1`…, suffixed if taken). The copy is made down the
 * id-bearing paths so the caller's object (possibly frozen editor state) is never touched.
 */
export function fillMissingIds(deck: unknown): unknown {
  if (!isRecord(deck) || !Array.isArray(deck.sections)) return deck;
  const copy = copyIdPaths(deck);
  const used = new Set<string>();
  const missing: { holder: Rec; base: string; set: (copy: Rec) => void }[] = [];
  for (const entry of idHolders(copy)) {
    const id = entry.holder.id;
    if (id === undefined || id === null || id === '') missing.push(entry);
    else if (typeof id === 'string') used.add(id);
  }
  for (const { holder, base, set } of missing) set({ ...holder, id: claim(base, used) });
  return copy;
}

/** Shallow copies of the deck, its sections and their id-bearing lists, so `set` never writes into input. */
function copyIdPaths(deck: Rec): Rec {
  const copyPoints = (items: unknown, level: number): unknown =>
    Array.isArray(items)
      ? items.map((p) => (isRecord(p) && level <= LIMITS.pointDepth && Array.isArray(p.children) ? { ...p, children: copyPoints(p.children, level + 1) } : p))
      : items;
  const sections = (deck.sections as unknown[]).map((section) => {
    if (!isRecord(section)) return section;
    const out: Rec = { ...section };
    if (Array.isArray(section.sources)) out.sources = [...section.sources];
    if (Array.isArray(section.figures)) out.figures = [...section.figures];
    if (Array.isArray(section.points)) out.points = copyPoints(section.points, 1);
    if (isRecord(section.decision) && Array.isArray(section.decision.options)) out.decision = { ...section.decision, options: [...section.decision.options] };
    return out;
  });
  return { ...deck, sections };
}

/**
 * Renames repeated ids (the later one gets `-2`, `-3`…) in a validated deck, which zod has
 * already copied, and keeps references right: a cite, a figure's sourceId or a decision's
 * recommendation means the first source/option of that id in the same section; references
 * that match nothing there are dropped, and repeated cites are kept once.
 */
export function makeIdsUnique(deck: Deck): Deck {
  const used = new Set<string>();
  for (const section of deck.sections) {
    section.id = claim(section.id, used);
    const sourceIds = new Map<string, string>();
    for (const source of section.sources) {
      const renamed = claim(source.id, used);
      if (!sourceIds.has(source.id)) sourceIds.set(source.id, renamed);
      source.id = renamed;
    }
    for (const figure of section.figures) {
      figure.id = claim(figure.id, used);
      figure.sourceId = sourceIds.get(figure.sourceId) ?? '';
    }
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
    const visit = (points: Point[]): void => {
      for (const point of points) {
        point.id = claim(point.id, used);
        const cites = new Set<string>();
        for (const cite of point.cites) {
          const target = sourceIds.get(cite);
          if (target !== undefined) cites.add(target);
        }
        point.cites = [...cites];
        visit(point.children);
      }
    };
    visit(section.points);
  }
  return deck;
}
