/**
 * The shell's and the editor's benchmarks, after tests/bench/run.ts (the engine's):
 * save latency for 1 MB and 20 MB decks (issue 3), launch to the first editable window where
 * an Electron binary exists (issue 3), and keystroke → preview latency plus the time to open a
 * 1000-section deck (issue 4). Needs a build (out/renderer); `npm run bench` builds first.
 * Benchmarks inform, they do not gate: the exit code is 0 whether targets pass or miss.
 */
import { benchSave, formatSaveRows } from './save.ts';
import { runKeystrokeBench } from './keystroke.ts';
import { runTableKeystrokeBench } from './table-keystroke.ts';
import { benchLaunch } from '../electron/launch-bench.ts';

console.log('\n== Shell: save latency (atomic, durable; median and p95) ==');
console.log(formatSaveRows(await benchSave()));

console.log('\n== Shell: launch to the first editable window ==');
const launch = await benchLaunch();
console.log('skipped' in launch ? `skipped: ${launch.skipped}` : `median ${launch.medianMs.toFixed(0)} ms over ${launch.runs} launches`);

console.log('\n== Editor: keystroke → preview updated ==');
await runKeystrokeBench({ log: (line) => console.log(line) });

console.log('\n== Editor: keystroke in a table cell → preview updated (issue 8) ==');
await runTableKeystrokeBench({ log: (line) => console.log(line) });
