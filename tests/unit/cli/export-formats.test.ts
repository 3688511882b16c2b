/**
 * `briefdeck export` picks the format from the output's extension (.html .pdf .pptx .docx .md),
 * refuses the rest with exit 2, never writes HTML under a .pdf name, and `import` / `validate`
 * refuse the mix-ups of issue 9 (JSON under .html; an exported deck given to validate).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/main/cli/main.ts';
import { serializeDeck } from '../../../engine/format/index.ts';
import { sampleDeck } from '../electron/office/_office.ts';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bd-cli-formats-'));
  writeFileSync(join(dir, 'brief.briefdeck'), serializeDeck(sampleDeck()));
  writeFileSync(join(dir, 'notes.md'), '# Notes\n\n## One\n- a point\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir });
  return { code, out, err };
}

describe('briefdeck export: the extension picks the format', () => {
  it.each([
    ['brief.pptx', 'ppt/presentation.xml'],
    ['brief.docx', 'word/document.xml'],
  ])('%s is an Office zip holding %s', async (name, part) => {
    const run = await cli('export', 'brief.briefdeck', '-o', name);
    expect(run.code).toBe(0);
    expect(run.out[0]).toMatch(new RegExp(`^wrote ${name.replace('.', '\\.')}: "Readiness review"`));
    const bytes = readFileSync(join(dir, name));
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(bytes.includes(Buffer.from(part))).toBe(true);
  });

  it('writes the outline text for .md and says what it left out', async () => {
    const run = await cli('export', 'brief.briefdeck', '-o', 'back.md');
    expect(run.code).toBe(0);
    expect(run.out[0]).toContain('(left out: 1 image)');
    expect(readFileSync(join(dir, 'back.md'), 'utf8')).toMatch(/^# Readiness review\n/);
  });

  it('refuses an extension it does not write, listing the formats, and writes nothing', async () => {
    const run = await cli('export', 'brief.briefdeck', '-o', 'brief.key');
    expect(run.code).toBe(2);
    expect(run.err).toEqual(['briefdeck: cannot export to .key files: the extension picks the format, one of .html .pdf .pptx .docx .md']);
    expect(existsSync(join(dir, 'brief.key'))).toBe(false);
  });

  it('without Chromium, a .pdf is one line and exit 2, and no file (never HTML under .pdf)', async () => {
    const before = process.env.BRIEFDECK_CHROMIUM;
    process.env.BRIEFDECK_CHROMIUM = join(dir, 'no-such-chromium');
    try {
      const run = await cli('export', 'brief.briefdeck', '-o', 'brief.pdf');
      expect(run.code).toBe(2);
      expect(run.err).toHaveLength(1);
      expect(run.err[0]).toMatch(/^briefdeck: cannot write a PDF: no Chromium at /);
      expect(existsSync(join(dir, 'brief.pdf'))).toBe(false);
    } finally {
      if (before === undefined) delete process.env.BRIEFDECK_CHROMIUM;
      else process.env.BRIEFDECK_CHROMIUM = before;
    }
  });

  it('checks --pdf and --notes against the format', async () => {
    expect((await cli('export', 'brief.briefdeck', '-o', 'x.pdf', '--pdf', 'poster')).code).toBe(2);
    expect((await cli('export', 'brief.briefdeck', '-o', 'x.pptx', '--pdf', 'handout-3')).err[0]).toContain('--pdf is for .pdf outputs');
    expect((await cli('export', 'brief.briefdeck', '-o', 'x.html', '--notes')).err[0]).toContain('--notes is for .docx outputs');
  });
});

describe('import and validate mix-ups', () => {
  it('import -o deck.html is refused (it would write JSON under .html)', async () => {
    const run = await cli('import', 'notes.md', '-o', 'deck.html');
    expect(run.code).toBe(2);
    expect(run.err[0]).toContain('import writes a deck file');
    expect(existsSync(join(dir, 'deck.html'))).toBe(false);
  });

  it('validate on an exported HTML deck says it is an exported deck, not a deck file', async () => {
    expect((await cli('export', 'brief.briefdeck', '-o', 'brief.html')).code).toBe(0);
    const run = await cli('validate', 'brief.html');
    expect(run.code).toBe(1);
    expect(run.err).toEqual(['briefdeck: brief.html: this is an exported Briefdeck deck (HTML), not a deck file: validate the .briefdeck it was exported from']);
  });
});
