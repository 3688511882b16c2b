/**
 * README screenshot of the Korean UI (docs/screenshots/editor-ko.png): the browser in ko-KR,
 * the editor on the Korean ROK–U.S. template with its live preview (the slides follow the
 * deck's language, the UI the browser's). Rewrites docs/screenshots: a tool (`npm run screenshots`).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../e2e/fixtures/app.ts';

const OUT = join(import.meta.dirname, '../../docs/screenshots');

test.use({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: 'ko-KR' });

test('README screenshot: the editor in Korean', async ({ app }) => {
  await expect(app.locator('html')).toHaveAttribute('lang', 'ko');
  await app.getByTestId('template-rok-us-defense-industry-ko').click();
  await app.locator('[data-testid="outline"] > li').nth(1).locator('.outline-item').click();
  await expect(app.getByTestId('preview')).toHaveAttribute('data-measured', /\d+/);
  await expect(app.getByRole('tab', { name: '섹션' })).toBeVisible();
  await app.waitForTimeout(600);
  await app.screenshot({ path: join(OUT, 'editor-ko.png') });
  expect(statSync(join(OUT, 'editor-ko.png')).size).toBeGreaterThan(20_000);
});
