/**
 * Durability, seen from the kernel: the real writeFileAtomic runs in a child under strace,
 * and the system calls must come in the order that survives a power cut —
 *
 *   open temp (O_CREAT|O_EXCL, same folder) → write temp → fsync temp → link old → backup
 *   → rename temp over the file → open folder → fsync folder
 *
 * and the user's file is never opened for writing (no truncating write anywhere). The kill
 * tests cannot see fsyncs (a SIGKILL does not lose the page cache); this test can.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMP_MARK } from '../../../electron/main/services/atomic-write.ts';

/** strace must exist and be allowed to trace (containers may forbid ptrace). */
const straceOk = process.platform === 'linux' && spawnSync('strace', ['-f', '-o', '/dev/null', 'true']).status === 0;
if (!straceOk) console.log('skipped: atomic-write system-call order (strace is missing or may not trace here)');

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'briefdeck-strace-'));
  await build({ entryPoints: [join(import.meta.dirname, '../../../electron/main/services/atomic-write.ts')], bundle: true, platform: 'node', format: 'esm', outfile: join(work, 'atomic-write.mjs'), logLevel: 'error' });
  await writeFile(
    join(work, 'run.mjs'),
    "import { writeFileAtomic } from './atomic-write.mjs';\nconst [target, text] = process.argv.slice(2);\nawait writeFileAtomic(target, text, { backupPath: `${target}.bak` });\n",
  );
}, 60_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

interface Call {
  name: string;
  args: string;
}

/** Start lines of the traced calls that touch `dir` ("<... resumed>" halves are dropped). */
function traceWrite(dir: string, target: string, text: string): Call[] {
  const log = join(work, 'trace.log');
  const result = spawnSync(
    'strace',
    ['-f', '-y', '-s', '256', '-o', log, '-e', 'trace=open,openat,creat,write,pwrite64,writev,pwritev,truncate,ftruncate,fsync,fdatasync,rename,renameat,renameat2,link,linkat', process.execPath, join(work, 'run.mjs'), target, text],
    // io_uring would hide file calls from strace; libuv's thread pool makes them plain calls.
    { encoding: 'utf8', env: { ...process.env, UV_USE_IO_URING: '0' } },
  );
  expect(result.status, result.stderr).toBe(0);
  return spawnSync('cat', [log], { encoding: 'utf8' })
    .stdout.split('\n')
    .map((line) => /^\d+\s+(\w+)\((.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && m[2]!.includes(dir))
    .map((m) => ({ name: m[1]!, args: m[2]! }));
}

describe.skipIf(!straceOk)('writeFileAtomic system calls', () => {
  it('temp, write, fsync, backup link, rename, folder fsync — and the file is never opened for writing', async () => {
    const dir = await mkdtemp(join(work, 'deck-'));
    const target = join(dir, 'brief.briefdeck');
    await writeFile(target, 'old version');
    const calls = traceWrite(dir, target, 'new version');
    expect(await readFile(target, 'utf8')).toBe('new version');
    expect(await readFile(`${target}.bak`, 'utf8')).toBe('old version');

    const at = (test: (c: Call) => boolean, what: string) => {
      const i = calls.findIndex(test);
      expect(i, `${what} in:\n${calls.map((c) => `${c.name}(${c.args}`).join('\n')}`).toBeGreaterThanOrEqual(0);
      return i;
    };
    const tempPrefix = `${dir}/.brief.briefdeck${TEMP_MARK}`;
    const openTemp = at((c) => /^open/.test(c.name) && c.args.includes(`"${tempPrefix}`) && /O_CREAT\|O_EXCL/.test(c.args), 'exclusive create of a temp in the same folder');
    const writeTemp = at((c) => /write/.test(c.name) && c.args.startsWith(`${calls[openTemp]!.args.match(/= (\d+)</)?.[1] ?? 'x'}<${tempPrefix}`) && c.args.includes('new version'), 'the data written to the temp');
    const fsyncTemp = at((c) => c.name === 'fsync' && c.args.includes(`<${tempPrefix}`), 'fsync of the temp');
    const backup = at((c) => c.name === 'rename' && c.args.endsWith(`"${target}.bak") = 0`), 'the backup renamed into place');
    const replace = at((c) => c.name === 'rename' && c.args.startsWith(`"${tempPrefix}`) && c.args.includes(`, "${target}") = 0`), 'rename of the temp over the file');
    const openDir = calls.findIndex((c, i) => i > replace && /^open/.test(c.name) && c.args.includes(`"${dir}", O_RDONLY`));
    expect(openDir, 'the folder opened after the rename').toBeGreaterThan(replace);
    const fsyncDir = calls.findIndex((c, i) => i > openDir && c.name === 'fsync' && c.args.startsWith(`${/= (\d+)</.exec(calls[openDir]!.args)?.[1]}<${dir}>`));
    expect(fsyncDir, 'fsync of the folder after the rename').toBeGreaterThan(openDir);

    expect(openTemp).toBeLessThan(writeTemp);
    expect(writeTemp).toBeLessThan(fsyncTemp);
    expect(fsyncTemp).toBeLessThan(replace);
    expect(backup).toBeLessThan(replace);
    // No write, truncate or open-for-writing ever names the user's file itself.
    const touchesTarget = calls.filter(
      (c) => (/write|truncate/.test(c.name) && c.args.startsWith(`${c.args.split('<')[0]}<${target}>`)) || (/^open|creat/.test(c.name) && c.args.includes(`"${target}"`) && /O_WRONLY|O_RDWR|O_TRUNC/.test(c.args)),
    );
    expect(touchesTarget).toEqual([]);
  });
});
