/**
 * Bundled by run.ts (esbuild, with ?raw inlined) and run as its own process: parses one
 * outline, then times compileDeck RUNS times in-process and prints JSON with the times, the
 * output size and the process's peak RSS. A separate process per size keeps one size's heap
 * from inflating the next one's memory figure.
 */
import { readFileSync } from 'node:fs';
import { compileDeck } from '../../engine/export/index.ts';
import { parseOutline } from '../../engine/outline/index.ts';

const [file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? '5');
const deck = parseOutline(readFileSync(file ?? '', 'utf8'));
const times: number[] = [];
let bytes = 0;
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const html = compileDeck(deck);
  times.push(performance.now() - started);
  bytes = Buffer.byteLength(html);
}
process.stdout.write(JSON.stringify({ times, bytes, maxRssKiB: process.resourceUsage().maxRSS }));
