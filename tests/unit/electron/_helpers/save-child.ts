/**
 * The child process of the kill tests: it runs the REAL save code in a loop and prints
 * "saved N" only after save N resolved, until the parent kills it with SIGKILL.
 *
 *   node save-child.mjs file  <path> <startVersion> <bytes>
 *   node save-child.mjs journal <userDataDir> <startVersion> <bytes>
 */
import { createFileStore } from '../../../../electron/main/services/file-store.ts';
import { createRecoveryJournal } from '../../../../electron/main/services/recovery-journal.ts';
import { deckVersion, makeDeck, testCodec } from './codec.ts';

const [mode, target, startArg, bytesArg] = process.argv.slice(2);
const start = Number(startArg);
const base = makeDeck('base', Number(bytesArg));
const write = (line: string) => new Promise<void>((resolve) => process.stdout.write(`${line}\n`, () => resolve()));

async function main() {
  if (mode === 'file') {
    const store = createFileStore(testCodec);
    let mtime: number | null = (await import('node:fs')).statSync(target!).mtimeMs;
    await write('ready');
    for (let n = start + 1; ; n++) {
      const result = await store.save({ deck: deckVersion(base, n), path: target!, expectedMtimeMs: mtime });
      if (!result.ok) throw new Error(result.message);
      mtime = result.mtimeMs;
      await write(`saved ${n}`);
    }
  } else {
    const journal = createRecoveryJournal(target!, testCodec, () => Date.now());
    await write('ready');
    for (let n = start + 1; ; n++) {
      const result = await journal.write('doc-1', deckVersion(base, n), null);
      if (!result.ok) throw new Error(result.message);
      await write(`saved ${n}`);
    }
  }
}

main().catch((error) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(2);
});
