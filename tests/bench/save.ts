/**
 * Save latency of the real file store (restoreDeck + serialise + atomic durable write with
 * backup) for 1 MB and 20 MB decks: median and p95. Informational, never a gate.
 *
 *   import { benchSave } from './save.ts';  const rows = await benchSave();
 *   node --experimental-strip-types tests/bench/save.ts     (prints the table on its own)
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { restoreDeck, serializeDeck } from '../../engine/format/index.ts';
import { DeckSchema, type Deck } from '../../engine/model/schema.ts';
import { readDeckFile } from '../../electron/main/services/deck-file.ts';
import { createFileStore } from '../../electron/main/services/file-store.ts';

export interface SaveBenchRow {
  label: string;
  fileBytes: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

/** A valid deck of about `bytes` (speaker notes padding, 80 000 characters per section). */
function deckOfSize(bytes: number, tag: string): Deck {
  const perSection = 80_000;
  const unit = `${tag} notes `;
  const sections = Math.max(1, Math.ceil(bytes / perSection));
  return DeckSchema.parse({
    meta: { title: `Bench ${tag}` },
    sections: Array.from({ length: sections }, (_, i) => ({
      id: `s${i}`,
      title: `Section ${i}`,
      notes: unit.repeat(Math.ceil(perSection / unit.length)).slice(0, perSection),
      points: [{ id: `p${i}`, text: `Point ${i}` }],
    })),
  });
}

function quantile(sorted: number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

export async function benchSave(options: { runs1mb?: number; runs20mb?: number } = {}): Promise<SaveBenchRow[]> {
  const store = createFileStore({ restore: restoreDeck, serialize: serializeDeck, readFile: readDeckFile });
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-bench-save-'));
  const rows: SaveBenchRow[] = [];
  try {
    for (const [label, bytes, runs] of [
      ['1 MB deck', 1024 * 1024, options.runs1mb ?? 30],
      ['20 MB deck', 20 * 1024 * 1024, options.runs20mb ?? 10],
    ] as const) {
      const path = join(dir, `${label.replace(/\s/g, '-')}.briefdeck`);
      const decks = [deckOfSize(bytes, 'a'), deckOfSize(bytes, 'b')];
      let mtime: number | null = null;
      const times: number[] = [];
      for (let i = 0; i <= runs; i++) {
        const started = performance.now();
        const result = await store.save({ deck: decks[i % 2]!, path, expectedMtimeMs: mtime });
        const took = performance.now() - started;
        if (!result.ok) throw new Error(result.message);
        mtime = result.mtimeMs;
        if (i > 0) times.push(took); // the first save creates the file: warm-up
      }
      times.sort((a, b) => a - b);
      rows.push({ label, fileBytes: statSync(path).size, runs, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95) });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export function formatSaveRows(rows: SaveBenchRow[]): string {
  return rows.map((r) => `save ${r.label.padEnd(11)} ${(r.fileBytes / 1024 / 1024).toFixed(1).padStart(5)} MB on disk  median ${r.medianMs.toFixed(1).padStart(7)} ms  p95 ${r.p95Ms.toFixed(1).padStart(7)} ms  (${r.runs} runs)`).join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatSaveRows(await benchSave()));
}
