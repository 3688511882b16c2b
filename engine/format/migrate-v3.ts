/**
 * v2 → v3 (raw data, before validation):
 *   - section.sources → one deck-wide `deck.sources`. Duplicates (same title, publisher, date
 *     and url after trimming) merge into the first; every cite and figure sourceId is rewritten
 *     to the kept id. A cite that matched no source of its section is dropped, as v2 did.
 *     Source ids stay unique (a clash gets `-2`…; a missing id becomes `s{n}-src{m}`).
 *   - marking `{ text, color, textColor }` → `{ level, controls, text, color, textColor }`,
 *     the level read from the text; the text and colours that showed stay exactly as they were
 *     (engine/marking markingFromV2), and the checks flag any that contradict the level.
 * Anything it does not recognise is left for the schema to report.
 */
import { markingFromV2 } from '../marking/resolve.ts';
import { LIMITS } from '../model/defaults.ts';

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** v2 marking → v3; data that is not a v2 marking is left as is for the schema to report. */
function migrateMarking(marking: unknown): unknown {
  if (!isRecord(marking) || 'level' in marking) return marking;
  const { text, color, textColor, ...rest } = marking;
  if (text !== undefined && typeof text !== 'string') return marking;
  if (color !== undefined && typeof color !== 'string') return marking;
  if (textColor !== undefined && typeof textColor !== 'string') return marking;
  // v2's defaults: no text, green on white.
  return { ...rest, ...markingFromV2(text ?? '', color ?? '#007a33', textColor ?? '#ffffff') };
}

/** The key two sources merge on, or null for data that is not a source (left alone). */
function sourceKey(source: unknown): string | null {
  if (!isRecord(source)) return null;
  return JSON.stringify([str(source.title), str(source.publisher), str(source.date), str(source.url)]);
}

export function v2ToV3(deck: unknown): unknown {
  if (!isRecord(deck)) return deck;
  const out: Rec = { ...deck };
  if ('marking' in out) out.marking = migrateMarking(out.marking);
  if (!Array.isArray(out.sections)) return out;

  const sources: unknown[] = [];
  const byKey = new Map<string, string>();
  const used = new Set<string>();
  const claim = (base: string): string => {
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${base.slice(0, 60)}-${n}`;
    used.add(candidate);
    return candidate;
  };

  out.sections = out.sections.map((section: unknown, s: number) => {
    if (!isRecord(section)) return section;
    const { sources: local, ...rest } = section;
    const next: Rec = rest;
    if ('marking' in next) next.marking = migrateMarking(next.marking);
    /** This section's source ids → deck source ids; the first source of an id wins, as in v2. */
    const map = new Map<string, string>();
    if (Array.isArray(local)) {
      local.forEach((source: unknown, i: number) => {
        const key = sourceKey(source);
        const localId = isRecord(source) && typeof source.id === 'string' && source.id !== '' ? source.id : null;
        if (key !== null && byKey.has(key)) {
          if (localId !== null && !map.has(localId)) map.set(localId, byKey.get(key) as string);
          return;
        }
        if (!isRecord(source)) {
          sources.push(source);
          return;
        }
        const id = claim(localId ?? `s${s + 1}-src${i + 1}`);
        if (key !== null) byKey.set(key, id);
        if (localId !== null && !map.has(localId)) map.set(localId, id);
        sources.push({ ...source, id });
      });
    } else if (local !== undefined) {
      // Not a list: keep it where the schema will name it (an unknown key in a v3 section).
      next.sources = local;
    }
    const cite = (id: unknown): string | null => (typeof id === 'string' ? (map.get(id) ?? null) : null);
    if (Array.isArray(next.figures)) {
      next.figures = next.figures.map((figure: unknown) => {
        if (!isRecord(figure) || typeof figure.sourceId !== 'string' || figure.sourceId === '') return figure;
        return { ...figure, sourceId: cite(figure.sourceId) ?? '' };
      });
    }
    const points = (items: unknown, level: number): unknown => {
      // One level past the limit is enough: zod refuses anything deeper by path.
      if (!Array.isArray(items) || level > LIMITS.pointDepth + 1) return items;
      return items.map((point: unknown) => {
        if (!isRecord(point)) return point;
        const copy: Rec = { ...point };
        if (Array.isArray(point.cites)) {
          const kept = new Set<string>();
          for (const id of point.cites) {
            const target = cite(id);
            if (target !== null) kept.add(target);
          }
          copy.cites = [...kept];
        }
        if ('children' in point) copy.children = points(point.children, level + 1);
        return copy;
      });
    };
    if ('points' in next) next.points = points(next.points, 1);
    return next;
  });
  out.sources = sources;
  return out;
}
