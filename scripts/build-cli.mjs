// Bundles the `briefdeck` CLI (electron/main/cli/index.ts) into ONE CommonJS file,
// out/cli/briefdeck.cjs, that runs on plain Node 22+ with no node_modules beside it.
// `?raw` imports (reveal.js, theme CSS, templates) are inlined as strings by a small plugin,
// as Vite does for the app. Startup time is a product goal (see tests/bench), so the bundle
// has no dynamic requires and is minified.
import { build } from 'esbuild';
import { chmod, readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import console from 'node:console';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// `--outfile <path>` builds elsewhere (the CLI tests build a private copy to test the current code).
const at = process.argv.indexOf('--outfile');
const outfile = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : resolve(root, 'out/cli/briefdeck.cjs');

/** `import text from './file.css?raw'` → the file's text as the default export. */
const rawPlugin = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)),
      namespace: 'raw',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
      watchFiles: [args.path],
    }));
  },
};

/**
 * zod's `z` namespace re-exports all ~50 of its message locales (`z.locales`), about a third
 * of the whole bundle, and esbuild cannot drop members of a namespace object. The CLI never
 * switches locale (our schema writes its own messages; English stays the default, imported
 * directly by zod's schemas.js), so the locales index becomes an empty module here. Fewer
 * bytes to parse is startup time saved on every run.
 */
const noZodLocales = {
  name: 'no-zod-locales',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => (args.importer.includes(`${'node_modules'}/zod/`) ? { path: 'zod-locales', namespace: 'empty' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

const started = Date.now();
const result = await build({
  entryPoints: [resolve(root, 'electron/main/cli/index.ts')],
  outfile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node22',
  minify: true,
  legalComments: 'none',
  banner: { js: '#!/usr/bin/env node' },
  // The CLI must never pull Electron in; fail the build if anything tries. playwright-core
  // (PDF printing only) is loaded at run time when present, never bundled.
  external: ['playwright-core'],
  plugins: [rawPlugin, noZodLocales, { name: 'no-electron', setup: (b) => b.onResolve({ filter: /^electron(\/|$)/ }, () => ({ errors: [{ text: 'the CLI must not import electron' }] })) }],
  logLevel: 'warning',
  metafile: true,
});
await chmod(outfile, 0o755); // runnable as ./out/cli/briefdeck.cjs, not only via npm's bin link
const { size } = await stat(outfile);
const inputs = Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs);
console.log(`built ${outfile.startsWith(root) ? outfile.slice(root.length + 1) : outfile}: ${(size / 1024).toFixed(0)} KB from ${inputs.length} files in ${Date.now() - started} ms`);
if (process.argv.includes('--sizes')) {
  for (const [file, { bytesInOutput }] of inputs.sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 15)) console.log(`${String(Math.round(bytesInOutput / 1024)).padStart(6)} KB  ${file}`);
}
