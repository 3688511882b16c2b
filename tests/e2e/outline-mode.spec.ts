/**
 * Outline mode end to end (issue 12): the whole deck written as one outline with the
 * keyboard, saved through the real services, promoted and undone, pasted from plain text,
 * and checked with axe in light and dark. Also the header's title and the keyboard sheet.
 */
import type { Locator, Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Deck, Point } from '../../engine/model/schema.ts';
import { expect, test } from './fixtures/app.ts';
import { paste } from './helpers/clipboard.ts';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

async function blankDeck(app: Page): Promise<void> {
  await app.getByTestId('template-blank').click();
  await expect(app.getByTestId('preview')).toHaveAttribute('data-ready', 'true');
}

async function openOutlineMode(app: Page): Promise<Locator> {
  await app.keyboard.press(`${MOD}+Shift+O`);
  const tree = app.getByRole('tree', { name: 'Deck outline' });
  await expect(tree).toBeVisible();
  return tree;
}

/** The deck as the outline shows it: "# " for sections, two spaces per point level. */
function structure(deck: Deck): string[] {
  const out: string[] = [];
  const walk = (ps: Point[], depth: number) => ps.forEach((p) => (out.push(`${'  '.repeat(depth)}${p.text}`), walk(p.children, depth + 1)));
  for (const s of deck.sections) {
    out.push(`# ${s.title}`);
    walk(s.points, 0);
  }
  return out;
}

/** The same, read from the tree on screen (aria-level and the fields' values). */
async function onScreen(tree: Locator): Promise<string[]> {
  return tree.getByRole('treeitem').evaluateAll((items) =>
    items.map((li) => {
      const level = Number(li.getAttribute('aria-level'));
      const text = (li.querySelector('textarea[data-line-id]') as HTMLTextAreaElement).value;
      return level === 1 ? `# ${text}` : `${'  '.repeat(level - 2)}${text}`;
    }),
  );
}

const TYPED = ['# Exports are up', 'K9 howitzers lead', '  Poland and Norway', '  Australia', 'Ships and aircraft', '# What we ask', 'Fund the co-production line', '  By FY27'];

test('typing two sections with Enter, Tab and Shift+Tab only saves exactly that structure; a promote splits the section and undo restores it', async ({ app, dialogs, files }) => {
  await blankDeck(app);
  const tree = await openOutlineMode(app);
  await expect(tree.getByRole('treeitem').first()).toHaveAttribute('aria-level', '1');
  await tree.getByRole('treeitem').first().locator('textarea').focus();

  const k = app.keyboard;
  await k.type('Exports are up');
  await k.press('Enter'); // into the section: its (empty) first point
  await k.type('K9 howitzers lead');
  await k.press('Enter');
  await k.press('Tab');
  await k.type('Poland and Norway');
  await k.press('Enter');
  await k.type('Australia');
  await k.press('Enter');
  await k.press('Shift+Tab');
  await k.type('Ships and aircraft');
  await k.press('Enter');
  await k.press('Shift+Tab'); // a top-level point becomes a section
  await k.type('What we ask');
  await k.press('Enter'); // a new section line…
  await k.press('Tab'); // …demoted to a point of "What we ask"
  await k.type('Fund the co-production line');
  await k.press('Enter');
  await k.press('Tab');
  await k.type('By FY27');
  await expect.poll(() => onScreen(tree)).toEqual(TYPED);
  // The treeitems carry their levels, and only the caret's line is a tab stop.
  await expect(tree.locator('[role="treeitem"][aria-level="3"]')).toHaveCount(3);
  await expect(tree.locator('textarea[tabindex="0"]')).toHaveCount(1);
  await expect(app.locator('[data-testid="preview"] .slides')).toContainText('By FY27');

  dialogs.save(files.path('outline.briefdeck'));
  await k.press(`${MOD}+s`);
  await expect(app.getByTestId('doc-name')).toContainText('outline.briefdeck');
  await expect(app.getByTestId('dirty')).toHaveCount(0);
  expect(structure(await files.readDeck('outline.briefdeck'))).toEqual(TYPED);

  // Shift+Tab on the first point of "Exports are up": it becomes a section and takes the points after it.
  const line = tree.locator('textarea[data-line-id]').nth(1); // "K9 howitzers lead"
  await line.focus();
  await k.press('Shift+Tab');
  const promoted = ['# Exports are up', '# K9 howitzers lead', 'Poland and Norway', 'Australia', 'Ships and aircraft', '# What we ask', 'Fund the co-production line', '  By FY27'];
  await expect.poll(() => onScreen(tree)).toEqual(promoted);
  // The preview follows the caret into the new section.
  await expect(app.locator('[data-testid="preview"] .slides > section.present h2, [data-testid="preview"] .slides > section.present h1').first()).toContainText('K9 howitzers lead');
  dialogs.save(files.path('outline.briefdeck'));
  await k.press(`${MOD}+s`);
  await expect(app.getByTestId('dirty')).toHaveCount(0);
  expect(structure(await files.readDeck('outline.briefdeck'))).toEqual(promoted);

  // One undo takes the whole promote back; the saved file then has the typed structure again.
  await k.press(`${MOD}+z`);
  await expect.poll(() => onScreen(tree)).toEqual(TYPED);
  await k.press(`${MOD}+s`);
  await expect(app.getByTestId('dirty')).toHaveCount(0);
  const restored = await files.readDeck('outline.briefdeck');
  expect(structure(restored)).toEqual(TYPED);
  expect(restored.sections).toHaveLength(2);
});

test('the palette lists Outline Mode with its key, and running it opens outline mode', async ({ app }) => {
  await blankDeck(app);
  await app.keyboard.press(`${MOD}+k`);
  const option = app.getByRole('option', { name: /Outline Mode/ });
  await expect(option).toContainText(process.platform === 'darwin' ? '⌘⇧O' : 'Ctrl+Shift+O');
  await option.click();
  await expect(app.getByRole('tree', { name: 'Deck outline' })).toBeVisible();
  await expect(app.getByRole('tab', { name: 'Outline' })).toHaveAttribute('aria-selected', 'true');
});

test('pasting a 3-level plain-text outline makes sections, points and sub-points', async ({ app }) => {
  await blankDeck(app);
  const tree = await openOutlineMode(app);
  const first = tree.locator('textarea[data-line-id]').first();
  await first.focus();
  // As it comes from an e-mail: bullets and indents, three levels.
  await paste(first, ['Economy', '    - Growth is slowing', '        - Exports down 3%', '    - Inflation steady', 'Security', '    - Drills resume in March', ''].join('\n'));
  await expect.poll(() => onScreen(tree)).toEqual(['# Economy', 'Growth is slowing', '  Exports down 3%', 'Inflation steady', '# Security', 'Drills resume in March']);
  await expect(app.getByTestId('notice')).toContainText('Pasted');
  // The caret is on the last pasted line and the preview shows its section.
  await expect(tree.locator('textarea:focus')).toHaveValue('Drills resume in March');
  await expect(app.locator('[data-testid="preview"] .slides > section.present')).toContainText('Security');
});

test('the header tells title and file apart and renames the deck in place; Ctrl+/ opens a searchable keyboard sheet', async ({ app }) => {
  await blankDeck(app);
  const name = app.getByTestId('doc-name');
  await expect(name).toContainText('Untitled');
  await app.getByTestId('doc-title').click();
  const field = app.getByRole('textbox', { name: 'Deck title' });
  await field.fill('ROK–U.S. defense-industry cooperation');
  await field.press('Enter');
  await expect(app.getByTestId('doc-title')).toHaveText('ROK–U.S. defense-industry cooperation');
  await expect(app.getByTestId('dirty')).toHaveText(/unsaved/);

  await app.keyboard.press(`${MOD}+/`);
  const sheet = app.getByTestId('keyboard-sheet');
  await expect(sheet.getByRole('heading', { name: 'Outline mode' })).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'Points editor' })).toBeVisible();
  await expect(sheet.getByRole('searchbox')).toBeFocused();
  await app.keyboard.press('Tab');
  await app.keyboard.press('Tab');
  await expect(sheet.getByRole('searchbox')).toBeFocused(); // Tab stays inside the sheet
  await sheet.getByRole('searchbox').fill('promote');
  await expect(sheet.getByRole('heading', { name: 'File' })).toHaveCount(0);
  await expect(sheet).toContainText('it becomes a section and takes the points after it');
  await app.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme}`, () => {
    test.use({ colorScheme: scheme });
    test(`finds no serious issue in outline mode (${scheme})`, async ({ app }) => {
      await app.getByTestId('template-rok-us-defense-industry').click();
      await expect(app.getByTestId('preview')).toHaveAttribute('data-ready', 'true');
      const tree = await openOutlineMode(app);
      await tree.locator('textarea[data-line-id]').nth(2).focus();
      // A section's notes open under it (Alt+Enter), so they are checked too.
      await tree.locator('textarea[data-line-id]').first().focus();
      await app.keyboard.press('Alt+Enter');
      await expect(tree.locator('.om-notes')).toBeVisible();
      const result = await new AxeBuilder({ page: app }).analyze();
      expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}
