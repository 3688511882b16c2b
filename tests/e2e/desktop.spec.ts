/**
 * Desktop behaviours seen from the editor (issue 10): a deck from outside asks before it
 * replaces unsaved work, S in the preview opens nothing, and the context menu (clipboard and
 * offline spelling in English and Korean, with a personal dictionary that persists).
 */
import type { Page } from '@playwright/test';
import { DeckSchema, type Deck } from '../../engine/model/schema.ts';
import { expect, test } from './fixtures/app.ts';

const deck = (title: string): Deck => DeckSchema.parse({ meta: { title }, sections: [{ id: 's1', title: 'First', points: [{ id: 'p1', text: 'Ready' }] }] });

async function newFromTemplate(app: Page): Promise<void> {
  await app.getByTestId('template-rok-us-defense-industry').click();
  await expect(app.getByTestId('outline')).toBeVisible();
  await expect(app.getByTestId('preview')).toHaveAttribute('data-ready', 'true');
}

async function makeDirty(app: Page): Promise<void> {
  await app.getByTestId('section-title').fill('Edited, not saved');
}

test('a deck from outside asks before replacing unsaved work; Cancel keeps it', async ({ app, shell, files }) => {
  await newFromTemplate(app);
  await makeDirty(app);
  await files.write('outside.briefdeck', deck('From Finder'));
  const asked: string[] = [];
  app.once('dialog', (d) => void (asked.push(d.message()), d.dismiss()));
  await shell.openFromOutside(['outside.briefdeck']);
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toMatch(/unsaved changes/i);
  await expect(app.getByTestId('section-title')).toHaveValue('Edited, not saved');

  app.once('dialog', (d) => void d.accept());
  await shell.openFromOutside(['outside.briefdeck']);
  await expect(app.locator('.doc-title')).toHaveText(/From Finder/);
});

test('a deck from outside opens without asking when nothing is unsaved', async ({ app, shell, files }) => {
  let asked = 0;
  app.on('dialog', (d) => void (asked++, d.dismiss()));
  await files.write('clean.briefdeck', deck('Clean open'));
  await shell.openFromOutside(['clean.briefdeck']);
  await expect(app.locator('.doc-title')).toHaveText(/Clean open/);
  expect(asked).toBe(0);
});

test('S in the preview opens no speaker popup and no alert', async ({ app, shell }) => {
  await newFromTemplate(app);
  let dialogs = 0;
  app.on('dialog', (d) => void (dialogs++, d.dismiss()));
  const popups: string[] = [];
  app.on('popup', (p) => void popups.push(p.url()));
  await app.locator('[data-testid="preview"] .slides > section.present').click();
  await app.keyboard.press('s');
  await app.keyboard.press('S');
  await app.waitForTimeout(300);
  expect({ dialogs, popups, errors: shell.errors }).toEqual({ dialogs: 0, popups: [], errors: [] });
});
