/**
 * electron-vite build (the Electron binary is not needed to build):
 *   main     electron/main/index.ts      → out/main/index.js (ESM; package.json "type": "module")
 *   preload  electron/preload/index.ts   → out/preload/index.cjs, ONE CommonJS file: a
 *            sandboxed preload can neither load ES modules nor require other files.
 *   renderer renderer/index.html (editor), presenter/index.html, audience/index.html → out/renderer
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      lib: { entry: resolve(root, 'electron/main/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // Bundle everything (the shared bridge included) into the one file.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      target: 'es2023',
      // electron-vite leaves the renderer unminified; parsing 1.6 MB of commented source was
      // most of the editor's start-up (tests/bench/startup.ts). Minified, it parses in about half.
      minify: true,
      rolldownOptions: {
        input: {
          index: resolve(root, 'renderer/index.html'),
          presenter: resolve(root, 'renderer/presenter/index.html'),
          audience: resolve(root, 'renderer/audience/index.html'),
        },
      },
    },
  },
});
