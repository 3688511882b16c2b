/**
 * README screenshots of the editor (start screen; editor with the live preview, light and
 * dark). They rewrite files in docs/screenshots, so they are not part of `npm test`:
 *
 *   npm run screenshots
 *
 * The presenter view's screenshot comes from the shell's own spec.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DeckSchema } from '../../engine/model/schema.ts';
import { expect, test } from '../e2e/fixtures/app.ts';

const OUT = join(import.meta.dirname, '../../docs/screenshots');

test.use({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });

test('README screenshots: start screen and editor with preview', async ({ app, files, dialogs, shell }) => {
  // Give the start screen something to show: two recent briefings and one recovered draft.
  for (const [name, title] of [['fleet-readiness.briefdeck', 'Fleet readiness update'], ['budget-q3.briefdeck', 'Q3 budget decision']] as const) {
    const path = await files.write(name, DeckSchema.parse({ meta: { title }, sections: [{ id: 's1', title: 'Bottom line up front' }] }));
    await shell.invoke(app, 'deck:open', { path });
  }
  await shell.invoke(app, 'recovery:write', { docId: 'draft-1', deck: DeckSchema.parse({ meta: { title: 'Exercise Freedom Shield — draft' } }), path: null });
  await app.close();
  const page = await shell.openEditor();
  await expect(page.getByRole('heading', { name: 'Recovered work' })).toBeVisible();
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(OUT, 'start-screen.png') });

  await page.getByRole('button', { name: 'Discard recovered Exercise Freedom Shield — draft' }).click();
  await page.getByTestId('template-rok-us-defense-industry').click();
  dialogs.save(files.path('rok-us-defense-industry.briefdeck'));
  await page.keyboard.press(process.platform === 'darwin' ? 'Meta+s' : 'Control+s');
  await expect(page.getByTestId('doc-name')).toContainText('rok-us-defense-industry.briefdeck');
  await page.locator('[data-testid="outline"] > li').nth(1).locator('.outline-item').click();
  await expect(page.getByTestId('preview')).toHaveAttribute('data-measured', /\d+/);
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(OUT, 'editor-preview.png') });

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('tab', { name: 'Checks' }).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(OUT, 'editor-checks-dark.png') });

  for (const f of ['start-screen.png', 'editor-preview.png', 'editor-checks-dark.png']) expect(statSync(join(OUT, f)).size).toBeGreaterThan(20_000);
});
