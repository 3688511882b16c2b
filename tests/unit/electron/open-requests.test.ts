import { describe, expect, it } from 'vitest';
import { createDocTracker } from '../../../electron/main/ipc/handlers.ts';
import { deckPathFromArgv, filePathFromUrl, mayClose, mayCloseEditor } from '../../../electron/main/open-requests.ts';
import { recordingPlatform } from './_helpers/platform.ts';

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

describe('editor close guard (Electron and the e2e fixture run this one)', () => {
  function setup(answer: 'save' | 'discard' | 'cancel', replyDirty: boolean | null) {
    const platform = recordingPlatform('/tmp');
    const doc = createDocTracker(platform);
    doc.set({ name: 'a.briefdeck', dirty: true, docId: 'd1' });
    const cleared: string[] = [];
    const deps = {
      doc,
      dialogs: { confirmClose: async () => answer },
      // The editor answers at once, inside the push: the guard must already be listening.
      askEditorToSave: () => {
        if (replyDirty !== null) doc.set({ name: 'a.briefdeck', dirty: replyDirty });
      },
      recovery: { clear: async (id: string) => void cleared.push(id) },
    };
    return { deps, cleared };
  }
  it('Save closes once the editor reports a clean document, not while it is still dirty', async () => {
    expect(await mayCloseEditor(setup('save', false).deps, 1000)).toBe(true);
    expect(await mayCloseEditor(setup('save', true).deps, 1000)).toBe(false);
    // No reply (the editor hung): the window stays after the timeout.
    expect(await mayCloseEditor(setup('save', null).deps, 20)).toBe(false);
  });
  it("Don't Save drops the journal; Cancel keeps everything", async () => {
    const discard = setup('discard', null);
    expect(await mayCloseEditor(discard.deps, 1000)).toBe(true);
    expect(discard.cleared).toEqual(['d1']);
    const cancel = setup('cancel', null);
    expect(await mayCloseEditor(cancel.deps, 1000)).toBe(false);
    expect(cancel.cleared).toEqual([]);
  });
});

describe('deckPathFromArgv with file: URLs (Linux file managers, Exec=… %U)', () => {
  it('percent-decodes a file: URL into a path', () => {
    expect(deckPathFromArgv(['briefdeck', 'file:///home/u/My%20Deck.briefdeck'], '/x')).toBe('/home/u/My Deck.briefdeck');
    expect(deckPathFromArgv(['briefdeck', 'file:///home/u/%ED%95%9C%EA%B8%80.briefdeck'], '/x')).toBe('/home/u/한글.briefdeck');
    expect(deckPathFromArgv(['briefdeck', 'FILE:///tmp/a%23b.BRIEFDECK'], '/x')).toBe('/tmp/a#b.BRIEFDECK');
    expect(deckPathFromArgv(['briefdeck', 'file://localhost/tmp/b.briefdeck'], '/x')).toBe('/tmp/b.briefdeck');
  });
  it('refuses malformed, remote and non-file URLs, and keeps looking', () => {
    expect(filePathFromUrl('file:///tmp/bad%E0.briefdeck')).toBeNull(); // not UTF-8
    expect(filePathFromUrl('file:///tmp/a%2Fb.briefdeck')).toBeNull(); // an encoded '/' is not a file name
    expect(deckPathFromArgv(['briefdeck', 'file://server/share/a.briefdeck'], '/x')).toBeNull();
    expect(deckPathFromArgv(['briefdeck', 'sftp://host/a.briefdeck', 'file:///ok/c.briefdeck'], '/x')).toBe('/ok/c.briefdeck');
    expect(deckPathFromArgv(['briefdeck', 'file:///tmp/notes.txt'], '/x')).toBeNull();
  });
});
