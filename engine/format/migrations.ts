/**
 * File format versions and the migrations between them. A file of version n is brought to
 * FORMAT_VERSION by running MIGRATIONS[n], MIGRATIONS[n+1], …; format 3 is one new entry
 * here, one fixture in tests/fixtures/_decks/, and FORMAT_VERSION = n.
 *
 * Migrations take and return raw data (not yet validated): they reshape what they
 * recognise, copy instead of mutating, and leave anything else for the schema to report.
 *
 * Version 1 (pre-release builds):
 *   deck = { meta?, classification?: string, settings?, sections?: Section1[] }
 *   Section1 = the v2 section, except `classification?: string` instead of `marking`, and
 *              `points: Point1[]` where Point1 = { text: string, sub?: Point1[] } (no ids,
 *              no cites); sources and figures may lack ids.
 * Version 2: sources per section (`section.sources`, cited by section-local id) and the
 *   marking as `{ text, color, textColor }`.
 * Version 3 (current): the Deck schema in engine/model/schema.ts — deck-wide `deck.sources`,
 *   marking levels, portion marks, fit/controls/overlay settings (migrate-v3.ts).
 */
import { LIMITS } from '../model/defaults.ts';
import { v2ToV3 } from './migrate-v3.ts';

/** The version this build writes. Files of a newer version are refused, never downgraded. */
export const FORMAT_VERSION = 3;

/** Turns data of one version into data of the next. */
export type Migration = (deck: unknown) => unknown;

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** v1 `classification: "SECRET"` → v2 `marking: { text: "SECRET" }` (colours take their defaults). */
function classificationToMarking(holder: Rec): Rec {
  if (!('classification' in holder)) return holder;
  const { classification, ...rest } = holder;
  return { ...rest, marking: { text: classification } };
}

/** v1 points `{ text, sub }` → v2 `{ text, children }`; ids are filled later by restore. */
function migratePoints1(points: unknown, level: number): unknown {
  // One level past the limit is enough: zod refuses anything deeper by path.
  if (!Array.isArray(points) || level > LIMITS.pointDepth + 1) return points;
  return points.map((point) => {
    if (!isRecord(point) || !('sub' in point)) return point;
    const { sub, ...rest } = point;
    return { ...rest, children: migratePoints1(sub, level + 1) };
  });
}

function v1ToV2(deck: unknown): unknown {
  if (!isRecord(deck)) return deck;
  const out = { ...classificationToMarking(deck) };
  if (Array.isArray(out.sections)) {
    out.sections = out.sections.map((section: unknown) => {
      if (!isRecord(section)) return section;
      const migrated = classificationToMarking(section);
      return 'points' in migrated ? { ...migrated, points: migratePoints1(migrated.points, 1) } : migrated;
    });
  }
  return out;
}

/** MIGRATIONS[n] turns a version-n deck into a version-(n+1) deck. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: v1ToV2,
  2: v2ToV3,
};

/** The oldest version still readable; every version from here to FORMAT_VERSION has a migration. */
export const OLDEST_VERSION = 1;

/** Brings raw deck data of `version` (OLDEST_VERSION…FORMAT_VERSION) to the current shape. */
export function migrate(deck: unknown, version: number): unknown {
  let out = deck;
  for (let v = version; v < FORMAT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from format version ${v}`); // a build mistake, caught by tests
    out = step(out);
  }
  return out;
}
