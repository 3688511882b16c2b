// README screenshots (docs/screenshots/*.png): `npm run screenshots` after a build. They
// rewrite tracked images, so they are a tool, not part of `npm test`.
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config.ts';

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '**/*.screenshots.ts',
});
