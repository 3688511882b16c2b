// The shipped artefact: scripts/build-cli.mjs bundles the CLI into a .cjs launcher and its
// code split into ES modules beside it (briefdeck-lib/). This test
// builds a private copy from the current sources (so it never tests a stale out/ file and
// never races the real build) and runs it as a separate Node process, as a user would.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'briefdeck-bundle-'));
const bundle = join(dir, 'briefdeck.cjs');
const lib = join(dir, 'briefdeck-lib');

beforeAll(() => {
  execFileSync(process.execPath, [join(repo, 'scripts/build-cli.mjs'), '--outfile', bundle], { cwd: repo, stdio: 'pipe' });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bundle, ...args], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the bundled briefdeck.cjs and briefdeck-lib/', () => {
  it('is an executable CommonJS launcher with a shebang, and no file imports Electron', () => {
    const text = readFileSync(bundle, 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(text).toContain('enableCompileCache');
    expect(statSync(bundle).mode & 0o111).not.toBe(0);
    for (const file of readdirSync(lib)) expect(readFileSync(join(lib, file), 'utf8')).not.toMatch(/["']electron["']/);
  });

  // Start-up time: an HTML export or a validate must not parse pptxgenjs, docx or the
  // PowerPoint reader. Follow the entry's static imports and look for their code.
  it('loads the Office writers and the PowerPoint reader only on demand', () => {
    const files = new Map(readdirSync(lib).map((file) => [file, readFileSync(join(lib, file), 'utf8')]));
    const eager = new Set<string>();
    const visit = (file: string): void => {
      if (eager.has(file)) return;
      eager.add(file);
      // Static imports only: `import … from"./x.mjs"` or `import"./x.mjs"`, never `import("./x.mjs")`.
      for (const m of files.get(file)!.matchAll(/import(?:[^"'(]*?from)?\s*["']\.\/([\w-]+\.mjs)["']/g)) visit(m[1]!);
    };
    visit('index.mjs');
    const eagerText = [...eager].map((file) => files.get(file)!).join('\n');
    const allText = [...files.values()].join('\n');
    // Strings each library carries (checked present in the whole bundle, so the test can fail).
    for (const marker of ['PptxGenJS', 'w:document', 'SaxesParser']) {
      expect(allText, marker).toContain(marker);
      expect(eagerText, marker).not.toContain(marker);
    }
    expect(eager.size).toBeLessThan(files.size);
  });

  it('writes PowerPoint and Word through the on-demand chunks', () => {
    const seed = join(repo, 'templates/rok-us-defense-industry.briefdeck');
    for (const out of ['seed.pptx', 'seed.docx']) {
      const r = run('export', seed, '-o', out);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(readFileSync(join(dir, out)).subarray(0, 2).toString('latin1')).toBe('PK');
    }
  });

  it('exports the seed template with exit 0', () => {
    const r = run('export', join(repo, 'templates/rok-us-defense-industry.briefdeck'), '-o', 'seed.html');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'seed.html'), 'utf8');
    expect(html).toContain('Content-Security-Policy');
    // The ?raw plugin inlined reveal.js itself, not a path to it.
    expect(html).toContain('Reveal');
    expect(html).not.toContain('?raw');
  });

  it('exits 1 with ONE stderr line and no stack trace for a bad file', () => {
    writeFileSync(join(dir, 'bad.briefdeck'), '\u0000\u0001binary');
    const r = run('validate', 'bad.briefdeck');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^briefdeck: bad\.briefdeck: binary data/)]);
  });

  // The one explicit time bound: bad files are refused within 2 seconds, whole process.
  it.each([
    ['a 50 MB deck', () => `{"type":"briefdeck","version":2,"deck":{"meta":{"title":"${'a'.repeat(50 * 1024 * 1024)}"}}}`, /50\.0 MB/],
    ['100 000 levels deep', () => '['.repeat(100_000) + ']'.repeat(100_000), /nests deeper/],
    ['100 000 points', () => JSON.stringify({ type: 'briefdeck', version: 2, deck: { sections: [{ title: 's', points: Array.from({ length: 100_000 }, () => ({ text: 'x' })) }] } }), /more than 50000 points/],
  ])('refuses %s with exit 1 within 2 seconds', (_name, make, message) => {
    writeFileSync(join(dir, 'huge.briefdeck'), make());
    const started = Date.now();
    const r = run('export', 'huge.briefdeck', '-o', 'huge.html');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(message)]);
    expect(() => statSync(join(dir, 'huge.html'))).toThrow();
  });

  it('keeps zod’s English messages though the build drops its other locales', () => {
    const deck = JSON.parse(readFileSync(join(repo, 'templates/blank.briefdeck'), 'utf8')) as { deck: { settings: Record<string, unknown> } };
    deck.deck.settings.slideNumber = 'yes';
    writeFileSync(join(dir, 'typed.briefdeck'), JSON.stringify(deck));
    const r = run('validate', 'typed.briefdeck');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('briefdeck: typed.briefdeck: settings.slideNumber: expected boolean, received string\n');
  });

  it('exits 2 with ONE stderr line for bad usage', () => {
    const r = run('export', 'x.md');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('briefdeck: export: say where to write with -o <file>\n');
  });

  it('answers --help with exit 0', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: briefdeck <command>');
  });
});
