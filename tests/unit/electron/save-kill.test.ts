/**
 * Kill tests: a child process running the real save code is killed with SIGKILL at random
 * moments while it saves a 2 MB deck. After every kill the file must be the complete old or
 * the complete new version, and a save the child acknowledged ("saved N", printed only after
 * the save resolved) must never be lost. The same for the recovery journal.
 *
 * SIGKILL tests process death, not power loss; the fsyncs cover the latter and cannot be
 * tested without pulling the plug.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupStaleTemps, TEMP_MARK } from '../../../electron/main/services/atomic-write.ts';
import { createRecoveryJournal } from '../../../electron/main/services/recovery-journal.ts';
import { deckVersion, makeDeck, testCodec } from './_helpers/codec.ts';

const TRIALS = Number(process.env.KILL_TRIALS ?? 300);
const JOURNAL_TRIALS = Number(process.env.KILL_JOURNAL_TRIALS ?? 150);
const PARALLEL = 3;
const DECK_BYTES = 2 * 1024 * 1024;
/** Kill delays spread over several saves (a 2 MB save takes roughly 10–40 ms here). */
const MAX_DELAY_MS = 120;

let work: string;
let childScript: string;
const base = makeDeck('base', DECK_BYTES);
const expectedText = (n: number) => testCodec.serialize(deckVersion(base, n));

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'briefdeck-kill-'));
  childScript = join(work, 'save-child.mjs');
  // One bundled file starts in a few tens of ms; 300+ children make that matter.
  await build({ entryPoints: [join(import.meta.dirname, '_helpers/save-child.ts')], bundle: true, platform: 'node', format: 'esm', outfile: childScript, logLevel: 'error' });
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

interface Run {
  acked: number;
  stderr: string;
  killedAfterReady: boolean;
}

function runAndKill(mode: 'file' | 'journal', target: string, start: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, mode, target, String(start), String(DECK_BYTES)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let killedAfterReady = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const first = out === '';
      out += chunk;
      if (first && out.startsWith('ready')) {
        killedAfterReady = true;
        setTimeout(() => child.kill('SIGKILL'), Math.random() * MAX_DELAY_MS);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    // 'close' waits for stdout to drain, so every ack the child wrote before dying is counted.
    child.on('close', () => {
      const acks = [...out.matchAll(/^saved (\d+)$/gm)].map((m) => Number(m[1]));
      resolve({ acked: acks.length ? Math.max(...acks) : start, stderr, killedAfterReady });
    });
  });
}

async function inParallel(count: number, lanes: number, trial: (lane: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      while (next < count) {
        next++;
        await trial(lane);
      }
    }),
  );
}

describe('kill test', () => {
  it(`file store: ${TRIALS} SIGKILLs mid-save never leave a torn file or lose an acknowledged save`, async () => {
    const stats = { trials: 0, landedOnNew: 0, advanced: 0, midWrite: 0 };
    const lanes = await Promise.all(
      Array.from({ length: PARALLEL }, async (_, lane) => {
        const dir = join(work, `file-${lane}`);
        await (await import('node:fs/promises')).mkdir(dir);
        const path = join(dir, 'deck.briefdeck');
        await writeFile(path, expectedText(0));
        return { dir, path, version: 0 };
      }),
    );
    await inParallel(TRIALS, PARALLEL, async (laneIndex) => {
      const lane = lanes[laneIndex]!;
      const run = await runAndKill('file', lane.path, lane.version);
      expect(run.stderr).toBe('');
      expect(run.killedAfterReady).toBe(true);
      const text = await readFile(lane.path, 'utf8');
      // Complete old or complete new: byte-for-byte one of the two versions that could be there.
      const onDisk = text === expectedText(run.acked) ? run.acked : text === expectedText(run.acked + 1) ? run.acked + 1 : -1;
      expect(onDisk, `trial ${stats.trials}: file is neither v${run.acked} nor v${run.acked + 1}`).not.toBe(-1);
      // The backup is always complete too: the previous version, or the current one when the
      // kill fell between refreshing the backup and the rename.
      if (onDisk > 0) {
        const bak = await readFile(`${lane.path}.bak`, 'utf8');
        expect(bak === expectedText(onDisk - 1) || bak === expectedText(onDisk)).toBe(true);
      }
      // A temp file left behind means the kill landed in the middle of a write.
      const removed = await cleanupStaleTemps(lane.dir);
      if (removed.length > 0) stats.midWrite++;
      stats.trials++;
      if (onDisk > run.acked) stats.landedOnNew++;
      if (onDisk > lane.version) stats.advanced++;
      lane.version = onDisk;
    });
    // Stale temps from killed writers are recognised and removed.
    for (const lane of lanes) {
      await cleanupStaleTemps(lane.dir);
      expect((await readdir(lane.dir)).filter((n) => n.includes(TEMP_MARK))).toEqual([]);
    }
    console.log(`kill test (file): ${stats.trials} kills, ${stats.midWrite} mid-write, ${stats.advanced} after at least one save, ${stats.landedOnNew} between rename and ack`);
    expect(stats.trials).toBe(TRIALS);
    // The kills must really land mid-stream, not all before the first save.
    expect(stats.advanced).toBeGreaterThan(TRIALS / 4);
    expect(stats.midWrite).toBeGreaterThan(0);
  }, 600_000);

  it(`recovery journal: ${JOURNAL_TRIALS} SIGKILLs mid-write always leave a readable entry, never older than acknowledged`, async () => {
    let trials = 0;
    let advanced = 0;
    const lanes = Array.from({ length: PARALLEL }, (_, lane) => ({ dir: join(work, `journal-${lane}`), version: 0 }));
    for (const lane of lanes) {
      const journal = createRecoveryJournal(lane.dir, testCodec, () => 1);
      expect((await journal.write('doc-1', deckVersion(base, 0), null)).ok).toBe(true);
    }
    await inParallel(JOURNAL_TRIALS, PARALLEL, async (laneIndex) => {
      const lane = lanes[laneIndex]!;
      const run = await runAndKill('journal', lane.dir, lane.version);
      expect(run.stderr).toBe('');
      const journal = createRecoveryJournal(lane.dir, testCodec, () => 1);
      const { decks, notices } = await journal.list();
      expect(notices).toEqual([]);
      expect(decks.map((d) => d.id)).toEqual(['doc-1']);
      const restored = await journal.restore('doc-1');
      if (!restored.ok) throw new Error(restored.message);
      const version = Number(restored.deck.meta.subtitle.slice(1));
      expect([run.acked, run.acked + 1]).toContain(version);
      expect(restored.deck.sections).toHaveLength(base.sections.length);
      if (version > lane.version) advanced++;
      lane.version = version;
      trials++;
    });
    console.log(`kill test (journal): ${trials} kills, ${advanced} after at least one write`);
    expect(advanced).toBeGreaterThan(JOURNAL_TRIALS / 4);
  }, 600_000);
});
