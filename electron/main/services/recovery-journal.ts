/**
 * Hot exit: unsaved work goes to `<userData>/recovery/<docId>.json`, one file per open
 * document, written atomically about a second after typing stops — never into the user's
 * own file. On the next start, whatever is left is offered back (list → restore/discard).
 *
 * A journal entry that cannot be read (torn by a disk fault, edited by hand, from a future
 * version) is moved aside to `<name>.corrupt` and reported once as a notice; it never
 * stops the app from starting or the other entries from being offered.
 */
import { mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Deck } from '../../../engine/model/schema.ts';
import type { OpenedDeck, RecoveredDeck, Result } from '../../shared/contract.ts';
import { cleanupStaleTemps, writeFileAtomic } from './atomic-write.ts';
import { because, failure, reasonOf, toFailure } from './failures.ts';
import type { UiMessage } from '../../../engine/i18n/ui-message.ts';
import type { DeckCodec } from './ports.ts';

const ENTRY_TYPE = 'briefdeck-recovery';
const ENTRY_VERSION = 1;
/** Ids become file names: letters, digits, - and _ only, so no path can escape the folder. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface RecoveryListing {
  decks: RecoveredDeck[];
  /** One line per entry that was skipped because it could not be read. */
  notices: string[];
  /** The same notices as catalog messages (main shows them in the UI language). */
  noticesUi: UiMessage[];
}

export interface RecoveryJournal {
  readonly dir: string;
  write(docId: string, deck: Deck, path: string | null): Promise<Result<{ savedAt: number }>>;
  clear(docId: string): Promise<void>;
  list(): Promise<RecoveryListing>;
  restore(id: string): Promise<Result<OpenedDeck>>;
  discard(id: string): Promise<void>;
  /** Remove temp files left by a crash mid-write. */
  cleanup(): Promise<string[]>;
}

interface Entry {
  type: typeof ENTRY_TYPE;
  version: number;
  id: string;
  path: string | null;
  savedAt: number;
  /** The deck as the engine's envelope text, so migrations apply on restore. */
  deck: string;
}

export function isSafeId(id: unknown): id is string {
  return typeof id === 'string' && SAFE_ID.test(id);
}

export function createRecoveryJournal(userDataDir: string, codec: DeckCodec, now: () => number): RecoveryJournal {
  const dir = join(userDataDir, 'recovery');
  const fileFor = (id: string) => join(dir, `${id}.json`);

  async function readEntry(id: string): Promise<{ entry: Entry; deck: Deck }> {
    const text = await readFile(fileFor(id), 'utf8');
    const entry = JSON.parse(text) as Entry;
    if (entry?.type !== ENTRY_TYPE || entry.version !== ENTRY_VERSION || entry.id !== id || typeof entry.deck !== 'string' || typeof entry.savedAt !== 'number') {
      throw new Error('not a recovery entry this version understands');
    }
    if (entry.path !== null && typeof entry.path !== 'string') throw new Error('bad path');
    const deck = codec.restore(JSON.parse(entry.deck));
    return { entry, deck };
  }

  return {
    dir,
    async write(docId, deck, path) {
      if (!isSafeId(docId)) return failure('invalid', 'Could not keep a recovery copy: bad document id.', because({ key: 'failures:action.recoveryWrite' }, { key: 'failures:badDocId' }));
      try {
        const savedAt = now();
        const entry: Entry = { type: ENTRY_TYPE, version: ENTRY_VERSION, id: docId, path, savedAt, deck: codec.serialize(codec.restore(deck)) };
        await mkdir(dir, { recursive: true });
        await writeFileAtomic(fileFor(docId), JSON.stringify(entry));
        return { ok: true, savedAt };
      } catch (error) {
        return toFailure(error, 'Could not keep a recovery copy', { key: 'failures:action.recoveryWrite' });
      }
    },

    async clear(docId) {
      if (!isSafeId(docId)) return;
      await unlink(fileFor(docId)).catch(() => undefined);
    },

    async list() {
      const decks: RecoveredDeck[] = [];
      const notices: string[] = [];
      const noticesUi: UiMessage[] = [];
      let names: string[];
      try {
        names = await readdir(dir);
      } catch {
        return { decks, notices, noticesUi };
      }
      for (const name of names.sort()) {
        if (!name.endsWith('.json')) continue;
        const id = name.slice(0, -'.json'.length);
        if (!isSafeId(id)) continue;
        try {
          const { entry, deck } = await readEntry(id);
          decks.push({ id, title: deck.meta.title, path: entry.path, savedAt: entry.savedAt });
        } catch (error) {
          const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
          notices.push(`A recovery copy (${name}) could not be read and was set aside: ${reason}`);
          noticesUi.push({ key: 'failures:recoverySetAside', params: { name, reason: reasonOf(error) } });
          await rename(fileFor(id), `${fileFor(id)}.corrupt`).catch(() => undefined);
        }
      }
      decks.sort((a, b) => b.savedAt - a.savedAt);
      return { decks, notices, noticesUi };
    },

    async restore(id) {
      if (!isSafeId(id)) return failure('invalid', 'No such recovery copy.', { key: 'failures:noRecoveryCopy' });
      try {
        const { entry, deck } = await readEntry(id);
        let mtimeMs: number | null = null;
        if (entry.path) mtimeMs = await stat(entry.path).then((s) => s.mtimeMs, () => null);
        return { ok: true, deck, path: entry.path, name: entry.path ? basename(entry.path) : 'Untitled', mtimeMs };
      } catch (error) {
        return toFailure(error, 'Could not restore the recovery copy', { key: 'failures:action.recoveryRestore' });
      }
    },

    async discard(id) {
      if (!isSafeId(id)) return;
      await unlink(fileFor(id)).catch(() => undefined);
    },

    cleanup: () => cleanupStaleTemps(dir),
  };
}
