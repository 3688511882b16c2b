/**
 * Bad input over IPC: random junk for every channel is either refused by validation
 * (PayloadError) or answered with a one-line Failure — never another exception, never a
 * hang, and nothing is written to disk.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../../electron/shared/contract.ts';
import { registerHandlers, type IpcEventLike } from '../../../electron/main/ipc/register.ts';
import { createMainServices } from '../../../electron/main/services/index.ts';
import { testCodec } from './_helpers/codec.ts';
import { recordingPlatform } from './_helpers/platform.ts';
import { useTempDirs } from './_helpers/tmp.ts';

const tempDir = useTempDirs();

/** A small deterministic generator, so a failure can be replayed. */
function junkMaker(seed: number) {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const junk = (depth = 0): unknown => {
    switch (pick(['str', 'num', 'bool', 'null', 'undef', 'arr', 'obj', 'path', 'deckish'] as const)) {
      case 'str':
        return pick(['', 'x', '../../etc/passwd', '\0', 'a'.repeat(5000), 'javascript:alert(1)', '__proto__', 'https://e.x']);
      case 'num':
        return pick([0, -1, 1.5, NaN, Infinity, 2 ** 53]);
      case 'bool':
        return rand() > 0.5;
      case 'null':
        return null;
      case 'undef':
        return undefined;
      case 'arr':
        return depth > 3 ? [] : Array.from({ length: Math.floor(rand() * 3) }, () => junk(depth + 1));
      case 'obj': {
        if (depth > 3) return {};
        const keys = ['path', 'deck', 'docId', 'id', 'format', 'type', 'index', 'name', 'dirty', 'expectedMtimeMs', 'overwrite', 'startSectionId', 'constructor'];
        return Object.fromEntries(Array.from({ length: Math.floor(rand() * 5) }, () => [pick(keys), junk(depth + 1)]));
      }
      case 'path':
        return pick(['/nonexistent/x.briefdeck', '/etc/passwd', '/', '/dev/zero', 'relative.briefdeck']);
      case 'deckish':
        return { sections: junk(depth + 1), meta: junk(depth + 1) };
    }
  };
  return { junk, rand };
}

describe('IPC junk', () => {
  it('every channel survives 60 random payloads', async () => {
    const dir = await tempDir();
    const platform = recordingPlatform(dir);
    const services = createMainServices(platform, { codec: testCodec, compile: () => '<html></html>', slides: { renderSlides: () => [], revealConfig: () => ({}), themeCss: () => '' } });
    const handlers = new Map<string, (e: IpcEventLike, ...a: unknown[]) => unknown>();
    registerHandlers({ handle: (c, f) => void handlers.set(c, f) }, services.handlers, () => true);
    const { junk, rand } = junkMaker(20261128);
    let refused = 0;
    let failures = 0;
    for (const channel of INVOKE_CHANNELS) {
      for (let i = 0; i < 60; i++) {
        const args = Array.from({ length: Math.floor(rand() * 3) }, () => junk());
        try {
          const result = (await handlers.get(channel)!({ sender: { id: 1 } }, ...args)) as { ok?: boolean; message?: string } | null;
          if (result && result.ok === false) {
            failures++;
            expect(result.message).not.toContain('\n');
          }
        } catch (error) {
          expect((error as Error).name, `${channel} ${JSON.stringify(args).slice(0, 200)}`).toBe('PayloadError');
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(0);
    expect(failures).toBeGreaterThan(0);
    // Nothing but (at most) the recent-files list and an empty journal folder appeared.
    expect((await readdir(dir)).filter((n) => n !== 'recent-files.json' && n !== 'recovery')).toEqual([]);
    expect(await readdir(join(dir, 'recovery')).catch(() => [])).toEqual([]);
  }, 60_000);
});
