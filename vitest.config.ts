import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    // Renderer tests opt into happy-dom per file with `// @vitest-environment happy-dom`.
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // `?raw` CSS (reveal.css, theme CSS) must reach the engine as text; vitest stubs CSS imports as "" by default.
    css: { include: [/\.css\?raw$/] },
  },
});
