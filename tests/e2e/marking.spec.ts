/**
 * Markings and deck-wide sources end to end, in Debian's Chromium through the app fixture:
 * a level picked in the editor colours the preview and the export; an outline's
 * `Marking: SECRET//NOFORN` comes in red; a source is cited from a second section, and
 * deleting it asks first, says where it is cited, and undo brings everything back.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/app.ts';
import { openDeck as openExported } from './helpers/export-page.ts';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';
const SECRET_RED = 'rgb(200, 16, 46)';
const WHITE = 'rgb(255, 255, 255)';

async function newFromTemplate(app: Page, id = 'rok-us-defense-industry'): Promise<void> {
  await app.getByTestId(`template-${id}`).click();
  await expect(app.getByTestId('outline')).toBeVisible();
  await expect(app.getByTestId('preview')).toHaveAttribute('data-ready', 'true');
}

/** The first slide's top banner in the preview (reveal keeps every slide in the DOM). */
const previewBanner = (app: Page): Locator => app.locator('[data-testid="preview"] .slides > section').first().locator('.bd-banner-top');

async function colours(banner: Locator): Promise<{ bg: string; fg: string }> {
  return banner.evaluate((el) => ({ bg: getComputedStyle(el).backgroundColor, fg: getComputedStyle(el).color }));
}

test.afterEach(async ({ shell }) => {
  expect(shell.errors).toEqual([]);
});

test('SECRET + REL TO USA, KOR chosen in the editor: a red banner with that text in the preview and the exported file', async ({ app, dialogs, files, browser }) => {
  await newFromTemplate(app);
  await expect(previewBanner(app)).toHaveText('UNCLASSIFIED');
  await app.getByRole('tab', { name: 'Deck' }).click();
  await app.getByTestId('marking-level').selectOption('secret');
  await app.getByTestId('marking-control-preset').selectOption('REL TO USA, KOR');
  await expect(app.getByTestId('marking-controls')).toHaveValue('REL TO USA, KOR');
  await expect(app.getByTestId('marking-sample')).toHaveText('SECRET//REL TO USA, KOR');
  await expect(previewBanner(app)).toHaveText('SECRET//REL TO USA, KOR');
  await expect.poll(() => colours(previewBanner(app))).toEqual({ bg: SECRET_RED, fg: WHITE });
  // Every slide, top and bottom.
  const banners = app.locator('[data-testid="preview"] .slides > section .bd-banner');
  expect(new Set(await banners.allTextContents())).toEqual(new Set(['SECRET//REL TO USA, KOR']));

  // A colour that contradicts the level is kept but flagged, under the picker and in the checks.
  await app.getByRole('button', { name: 'Use my own colours' }).click();
  await app.getByTestId('marking-color').fill('#007a33');
  await expect(app.getByTestId('marking-conflict')).toContainText('#007a33 is not the colour of SECRET (#c8102e)');
  await app.getByRole('tab', { name: 'Checks' }).click();
  await expect(app.locator('[data-kind="marking-mismatch"]')).toContainText('#007a33 (UNCLASSIFIED green) contradicts SECRET');
  await app.getByRole('tab', { name: 'Deck' }).click();
  await app.getByTestId('marking-reset-colours').click();
  await expect(app.getByTestId('marking-conflict')).toHaveCount(0);
  await expect.poll(() => colours(previewBanner(app))).toEqual({ bg: SECRET_RED, fg: WHITE });

  dialogs.exportTo(files.path('secret.html'));
  await app.keyboard.press(`${MOD}+e`);
  await expect(app.getByTestId('notice')).toContainText('Exported', { timeout: 30_000 });
  const context = await browser.newContext();
  try {
    const exported = await openExported(context, files.path('secret.html'));
    const banner = exported.page.locator('.reveal .slides > section').first().locator('.bd-banner-top');
    await expect(banner).toHaveText('SECRET//REL TO USA, KOR');
    expect(await colours(banner)).toEqual({ bg: SECRET_RED, fg: WHITE });
    // No arrow buttons by default.
    await expect(exported.page.locator('.reveal .controls')).toBeHidden();
  } finally {
    await context.close();
  }
});

test('an outline with Marking: SECRET//NOFORN comes in with a red SECRET banner', async ({ app, dialogs, files, shell }) => {
  await files.write('secret.md', '# Readiness\nMarking: SECRET//NOFORN\n\n## BLUF\n- Ready by Q3\n');
  dialogs.importFrom(files.path('secret.md'));
  await shell.emit('editor', 'menu:command', { id: 'file.import' });
  await expect(app.locator('.doc-title')).toHaveText('Readiness');
  await expect(app.getByTestId('preview')).toHaveAttribute('data-ready', 'true');
  await expect(previewBanner(app)).toHaveText('SECRET//NOFORN');
  await expect.poll(() => colours(previewBanner(app))).toEqual({ bg: SECRET_RED, fg: WHITE });
  await app.getByRole('tab', { name: 'Deck' }).click();
  await expect(app.getByTestId('marking-level')).toHaveValue('secret');
  await expect(app.getByTestId('marking-controls')).toHaveValue('NOFORN');
});

test('a deck source cited from a second section; deleting it asks first, says where, and undo restores it', async ({ app }) => {
  await newFromTemplate(app);
  // The seed holds the op-ed once, cited everywhere.
  await app.getByRole('tab', { name: 'Sources' }).click();
  await expect(app.getByTestId('source-row')).toHaveCount(1);
  await app.getByTestId('source-add').click();
  await app.getByTestId('source-title').last().fill('Security of Supply Arrangement');
  await app.getByTestId('source-publisher').last().fill('U.S. Department of Defense');

  // Cite it from the second section's first point through the cite… picker.
  await app.getByRole('tab', { name: 'Section' }).click();
  await app.locator('[data-testid="outline"] > li').nth(1).locator('.outline-item').click();
  await app.getByTestId('cite-button').first().click();
  await app.getByTestId('cite-menu').getByRole('checkbox', { name: /Security of Supply Arrangement/ }).check();
  await expect(app.getByTestId('cite-button').first()).toHaveText('[1][2]');
  await expect(app.locator('[data-testid="preview"] ol.bd-sources')).toContainText('Security of Supply Arrangement');

  // Deleting the still-cited source asks first and names the section.
  await app.getByRole('tab', { name: 'Sources' }).click();
  const row = app.getByTestId('source-row').last();
  await expect(row.getByTestId('source-uses')).toContainText('(1 point)');
  await row.getByTestId('source-remove').click();
  await expect(row.getByTestId('source-confirm')).toContainText('is still cited in');
  await row.getByTestId('source-confirm-no').click();
  await expect(app.getByTestId('source-row')).toHaveCount(2);
  await row.getByTestId('source-remove').click();
  await row.getByTestId('source-confirm-yes').click();
  await expect(app.getByTestId('source-row')).toHaveCount(1);
  await expect(app.locator('[data-testid="preview"] ol.bd-sources')).not.toContainText('Security of Supply Arrangement');

  // One undo brings back the source and the citation.
  await app.keyboard.press(`${MOD}+z`);
  await expect(app.getByTestId('source-row')).toHaveCount(2);
  await app.getByRole('tab', { name: 'Section' }).click();
  await expect(app.getByTestId('cite-button').first()).toHaveText('[1][2]');
});
