/**
 * `restoreDeck(unknown)`: the only way outside data becomes a Deck. It accepts
 *   - a file envelope `{ "type": "briefdeck", "version": n, "deck": {…} }` of any version from
 *     OLDEST_VERSION to FORMAT_VERSION (older ones are migrated), or
 *   - a bare current-version deck `{ meta, marking, settings, sections }`, as the editor sends
 *     it over IPC and as createDeck builds it.
 * Files must carry the envelope: `parseDeckText` refuses bare JSON before calling this.
 *
 * Steps: refuse unsafe keys and deep nesting → read the envelope (refuse newer versions) →
 * migrate → count lists against LIMITS → fill missing ids → validate with zod (which fills
 * defaults) → make ids unique. The input is never modified.
 */
import type { z } from 'zod';
import { LIMITS } from '../model/defaults.ts';
import { DeckSchema, SectionSchema, type Deck } from '../model/schema.ts';
import { DeckError, formatZodPath, quote } from './errors.ts';
import { checkCounts, checkPlainData, checkSectionCount, deckPath, envelopePath } from './guard.ts';
import { makeIdsUnique, missingIdFiller } from './ids.ts';
import { FORMAT_VERSION, OLDEST_VERSION, migrate } from './migrations.ts';

/** The envelope's own keys; anything else beside them is refused. */
const ENVELOPE_KEYS = new Set(['type', 'version', 'deck']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True for data that claims to be a file envelope (it has a `type` or `version` key). */
export function isEnvelope(input: unknown): input is Record<string, unknown> {
  return isRecord(input) && ('type' in input || 'version' in input);
}

export function restoreDeck(input: unknown): Deck {
  const envelope = isEnvelope(input);
  // Every version we know keeps its sections at deck.sections. Counting them first is free and
  // spares a 48 MB file of 26 000 sections the full walk below (half a second) before it is
  // refused. A newer version's file is left to readEnvelope, which says "newer Briefdeck".
  if (!envelope || (typeof input.version === 'number' && input.version <= FORMAT_VERSION)) checkSectionCount(envelope ? input.deck : input, deckPath);
  checkPlainData(input, LIMITS.jsonDepth, envelope ? envelopePath : deckPath);
  let raw: unknown = input;
  if (envelope) {
    const version = readEnvelope(input);
    raw = migrate(input.deck, version);
  }
  checkCounts(raw, deckPath);
  const deck = validate(raw);
  // Every format version keeps the sections at deck.sections. A file without them would
  // otherwise open as an empty deck (defaults fill the list) and be saved over as one.
  // Checked after validation, so a file with other problems still reports those first.
  if (envelope && isRecord(input.deck) && !('sections' in input.deck)) {
    throw new DeckError('invalid', 'missing: a deck file lists its sections under "sections" (this file is damaged or not a Briefdeck deck)', 'deck.sections');
  }
  return makeIdsUnique(deck);
}

/** Issues collected before validation stops early: enough for "the first, and how many more". */
const MAX_ISSUES = 100;

/**
 * DeckSchema, applied section by section (missing ids filled just before each) so that a
 * file full of errors stops after about MAX_ISSUES of them: zod collects every issue, and
 * 2 000 sections of 200 bad sources each (a 5 MB file) took 0.7 s in zod alone. Valid decks
 * cost the same as one DeckSchema parse; a test checks that both ways give the same deck.
 */
function validate(raw: unknown): Deck {
  if (!isRecord(raw) || !Array.isArray(raw.sections)) {
    const whole = DeckSchema.safeParse(raw);
    if (!whole.success) throw fromZodError(whole.error.issues);
    return whole.data;
  }
  const fill = missingIdFiller(raw);
  const head = DeckSchema.safeParse({ ...raw, ...(fill ? { sources: fill.sources } : {}), sections: [] });
  const issues: z.core.$ZodIssue[] = head.success ? [] : [...head.error.issues];
  const sections: Deck['sections'] = [];
  let stoppedEarly = false;
  for (let i = 0; i < raw.sections.length; i++) {
    const section = SectionSchema.safeParse(fill ? fill.section(raw.sections[i], i) : raw.sections[i]);
    if (section.success) sections.push(section.data);
    else for (const issue of section.error.issues) issues.push({ ...issue, path: ['sections', i, ...issue.path] });
    if (issues.length > MAX_ISSUES && i < raw.sections.length - 1) {
      stoppedEarly = true;
      break;
    }
  }
  if (issues.length > 0 || !head.success) throw fromZodError(issues, stoppedEarly);
  return { ...head.data, sections };
}

/** Validates the envelope and returns its format version. */
function readEnvelope(envelope: Record<string, unknown>): number {
  const { type, version } = envelope;
  if (type !== 'briefdeck') {
    const found = typeof type === 'string' ? `found ${quote(type)}` : type === undefined ? 'it is missing' : `found ${describeType(type)}`;
    throw new DeckError('not-briefdeck', `expected "briefdeck" (${found}); this is not a Briefdeck file`, 'type');
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    const found = version === undefined ? 'it is missing' : `found ${typeof version === 'number' ? String(version) : describeType(version)}`;
    throw new DeckError('bad-version', `expected a whole number (${found})`, 'version');
  }
  if (version > FORMAT_VERSION) {
    throw new DeckError(
      'future-version',
      `this file was made by a newer Briefdeck (format version ${version}); this Briefdeck reads format versions up to ${FORMAT_VERSION}: update Briefdeck to open it`,
    );
  }
  if (version < OLDEST_VERSION) {
    throw new DeckError('bad-version', `format version ${version} does not exist; versions start at ${OLDEST_VERSION}`, 'version');
  }
  for (const key of Object.keys(envelope)) {
    if (!ENVELOPE_KEYS.has(key)) throw new DeckError('invalid', 'unknown key beside "type", "version" and "deck"', envelopePath([key]));
  }
  if (!('deck' in envelope)) throw new DeckError('invalid', 'missing (the envelope holds the deck under "deck")', 'deck');
  return version;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The first zod issue as one line with its path, plus how many more there were. */
export function fromZodError(issues: readonly z.core.$ZodIssue[], stoppedEarly = false): DeckError {
  const first = issues[0];
  if (!first) return new DeckError('invalid', 'the deck is not valid');
  let path = [...first.path];
  let detail = first.message.replace(/^Invalid input: /, '').replace(/^Invalid option: /, '');
  if (first.code === 'unrecognized_keys') {
    // zod lists every unknown key in its message; name the first, quoted and cut, by path.
    const key = first.keys[0] ?? '';
    path = [...path, key];
    const others = first.keys.length - 1;
    detail = others > 0 ? `unknown key (and ${others} more unknown ${others === 1 ? 'key' : 'keys'} beside it)` : 'unknown key';
  }
  const more = issues.length - 1;
  if (stoppedEarly) detail += ` (and at least ${more} more problems)`;
  else if (more > 0) detail += ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})`;
  return new DeckError('invalid', detail, formatZodPath(path) || 'deck');
}
