/**
 * Command-line arguments → a command, or a usage error (exit 2). Uses node:util parseArgs,
 * strict, so unknown options and missing values are refused rather than guessed.
 */
import { parseArgs } from 'node:util';

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'import'; input: string; output: string }
  | { name: 'export'; input: string; output: string }
  | { name: 'validate'; input: string };

export class UsageError extends Error {
  readonly exitCode = 2;
}

export const USAGE = `Usage: briefdeck <command> [options]

Commands:
  import <outline.md|deck.pptx> -o <deck.briefdeck>  turn an outline or a PowerPoint file into a deck file
  export <deck.briefdeck|outline.md> -o <out.html>
                                                 write one offline HTML file (reveal.js inlined)
  validate <file>                                check a deck file or an outline; exit 0 if valid

Options:
  -o, --output <file>   where to write (written atomically; never the input itself)
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 success, 1 bad input, 2 bad usage. The outline format: docs/OUTLINE.md.`;

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const { values, positionals, tokens } = parsed;
  // parseArgs keeps the last of repeated options; two outputs are a mistake, not a choice.
  if (tokens.filter((t) => t.kind === 'option' && t.name === 'output').length > 1) throw new UsageError('-o given more than once: one output file at a time');
  if (values.help) return { name: 'help' };
  if (values.version) return { name: 'version' };
  const [name, ...rest] = positionals;
  if (name === undefined) throw new UsageError('no command given (try briefdeck --help)');
  if (name === 'help') return { name: 'help' };
  if (name !== 'import' && name !== 'export' && name !== 'validate') throw new UsageError(`unknown command ${JSON.stringify(name.slice(0, 40))} (try briefdeck --help)`);
  if (rest.length === 0) throw new UsageError(`${name}: no input file given`);
  if (rest.length > 1) throw new UsageError(`${name}: one input file at a time (got ${rest.length})`);
  const input = rest[0] ?? '';
  if (name === 'validate') {
    if (values.output !== undefined) throw new UsageError('validate writes nothing: drop -o');
    return { name, input };
  }
  if (values.output === undefined || values.output === '') throw new UsageError(`${name}: say where to write with -o <file>`);
  return { name, input, output: values.output };
}

/**
 * Our own words for parseArgs' refusals: its messages run long, quote oddly and suggest `--`
 * (which no briefdeck input needs). Anything else keeps its first line.
 */
function describeParseError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = String((error as Error).message ?? error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']*)'/.exec(message)?.[1] ?? '';
    return `unknown option ${JSON.stringify(option.slice(0, 40))} (try briefdeck --help)`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /--output/.test(message)) return '-o needs a file name: -o <file>';
  return message.split('\n')[0] ?? 'bad arguments';
}
