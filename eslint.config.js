// Lint, and the import fences from docs/ARCHITECTURE.md: a dependency in the wrong
// direction fails `npm run test:lint` instead of waiting for a review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';

// Heavy Office libraries: only electron/main/office (and tests) may load them.
const OFFICE_LIBS = ['pptxgenjs', 'docx', 'jszip', 'saxes'];

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'stream', 'url', 'util', 'worker_threads', 'process'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'engine/ is pure: no Node built-ins (see docs/ARCHITECTURE.md).' },
          { regex: '^electron(/.*)?$', message: 'engine/ is pure: no Electron.' },
          { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*'], message: 'engine/ is pure: no React or UI state.' },
          { group: ['**/electron/**', '**/renderer/**'], message: 'engine/ imports nothing from the shell or the editor.' },
          { group: OFFICE_LIBS, message: 'engine/ stays light: the Office writers live in electron/main/office.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'renderer/ runs sandboxed: no Node built-ins.' },
          { regex: '^electron(/.*)?$', message: 'renderer/ talks to the shell only through the bridge.' },
          { group: ['**/electron/main/**', '**/electron/preload/**'], message: 'renderer/ may import electron/shared only.' },
        ],
      }],
    },
  },
  {
    // The renderer may see the IPC contract for its types only. commands.ts is the one
    // exception: plain data (ids, labels, keys) that the menus and the editor share.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: ['**/electron/shared/**', '!**/electron/shared/commands.ts'], allowTypeImports: true, message: 'renderer/ imports types only from electron/shared.' }],
      }],
    },
  },
  {
    // UI words live in the catalogs (engine/i18n/locales), never in components: literal text in
    // JSX, or in an attribute people read or hear (label, title, aria-label…), fails lint.
    // tests/unit/repo/lint-i18n.test.ts proves it fires.
    files: ['renderer/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', {
        mode: 'jsx-only',
        'jsx-attributes': { include: ['label', 'hint', 'title', 'placeholder', 'alt', 'aria-label', 'aria-roledescription', 'aria-description'] },
        // Symbols and punctuation are not words (bullets, arrows, "·", "[1]").
        words: { exclude: [/^[\p{P}\p{S}\p{N}\s]+$/u, /^[a-z]+:\/\/$/] },
        // Key names are not words (keyLabel('CmdOrCtrl+K') shows "Ctrl+K" or "⌘K").
        callees: { exclude: ['i18n(ext)?', 't', 'keyLabel', 'tool', 'require', 'addEventListener', 'removeEventListener', 'getElementById', 'includes', 'indexOf', 'endsWith', 'startsWith'] },
        message: 'UI text belongs in a catalog (engine/i18n/locales); read it with t(\'ns:key\')',
      }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'the sandboxed preload has no Node built-ins.' },
          { group: ['**/electron/main/**', '**/renderer/**', '**/engine/**'], message: 'preload/ imports electron/shared only.' },
        ],
      }],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**'], message: 'main/ never imports the editor.' }],
      }],
    },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'electron/shared is read by the renderer too: no Node built-ins.' },
          { regex: '^electron(/.*)?$', message: 'electron/shared holds the contract only.' },
          { group: ['**/electron/main/**', '**/renderer/**'], message: 'electron/shared holds the contract only.' },
        ],
      }],
    },
  },
  {
    // The Office writers (PPTX, DOCX, outline text): deck in, bytes out. No Electron, no Node
    // built-ins (main's setup and the CLI do the file and window work), so the same code runs
    // in the CLI, main and tests.
    files: ['electron/main/office/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'electron/main/office writes bytes: no Node built-ins (the caller writes the file).' },
          { regex: '^electron(/.*)?$', message: 'electron/main/office is Electron-free: the CLI runs it.' },
          { group: ['**/renderer/**', '**/setup/**', '**/cli/**', '**/ipc/**'], message: 'electron/main/office depends on the engine only.' },
        ],
      }],
    },
  },
);
