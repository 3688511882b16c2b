/**
 * README screenshots of presenting: the presenter view (docs/screenshots/presenter.png), its
 * overview of every slide for questions (presenter-overview.png), and
 * the audience window beside it in test-results/. It rewrites docs/screenshots, so it is not
 * part of `npm test`:
 *
 *   npm run screenshots
 *
 * The deck is the shipped ROK–U.S. template, presented through the real bridge and services.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BriefdeckApi } from '../../electron/shared/bridge.ts';
import { expect, test } from '../e2e/fixtures/app.ts';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'docs/screenshots');

test('README screenshots: presenter view and audience window', async ({ app, shell }, testInfo) => {
  const deck = (JSON.parse(readFileSync(join(ROOT, 'templates/rok-us-defense-industry.briefdeck'), 'utf8')) as { deck: unknown }).deck;
  const started = await app.evaluate((d) => (window as unknown as { briefdeck: BriefdeckApi }).briefdeck.present({ deck: d as never, startSectionId: null }), deck);
  expect(started.ok).toBe(true);

  const presenter = await shell.waitForWindow('presenter');
  const audience = await shell.waitForWindow('audience');
  // The laptop panel and the projector of the fixture's two displays.
  await presenter.setViewportSize({ width: 1440, height: 900 });
  await audience.setViewportSize({ width: 1280, height: 720 });
  await expect(presenter.locator('body[data-ready="true"]')).toBeAttached();
  await expect(audience.locator('body[data-ready="true"]')).toBeAttached();
  // A slide with notes, a little way into the talk.
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('ArrowRight');
  await expect(presenter.locator('#position')).toContainText('3');
  await presenter.waitForTimeout(800);
  await presenter.screenshot({ path: join(OUT, 'presenter.png') });
  // O: the overview the presenter uses to answer questions (the audience does not see it).
  await presenter.locator('body').press('o');
  await expect(presenter.getByRole('dialog')).toBeVisible();
  await presenter.waitForTimeout(300);
  await presenter.screenshot({ path: join(OUT, 'presenter-overview.png') });
  await presenter.keyboard.press('Escape');
  await expect(presenter.getByRole('dialog')).toBeHidden();
  // The audience view is for looking at (test-results/), not for the README.
  await audience.screenshot({ path: testInfo.outputPath('audience.png') });
  expect(statSync(join(OUT, 'presenter.png')).size).toBeGreaterThan(20_000);
  expect(statSync(join(OUT, 'presenter-overview.png')).size).toBeGreaterThan(20_000);
  expect(statSync(testInfo.outputPath('audience.png')).size).toBeGreaterThan(20_000);
});
