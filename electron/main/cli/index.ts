/**
 * The `briefdeck` executable's entry (bundled by scripts/build-cli.mjs into
 * out/cli/briefdeck.cjs). Only process glue lives here; everything else is runCli.
 */
import { hash } from 'node:crypto';
import { useSha256 } from '../../../engine/export/csp.ts';
import { runCli } from './main.ts';

// The export's CSP hashes, natively (see useSha256).
useSha256((source) => hash('sha256', source, 'base64'));

// `briefdeck … | head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', () => undefined);

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write('briefdeck: internal error\n');
    process.exitCode = 1;
  },
);
