import { describe, expect, it } from 'vitest';
import { deckPathFromArgv, mayClose } from '../../../electron/main/open-requests.ts';

describe('deckPathFromArgv', () => {
  it('finds the deck argument, absolute or relative to the launch folder', () => {
    expect(deckPathFromArgv(['/opt/Briefdeck/briefdeck', '/home/a/brief.briefdeck'], '/x')).toBe('/home/a/brief.briefdeck');
    expect(deckPathFromArgv(['briefdeck', '--no-sandbox', 'decks/b.BRIEFDECK'], '/home/a')).toBe('/home/a/decks/b.BRIEFDECK');
    expect(deckPathFromArgv(['electron', '.', '--inspect', 'notes.txt'], '/x')).toBeNull();
    expect(deckPathFromArgv(['briefdeck', '--file=evil.briefdeck'], '/x')).toBeNull();
  });
});

describe('close guard', () => {
  const base = (answer: 'save' | 'discard' | 'cancel', dirty = true, saved = true) => {
    const log: string[] = [];
    return {
      log,
      deps: {
        doc: () => ({ name: 'a.briefdeck', dirty, docId: 'd1' }),
        dialogs: { confirmClose: async (name: string) => (log.push(`ask ${name}`), answer) },
        requestSave: async () => (log.push('save'), saved),
        discardJournal: async (id: string) => void log.push(`discard ${id}`),
      },
    };
  };
  it('closes a clean document without asking', async () => {
    const { deps, log } = base('cancel', false);
    expect(await mayClose(deps)).toBe(true);
    expect(log).toEqual([]);
  });
  it('Save: closes only when the save succeeded', async () => {
    const ok = base('save');
    expect(await mayClose(ok.deps)).toBe(true);
    expect(ok.log).toEqual(['ask a.briefdeck', 'save']);
    expect(await mayClose(base('save', true, false).deps)).toBe(false);
  });
  it("Don't Save: closes and drops the journal", async () => {
    const { deps, log } = base('discard');
    expect(await mayClose(deps)).toBe(true);
    expect(log).toEqual(['ask a.briefdeck', 'discard d1']);
  });
  it('Cancel: stays open', async () => {
    expect(await mayClose(base('cancel').deps)).toBe(false);
  });
});
