import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExportWriter } from '../../../electron/main/services/export-writer.ts';
import { compileDeck } from '../../../engine/export/index.ts';
import { makeDeck, testCodec } from './_helpers/codec.ts';
import { useTempDirs } from './_helpers/tmp.ts';
import { useTinyDisk } from './_helpers/tiny-disk.ts';

const tempDir = useTempDirs();
const tinyDisk = useTinyDisk('full-disk export test');
const compile = (deck: { meta: { title: string } }) => `<!doctype html><title>${deck.meta.title}</title>`;

describe('export writer', () => {
  it('writes the compiled HTML and reports progress up to 1', async () => {
    const dir = await tempDir();
    const path = join(dir, 'out.html');
    const progress: number[] = [];
    const writer = createExportWriter({ codec: testCodec, compile, printToPdf: async () => new Uint8Array() });
    const result = await writer.run({ deck: makeDeck('x'), format: 'html', path, onProgress: (f) => progress.push(f) });
    expect(result).toMatchObject({ ok: true, path });
    expect(await readFile(path, 'utf8')).toBe('<!doctype html><title>Deck x</title>');
    // The temp file of an export that crashed earlier (its writer is gone) is tidied away.
    await writeFile(join(dir, '.out.html.bdtmp-999999999-ab'), 'half an export');
    expect(await writer.run({ deck: makeDeck('x'), format: 'html', path })).toMatchObject({ ok: true });
    expect(await readdir(dir)).toEqual(['out.html']);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('prints PDF through the platform with the notes option', async () => {
    const dir = await tempDir();
    const seen: { html: string; notesPages: boolean }[] = [];
    const writer = createExportWriter({
      codec: testCodec,
      compile,
      printToPdf: async (html, o) => {
        seen.push({ html, notesPages: o.notesPages });
        return new TextEncoder().encode('%PDF-1.7 fake');
      },
    });
    const result = await writer.run({ deck: makeDeck('x'), format: 'pdf', path: join(dir, 'o.pdf'), notesPages: true });
    expect(result).toMatchObject({ ok: true, bytes: 13 });
    expect(seen).toEqual([{ html: '<!doctype html><title>Deck x</title>', notesPages: true }]);
  });

  it('leaves no file and the old export intact when compiling or printing fails', async () => {
    const dir = await tempDir();
    const path = join(dir, 'o.pdf');
    await writeFile(path, 'previous export');
    const failing = createExportWriter({
      codec: testCodec,
      compile,
      printToPdf: async () => {
        throw new Error('printer crashed');
      },
    });
    const result = await failing.run({ deck: makeDeck('x'), format: 'pdf', path });
    expect(result).toMatchObject({ ok: false, code: 'io' });
    expect(result.ok ? '' : result.message).toContain('printer crashed');
    const notPdf = createExportWriter({ codec: testCodec, compile, printToPdf: async () => new TextEncoder().encode('<html>') });
    expect(await notPdf.run({ deck: makeDeck('x'), format: 'pdf', path })).toMatchObject({ ok: false, code: 'io' });
    const badCompile = createExportWriter({
      codec: testCodec,
      compile: () => {
        throw new Error('no slides');
      },
      printToPdf: async () => new Uint8Array(),
    });
    expect(await badCompile.run({ deck: makeDeck('x'), format: 'html', path: join(dir, 'n.html') })).toMatchObject({ ok: false });
    expect(await readFile(path, 'utf8')).toBe('previous export');
    expect((await readdir(dir)).sort()).toEqual(['o.pdf']);
  });

  it.skipIf(!tinyDisk)('a disk that fills up mid-write leaves the old export whole and no partial file', async () => {
    const path = join(tinyDisk!, 'brief.html');
    await writeFile(path, 'previous export');
    // ~300 KB of HTML into what is left of 64 KiB: the write itself fails part-way.
    const big = createExportWriter({ codec: testCodec, compile: () => `<!doctype html>${'x'.repeat(300_000)}`, printToPdf: async () => new Uint8Array() });
    expect(await big.run({ deck: makeDeck('x'), format: 'html', path })).toEqual({
      ok: false,
      code: 'io',
      message: 'Could not export brief.html: the disk is full.',
      ui: { key: 'failures:withReason', params: { action: { key: 'failures:action.export', params: { name: 'brief.html' } }, reason: { key: 'failures:io.ENOSPC' } } },
    });
    expect(await readFile(path, 'utf8')).toBe('previous export');
    expect(await readdir(tinyDisk!)).toEqual(['brief.html']);
  });

  it('validates the deck before compiling', async () => {
    const dir = await tempDir();
    let compiled = false;
    const writer = createExportWriter({
      codec: testCodec,
      compile: () => {
        compiled = true;
        return '';
      },
      printToPdf: async () => new Uint8Array(),
    });
    expect(await writer.run({ deck: { meta: { title: 7 } }, format: 'html', path: join(dir, 'x.html') })).toMatchObject({ ok: false, code: 'invalid' });
    expect(compiled).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('export writer: Office formats and PDF layouts', () => {
  it('writes PowerPoint, Word and outline files through the shared renderExport', async () => {
    const dir = await tempDir();
    const writer = createExportWriter({ codec: testCodec, compile, printToPdf: async () => new Uint8Array() });
    for (const format of ['pptx', 'docx'] as const) {
      const path = join(dir, `o.${format}`);
      expect(await writer.run({ deck: makeDeck('x'), format, path })).toMatchObject({ ok: true, path });
      // A zip (PK\x03\x04) that holds the format's main part.
      const bytes = await readFile(path);
      expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
      expect(bytes.includes(Buffer.from(format === 'pptx' ? 'ppt/presentation.xml' : 'word/document.xml'))).toBe(true);
    }
    const md = join(dir, 'o.md');
    expect(await writer.run({ deck: makeDeck('x'), format: 'md', path: md })).toMatchObject({ ok: true });
    expect(await readFile(md, 'utf8')).toMatch(/^# Deck x\n/);
  });

  it('prepares read-ahead and handout pages before printing; slides and notes keep the printer\'s own path', async () => {
    const dir = await tempDir();
    const seen: { html: string; notesPages: boolean }[] = [];
    const writer = createExportWriter({
      codec: testCodec,
      compile: (d) => compileDeck(d as never),
      printToPdf: async (html, o) => (seen.push({ html, notesPages: o.notesPages }), new TextEncoder().encode('%PDF-1.4')),
    });
    for (const pdfLayout of ['slides', 'notes', 'read-ahead', 'handout-6'] as const) {
      expect(await writer.run({ deck: makeDeck('x'), format: 'pdf', path: join(dir, `${pdfLayout}.pdf`), pdfLayout })).toMatchObject({ ok: true });
    }
    expect(seen.map((s) => s.notesPages)).toEqual([false, true, false, false]);
    expect(seen[0]!.html).not.toContain('in!important;margin');
    expect(seen[2]!.html).toContain('"showNotes":true');
    expect(seen[3]!.html).toContain('@page{size:8.5in 11in!important');
  });
});
