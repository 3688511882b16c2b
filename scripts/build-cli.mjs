// Bundles the `briefdeck` CLI (electron/main/cli/index.ts) for plain Node 22+ with no
// node_modules beside it: out/cli/briefdeck.cjs, a tiny CommonJS launcher (the package's bin),
// and out/cli/briefdeck-lib/, the code as ES modules split by esbuild.
// `?raw` imports (reveal.js, theme CSS, templates) are inlined as strings by a small plugin,
// as Vite does for the app. Startup time is a product goal (see tests/bench), so:
// - the code is split: the Office writers and the PowerPoint importer (pptxgenjs, docx,
//   JSZip, saxes: over half the bytes) are chunks loaded only by the commands that need them,
//   so an HTML export or a validate never parses them;
// - the launcher turns on Node's on-disk compile cache (module.enableCompileCache, Node 22.1+)
//   before loading the code, so every run after the first skips compiling it again;
// - the code is minified.
import { build } from 'esbuild';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
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

// The code lives beside the launcher: out/cli/briefdeck-lib/ for out/cli/briefdeck.cjs.
const libName = `${basename(outfile).replace(/\.c?js$/, '')}-lib`;
const libDir = join(dirname(outfile), libName);

/**
 * The launcher. Plain CommonJS so `node briefdeck.cjs` and npm's bin link work anywhere; the
 * cache lives in Node's default place (the OS temp folder) and NODE_DISABLE_COMPILE_CACHE=1
 * turns it off. A launcher that cannot load its code says so on one line, like every error.
 */
const launcher = `#!/usr/bin/env node
'use strict';
// One-shot process: keep V8's young generation at its starting size (growth factor 1), set
// before anything is allocated (space it has once grown is not given back). Exporting 1 000
// sections then peaks at ~126 MiB instead of ~176 (PPTX: ~265 instead of ~370), same CPU time.
try { require('node:v8').setFlagsFromString('--semi-space-growth-factor=1'); } catch {}
try { require('node:module').enableCompileCache?.(); } catch {}
import('./${libName}/index.mjs').catch((error) => {
  process.stderr.write('briefdeck: cannot load ${libName}/index.mjs beside ' + __filename + ' (' + String(error && error.message || error).split('\\n')[0] + ')\\n');
  process.exitCode = 1;
});
`;

const started = Date.now();
await rm(libDir, { recursive: true, force: true }); // no stale chunks from an older build
await mkdir(libDir, { recursive: true });
const result = await build({
  entryPoints: { index: resolve(root, 'electron/main/cli/index.ts') },
  outdir: libDir,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunk-[hash]',
  splitting: true,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  minify: true,
  legalComments: 'none',
  // Bundled CommonJS dependencies (JSZip, saxes…) call require() for Node's built-ins; an ES
  // module has none, so each file gets one made for it.
  banner: { js: "import { createRequire as __bdRequire } from 'node:module'; const require = __bdRequire(import.meta.url);" },
  // The CLI must never pull Electron in; fail the build if anything tries. playwright-core
  // (PDF printing only) is loaded at run time when present, never bundled.
  external: ['playwright-core'],
  plugins: [rawPlugin, noZodLocales, { name: 'no-electron', setup: (b) => b.onResolve({ filter: /^electron(\/|$)/ }, () => ({ errors: [{ text: 'the CLI must not import electron' }] })) }],
  logLevel: 'warning',
  metafile: true,
});
await writeFile(outfile, launcher);
await chmod(outfile, 0o755); // runnable as ./out/cli/briefdeck.cjs, not only via npm's bin link
const outputs = Object.entries(result.metafile.outputs);
const total = outputs.reduce((sum, [, o]) => sum + o.bytes, 0);
// What `briefdeck export x.html` parses: the entry and the chunks it imports statically.
const byPath = new Map(outputs);
const eager = new Set();
const visit = (path) => {
  if (eager.has(path)) return;
  eager.add(path);
  for (const dep of byPath.get(path)?.imports ?? []) if (dep.kind === 'import-statement' && byPath.has(dep.path)) visit(dep.path);
};
visit(outputs.find(([path]) => path.endsWith('/index.mjs'))[0]);
const eagerBytes = [...eager].reduce((sum, path) => sum + byPath.get(path).bytes, 0);
const shown = (path) => (path.startsWith(root) ? path.slice(root.length + 1) : path);
console.log(`built ${shown(outfile)} + ${shown(libDir)}/: ${(total / 1024).toFixed(0)} KB in ${outputs.length} files (${(eagerBytes / 1024).toFixed(0)} KB loaded at start) in ${Date.now() - started} ms`);
if (process.argv.includes('--sizes')) {
  const inputs = outputs.flatMap(([, o]) => Object.entries(o.inputs));
  for (const [file, { bytesInOutput }] of inputs.sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 15)) console.log(`${String(Math.round(bytesInOutput / 1024)).padStart(6)} KB  ${file}`);
}
