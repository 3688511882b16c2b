/**
 * Loads the real engine export code inside the Playwright test process. Playwright's own
 * TypeScript loader does not understand `?raw` imports, so we bundle the engine entry with
 * esbuild (the same way the CLI bundle does: a tiny plugin that turns `*?raw` into a string
 * module) and import the bundle.
 */
import { build, type Plugin } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { compileDeck } from '../../../engine/export/index.ts';
import type { slideCount } from '../../../engine/compile/index.ts';
import type { Deck } from '../../../engine/model/schema.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** `*?raw` imports as text modules, as Vite does; the bench bundles its compile worker with it too. */
export const rawPlugin: Plugin = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)), namespace: 'raw' }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
  },
};

export interface EngineForTests {
  compileDeck: typeof compileDeck;
  slideCount: typeof slideCount;
  getTemplate: ((id: string) => Deck) | null;
}

/** Bundles engine/export + compile (+ templates when present) and imports the result. */
export async function loadEngine(): Promise<EngineForTests> {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-engine-'));
  const entry = join(dir, 'entry.ts');
  let hasTemplates = true;
  try {
    readFileSync(join(ROOT, 'engine/templates/index.ts'));
  } catch {
    hasTemplates = false;
  }
  writeFileSync(
    entry,
    [
      `export { compileDeck } from ${JSON.stringify(join(ROOT, 'engine/export/index.ts'))};`,
      `export { slideCount } from ${JSON.stringify(join(ROOT, 'engine/compile/index.ts'))};`,
      hasTemplates ? `export { getTemplate } from ${JSON.stringify(join(ROOT, 'engine/templates/index.ts'))};` : 'export const getTemplate = null;',
    ].join('\n'),
  );
  const out = join(dir, 'engine.mjs');
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile: out, plugins: [rawPlugin], logLevel: 'silent', mainFields: ['module', 'main'] });
  try {
    return (await import(pathToFileURL(out).href)) as EngineForTests;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
