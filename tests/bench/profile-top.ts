/**
 * Self and total time per function in a Chromium .cpuprofile (from tests/bench/typing.ts
 * --profile), heaviest first: a quick read of where a keystroke goes without DevTools.
 *
 *   npx node --experimental-strip-types tests/bench/profile-top.ts file.cpuprofile [top]
 */
import { readFileSync } from 'node:fs';
import { summariseProfile, topLines, type CpuProfile } from './cpu-profile.ts';

const [file, topArg] = process.argv.slice(2);
const { totalMs, selfBy, totalBy } = summariseProfile(JSON.parse(readFileSync(file!, 'utf8')) as CpuProfile, { withColumn: true });
const top = Number(topArg ?? 30);
console.log(`total sampled ${totalMs.toFixed(0)} ms`);
console.log('-- self --');
console.log(topLines(selfBy, top, 9));
console.log('-- total --');
console.log(topLines(totalBy, top, 9));
