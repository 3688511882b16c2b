import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecoveryJournal } from '../../../electron/main/services/recovery-journal.ts';
import { makeDeck, testCodec } from './_helpers/codec.ts';
import { useTempDirs } from './_helpers/tmp.ts';

const tempDir = useTempDirs();

describe('recovery journal', () => {
  it('writes one entry per document, lists newest first, restores and discards', async () => {
    const dir = await tempDir();
    let t = 1000;
    const journal = createRecoveryJournal(dir, testCodec, () => (t += 1000));
    expect(await journal.write('doc-a', makeDeck('A'), '/decks/a.briefdeck')).toMatchObject({ ok: true, savedAt: 2000 });
    expect(await journal.write('doc-b', makeDeck('B'), null)).toMatchObject({ ok: true, savedAt: 3000 });
    await journal.write('doc-a', makeDeck('A2'), '/decks/a.briefdeck');
    expect((await readdir(join(dir, 'recovery'))).sort()).toEqual(['doc-a.json', 'doc-b.json']);

    const { decks, notices } = await journal.list();
    expect(notices).toEqual([]);
    expect(decks).toEqual([
      { id: 'doc-a', title: 'Deck A2', path: '/decks/a.briefdeck', savedAt: 4000 },
      { id: 'doc-b', title: 'Deck B', path: null, savedAt: 3000 },
    ]);

    const restored = await journal.restore('doc-b');
    expect(restored).toMatchObject({ ok: true, path: null, name: 'Untitled', mtimeMs: null });
    expect(restored.ok && restored.deck.meta.subtitle).toBe('B');

    await journal.discard('doc-b');
    await journal.clear('doc-a');
    expect((await journal.list()).decks).toEqual([]);
  });

  it('skips a corrupt entry with a notice, sets it aside, and still offers the others', async () => {
    const dir = await tempDir();
    const journal = createRecoveryJournal(dir, testCodec, () => 1);
    await journal.write('good', makeDeck('ok'), null);
    await writeFile(join(dir, 'recovery', 'torn.json'), '{"type":"briefdeck-recovery","version":1,"id":"torn","deck":"{\\"me');
    await writeFile(join(dir, 'recovery', 'future.json'), JSON.stringify({ type: 'briefdeck-recovery', version: 99, id: 'future', path: null, savedAt: 1, deck: '{}' }));
    await writeFile(join(dir, 'recovery', 'invalid.json'), JSON.stringify({ type: 'briefdeck-recovery', version: 1, id: 'invalid', path: null, savedAt: 1, deck: '{"sections":[{"id":"?"}]}' }));
    const { decks, notices } = await journal.list();
    expect(decks.map((d) => d.id)).toEqual(['good']);
    expect(notices).toHaveLength(3);
    for (const n of notices) expect(n).not.toContain('\n');
    expect((await readdir(join(dir, 'recovery'))).sort()).toEqual(['future.json.corrupt', 'good.json', 'invalid.json.corrupt', 'torn.json.corrupt']);
    // The notice is given once: the next start is quiet.
    expect((await journal.list()).notices).toEqual([]);
  });

  it('refuses ids that could escape the folder', async () => {
    const dir = await tempDir();
    const journal = createRecoveryJournal(dir, testCodec, () => 1);
    expect(await journal.write('../evil', makeDeck('x'), null)).toMatchObject({ ok: false, code: 'invalid' });
    expect(await journal.restore('../../etc/passwd')).toMatchObject({ ok: false, code: 'invalid' });
    await journal.discard('../x');
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses an invalid deck without touching the previous good entry', async () => {
    const dir = await tempDir();
    const journal = createRecoveryJournal(dir, testCodec, () => 1);
    await journal.write('doc', makeDeck('good'), null);
    expect(await journal.write('doc', { sections: 5 } as never, null)).toMatchObject({ ok: false, code: 'invalid' });
    const restored = await journal.restore('doc');
    expect(restored.ok && restored.deck.meta.subtitle).toBe('good');
  });

  it('lists nothing when the folder does not exist yet', async () => {
    const dir = await tempDir();
    expect(await createRecoveryJournal(dir, testCodec, () => 1).list()).toEqual({ decks: [], notices: [], noticesUi: [] });
  });
});
