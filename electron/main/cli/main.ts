/**
 * The `briefdeck` command, as a function: `runCli(argv, io)` returns the exit code and
 * writes only through `io`, so tests run it in-process. It runs on plain Node: no
 * 'electron' anywhere below this file. The same calls (parseOutline, readDeckFile, and
 * renderExport for every export format) serve the app's own import and export.
 */
import { open, stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { DeckError, serializeDeck } from '../../../engine/format/index.ts';
import { oneLine } from '../../../engine/format/errors.ts';
import { slideCount } from '../../../engine/compile/index.ts';
import { markingWarnings } from '../../../engine/checks/marking.ts';
import type { Deck } from '../../../engine/model/schema.ts';
import { writeFileAtomic } from '../services/atomic-write.ts';
import { fsError, readDeckFile } from '../services/deck-file.ts';
import { USAGE, UsageError, parseCommand } from './args.ts';
import { importFile } from '../import/import-file.ts';
import { FORMAT_LIST, formatOfPath } from '../office/format-names.ts';
import { PDF_LAYOUTS, type PdfLayout } from '../services/print-html.ts';
import { version } from '../../../package.json';

export interface CliIo {
  /** One line (or block) for stdout. */
  out(text: string): void;
  /** One line for stderr. */
  err(text: string): void;
  /** Relative paths resolve against this folder. */
  cwd: string;
}

/** Warnings printed per outline; a pasted mess should not scroll the error off the screen. */
const MAX_WARNINGS_SHOWN = 10;

/** Extensions read as a deck file; everything else is read as an outline. */
const DECK_EXTENSIONS = new Set(['.briefdeck', '.json']);

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.name) {
      case 'help':
        io.out(USAGE);
        return 0;
      case 'version':
        io.out(`briefdeck ${version}`);
        return 0;
      case 'validate': {
        const path = resolve(io.cwd, command.input);
        await refuseExportedHtml(path, command.input);
        const deck = await loadInput(path, command.input, io);
        warnMarking(deck, command.input, io);
        io.out(`ok: ${oneLine(command.input)}: ${describeDeck(deck)}`);
        return 0;
      }
      case 'import': {
        const input = resolve(io.cwd, command.input);
        const output = resolve(io.cwd, command.output);
        if (DECK_EXTENSIONS.has(extname(input).toLowerCase())) {
          throw new UsageError(`import reads outlines; ${oneLine(command.input)} is a deck file (use export or validate)`);
        }
        // import writes the deck file's JSON: under any other name (deck.html…) it would be a lie.
        if (!DECK_EXTENSIONS.has(extname(output).toLowerCase())) {
          throw new UsageError(`import writes a deck file: name it .briefdeck (for ${oneLine(extname(output) || 'other formats')}, use export)`);
        }
        await refuseOverwritingInput(input, output, command.output);
        const deck = await loadOutline(input, command.input, io);
        warnMarking(deck, command.input, io);
        const text = serializeDeck(deck);
        await writeOutput(output, command.output, text);
        io.out(`wrote ${oneLine(command.output)}: ${describeDeck(deck)}, ${formatBytes(Buffer.byteLength(text))}`);
        return 0;
      }
      case 'export': {
        const input = resolve(io.cwd, command.input);
        const output = resolve(io.cwd, command.output);
        const format = formatOfPath(output);
        if (!format) throw new UsageError(`cannot export to ${oneLine(extname(output) ? `${extname(output)} files` : 'a name without an extension')}: the extension picks the format, one of ${FORMAT_LIST}`);
        const layout = command.pdf ?? 'slides';
        if (!(PDF_LAYOUTS as readonly string[]).includes(layout)) throw new UsageError(`--pdf ${JSON.stringify(layout.slice(0, 40))}: expected one of ${PDF_LAYOUTS.join(', ')}`);
        if (command.pdf !== undefined && format !== 'pdf') throw new UsageError('--pdf is for .pdf outputs');
        if (command.notes && format !== 'docx') throw new UsageError('--notes is for .docx outputs');
        await refuseOverwritingInput(input, output, command.output);
        const deck = await loadInput(input, command.input, io);
        warnMarking(deck, command.input, io);
        // Loaded on demand: the HTML path (the common one) does not pay for the Office writers.
        const { renderExport } = await import('../office/formats.ts');
        const print = format === 'pdf' ? (await import('./print-pdf.ts')).printPdfWithChromium : null;
        const { data, dropped } = await renderExport(deck, format, { pdf: layout as PdfLayout, notes: command.notes === true }, print);
        await writeOutput(output, command.output, data);
        const size = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
        io.out(`wrote ${oneLine(command.output)}: ${describeDeck(deck)}, ${formatBytes(size)}${dropped.length ? ` (left out: ${dropped.join(', ')})` : ''}`);
        return 0;
      }
    }
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.err(`briefdeck: ${oneLine(error.message)}`);
    return 2;
  }
  if (error instanceof DeckError) {
    io.err(`briefdeck: ${error.message}`);
    return error.exitCode;
  }
  // A bug, not bad input: still one line and no stack trace, but say which.
  io.err(`briefdeck: internal error: ${oneLine(error instanceof Error ? error.message : String(error))}`);
  return 1;
}

async function loadInput(path: string, shown: string, io: CliIo): Promise<Deck> {
  if (DECK_EXTENSIONS.has(extname(path).toLowerCase())) return readDeckFile(path).catch((e: unknown) => Promise.reject(renamed(e, path, shown)));
  return loadOutline(path, shown, io);
}

/** An outline or a PowerPoint file, through the same importer as the app's File → Import. */
async function loadOutline(path: string, shown: string, io: CliIo): Promise<Deck> {
  try {
    const { deck, warnings } = await importFile(path, shown);
    for (const w of warnings.slice(0, MAX_WARNINGS_SHOWN)) io.err(`briefdeck: warning: ${oneLine(`${shown}: ${w}`)}`);
    const hidden = warnings.length - MAX_WARNINGS_SHOWN;
    // The parser keeps at most 100 warnings, so a full list means "at least".
    if (hidden > 0) io.err(`briefdeck: warning: ${oneLine(shown)}: ${hidden}${warnings.length >= 100 ? ' or more' : ''} more warnings not shown`);
    return deck;
  } catch (error) {
    if (error instanceof DeckError && error.file === null) throw error.inFile(shown);
    throw renamed(error, path, shown);
  }
}

/** Errors name the file as the user typed it, not as the absolute path we resolved. */
function renamed(error: unknown, path: string, shown: string): unknown {
  if (error instanceof DeckError && error.file === path) return error.inFile(shown);
  return error;
}

/** The output may not be the input, whether by the same name, a symlink or a hard link. */
async function refuseOverwritingInput(input: string, output: string, shown: string): Promise<void> {
  if (input === output) throw new UsageError(`refusing to overwrite the input ${oneLine(shown)}: choose another -o`);
  const [a, b] = await Promise.all([stat(input).catch(() => null), stat(output).catch(() => null)]);
  if (a && b && a.dev === b.dev && a.ino === b.ino) throw new UsageError(`refusing to overwrite the input ${oneLine(shown)}: choose another -o`);
}

/**
 * `validate brief.html` on an exported deck would otherwise read the HTML as an outline and
 * report nonsense; say what it is instead.
 */
async function refuseExportedHtml(path: string, shown: string): Promise<void> {
  if (!/\.html?$/i.test(path)) return;
  const head = await readHead(path, 4096);
  if (head === null) return; // missing or unreadable: the normal reader gives the error
  if (/<meta name="generator" content="Briefdeck">/.test(head) || /id="bd-config"/.test(head)) {
    throw new DeckError('not-briefdeck', 'this is an exported Briefdeck deck (HTML), not a deck file: validate the .briefdeck it was exported from', null, oneLine(shown));
  }
  throw new DeckError('not-briefdeck', 'this is an HTML file, not a deck file or an outline', null, oneLine(shown));
}

async function readHead(path: string, bytes: number): Promise<string | null> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const info = await handle.stat();
    if (!info.isFile()) return null;
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

async function writeOutput(path: string, shown: string, text: string | Uint8Array): Promise<void> {
  const folder = await stat(dirname(path)).catch(() => null);
  if (!folder?.isDirectory()) throw new DeckError('io', 'cannot write: its folder does not exist', null, shown);
  const existing = await stat(path).catch(() => null);
  if (existing && !existing.isFile()) throw new DeckError('io', 'cannot write: it exists and is not a regular file', null, shown);
  try {
    await writeFileAtomic(path, text);
  } catch (error) {
    throw new DeckError('io', `cannot write: ${fsError(error).message}`, null, shown);
  }
}

/**
 * A banner that contradicts its level (SECRET on the UNCLASSIFIED green) or sits below a
 * portion mark: one warning line each, naming the colour. Exit status stays 0 (docs/CLI.md).
 */
function warnMarking(deck: Deck, shown: string, io: CliIo): void {
  for (const line of markingWarnings(deck)) io.err(`briefdeck: warning: ${oneLine(`${shown}: ${line}`)}`);
}

function describeDeck(deck: Deck): string {
  const n = slideCount(deck);
  const sections = `${deck.sections.length} ${deck.sections.length === 1 ? 'section' : 'sections'}`;
  return `${JSON.stringify(deck.meta.title.slice(0, 80))}, ${sections}, ${n.counted} slides${n.backup ? ` + ${n.backup} backup` : ''}`;
}

function formatBytes(n: number): string {
  return n < 1024 * 1024 ? `${Math.round(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}
