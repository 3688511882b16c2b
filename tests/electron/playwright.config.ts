// Electron smoke tests (`_electron.launch`): run with
//   npx playwright test -c tests/electron/playwright.config.ts
// They need a built app (npx electron-vite build) and a runnable Electron binary; without one
// each test is skipped with one "skipped: no Electron binary" line.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  workers: 1,
  reporter: [['list']],
});
