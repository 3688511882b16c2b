// The one importer behind `briefdeck import` and File → Import: outlines and .pptx by
// extension, one-line errors naming the file, the open deck and the disk untouched.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import PptxGenJS from 'pptxgenjs';
import { importFile, importKindOf } from '../../../../electron/main/import/import-file.ts';
import { runCli } from '../../../../electron/main/cli/main.ts';
import { DeckError, parseDeckText } from '../../../../engine/format/index.ts';
import { rawZip, zeroBomb } from './_zips.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefdeck-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pptxFile(name: string): Promise<string> {
  const pptx = new PptxGenJS();
  const s = pptx.addSlide();
  s.addText([{ text: 'Alpha', options: { bullet: true } }, { text: 'Beta', options: { bullet: true, indentLevel: 1 } }], { x: 1, y: 1, w: 5, h: 3 });
  s.addNotes('say it slowly');
  const path = join(dir, name);
  writeFileSync(path, (await pptx.write({ outputType: 'nodebuffer' })) as Buffer);
  return path;
}

describe('importFile', () => {
  it('picks the importer by extension', () => {
    expect(importKindOf('a/b.PPTX')).toBe('pptx');
    expect(importKindOf('talking-points.md')).toBe('outline');
    expect(importKindOf('mail.txt')).toBe('outline');
    expect(importKindOf('deck.briefdeck')).toBeNull();
  });

  it('reads a .pptx into sections with nested points and notes', async () => {
    const { deck, kind } = await importFile(await pptxFile('a.pptx'), 'a.pptx');
    expect(kind).toBe('pptx');
    expect(deck.sections[0]?.points[0]?.text).toBe('Alpha');
    expect(deck.sections[0]?.points[0]?.children[0]?.text).toBe('Beta');
    expect(deck.sections[0]?.notes).toBe('say it slowly');
  });

  it('reads an outline with its warnings', async () => {
    const path = join(dir, 'o.md');
    writeFileSync(path, '# T\n## S\n- point [7]\n');
    const { deck, warnings } = await importFile(path, 'o.md');
    expect(deck.sections[0]?.title).toBe('S');
    expect(warnings[0]).toMatch(/^line 3: \[7\]/);
  });

  it('refuses a bomb renamed .pptx with a DeckError naming the file', async () => {
    const path = join(dir, 'bomb.pptx');
    writeFileSync(path, rawZip([{ name: 'ppt/presentation.xml', data: zeroBomb(70), method: 8, claimedSize: 10 }]));
    const error = await importFile(path, 'bomb.pptx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeckError);
    expect((error as Error).message).toMatch(/^bomb\.pptx: .*inflates past/);
  });
});

describe('briefdeck import deck.pptx', () => {
  it('writes a deck file from a PowerPoint file', async () => {
    await pptxFile('brief.pptx');
    const err: string[] = [];
    const code = await runCli(['import', 'brief.pptx', '-o', 'brief.briefdeck'], { out: () => {}, err: (t) => err.push(t), cwd: dir });
    expect(code).toBe(0);
    const { readFileSync } = await import('node:fs');
    expect(parseDeckText(readFileSync(join(dir, 'brief.briefdeck'), 'utf8')).sections[0]?.points[0]?.text).toBe('Alpha');
  });

  it('refuses a truncated .pptx in one line, exit 1, writing nothing', async () => {
    const sub = mkdtempSync(join(dir, 'trunc-'));
    const full = await pptxFile('full.pptx');
    const { readFileSync } = await import('node:fs');
    writeFileSync(join(sub, 'cut.pptx'), readFileSync(full).subarray(0, 2000));
    const err: string[] = [];
    const code = await runCli(['import', 'cut.pptx', '-o', 'cut.briefdeck'], { out: () => {}, err: (t) => err.push(t), cwd: sub });
    expect(code).toBe(1);
    expect(err).toEqual([expect.stringMatching(/^briefdeck: cut\.pptx: .*(truncated|damaged)/)]);
    expect(readdirSync(sub)).toEqual(['cut.pptx']);
  });
});
