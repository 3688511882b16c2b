// The CLI hands the engine node:crypto's sha256 (useSha256); the CSP must not change by it.
import { createHash, hash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { scriptHash, useSha256 } from '../../../../engine/export/csp.ts';
import { REVEAL_JS } from '../../../../engine/export/assets.ts';

const portable = (source: string): string => scriptHash(source);

describe('useSha256', () => {
  afterEach(() => useSha256((source) => createHash('sha256').update(source, 'utf8').digest('base64')));

  it('the native hash and the portable one agree, on ASCII, Hangul, astral characters and reveal.js itself', () => {
    const samples = ['', 'abc', '핵심 요약 — 출처', 'emoji 🇰🇷 \u2028', REVEAL_JS];
    const before = samples.map(portable);
    useSha256((source) => hash('sha256', source, 'base64'));
    expect(samples.map(scriptHash)).toEqual(before);
    expect(before[1]).toBe(`'sha256-${createHash('sha256').update('abc').digest('base64')}'`);
  });

  it('is the hash scriptHash uses once set', () => {
    useSha256(() => 'X');
    expect(scriptHash('anything')).toBe("'sha256-X'");
  });
});
