/**
 * README screenshot of outline mode (issue 12): the ROK–U.S. template as one outline beside
 * the live preview, with the caret in a point of the second section.
 *
 *   npm run screenshots
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../e2e/fixtures/app.ts';

const OUT = join(import.meta.dirname, '../../docs/screenshots');

test.use({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });

test('README screenshot: outline mode', async ({ app, files, dialogs }) => {
  await app.getByTestId('template-rok-us-defense-industry').click();
  dialogs.save(files.path('rok-us-defense-industry.briefdeck'));
  await app.keyboard.press(process.platform === 'darwin' ? 'Meta+s' : 'Control+s');
  await expect(app.getByTestId('doc-name')).toContainText('rok-us-defense-industry.briefdeck');
  await app.keyboard.press(process.platform === 'darwin' ? 'Meta+Shift+O' : 'Control+Shift+O');
  const tree = app.getByRole('tree');
  await expect(tree).toBeVisible();
  const line = tree.locator('[role="treeitem"][aria-level="3"]').first().locator('textarea');
  await line.click();
  await app.keyboard.press('End');
  await expect(app.getByTestId('preview')).toHaveAttribute('data-measured', /\d+/);
  await app.waitForTimeout(700);
  await app.screenshot({ path: join(OUT, 'outline-mode.png') });
  expect(statSync(join(OUT, 'outline-mode.png')).size).toBeGreaterThan(20_000);
});
