// catalogs.ts is generated from the locale folders; a namespace file added without rerunning
// scripts/gen-catalogs.mjs would silently never load.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import { catalogsSource } from '../../../../scripts/gen-catalogs.mjs';

it('engine/i18n/catalogs.ts lists exactly the catalogs in engine/i18n/locales', () => {
  const current = readFileSync(fileURLToPath(new URL('../../../../engine/i18n/catalogs.ts', import.meta.url)), 'utf8');
  expect(current).toBe((catalogsSource as () => string)());
});
