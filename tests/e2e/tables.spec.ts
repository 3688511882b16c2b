/**
 * Tables and charts in the editor, end to end: paste a table from HTML (Excel/Word/web) and
 * from TSV, refuse a 1 000-row paste with a notice, edit cells with the keyboard, undo, and
 * build a chart and see it in the preview.
 */
import { test, expect } from './fixtures/app.ts';
import type { Locator, Page } from '@playwright/test';
import { paste as pasteData } from './helpers/clipboard.ts';

async function newFromTemplate(app: Page, id = 'blank'): Promise<void> {
  await app.getByTestId(`template-${id}`).click();
  await expect(app.getByTestId('outline')).toBeVisible();
  await expect(app.getByTestId('preview')).toHaveAttribute('data-ready', 'true');
}

async function selectSection(app: Page, index: number): Promise<void> {
  await app.getByRole('tab', { name: 'Section' }).click();
  const row = app.locator('[data-testid="outline"] > li').nth(index);
  await row.locator('.outline-item').click();
  await expect(row).toHaveClass(/is-selected/);
}

/** A paste event as the browser fires it, with the clipboard's flavours. */
async function paste(target: Locator, data: Record<string, string>): Promise<void> {
  await target.focus();
  await pasteData(target, data);
}

const previewTable = (app: Page) => app.locator('[data-testid="preview"] .slides section table.bd-table').first();
const undo = (app: Page) => app.getByRole('button', { name: 'Undo', exact: true }).click();

const EXCEL_HTML = `<html><body><!--StartFragment--><table><tr><td>Framework</td><td>Status</td><td>Year</td></tr><tr><td>SOSA</td><td>Signed</td><td>2023</td></tr><tr><td>RDP-A</td><td colspan="2">Under way</td></tr></table><!--EndFragment--></body></html>`;

test('a table pasted as HTML (Excel, Word, a web page) becomes the section table, in the preview as <table>', async ({ app }) => {
  await newFromTemplate(app);
  await selectSection(app, 0);
  await paste(app.getByTestId('table-paste'), { 'text/html': EXCEL_HTML, 'text/plain': 'Framework\tStatus\tYear\nSOSA\tSigned\t2023' });
  await expect(app.getByTestId('notice')).toContainText('Pasted a table of 3 columns and 2 rows');
  await expect(app.getByTestId('cell--1-0')).toHaveValue('Framework');
  await expect(app.getByTestId('cell-1-1')).toHaveValue('Under way');
  await expect(app.getByTestId('cell-1-2')).toHaveValue('');
  await expect(previewTable(app).locator('thead th')).toHaveText(['Framework', 'Status', 'Year']);
  await expect(previewTable(app).locator('tbody tr')).toHaveCount(2);
  // Numbers line up right on the slide.
  await expect(previewTable(app).locator('tbody tr').first().locator('td').nth(2)).toHaveClass(/bd-al-right/);
});

test('a TSV paste fills the table; a 1 000-row paste is refused whole with a notice', async ({ app }) => {
  await newFromTemplate(app);
  await selectSection(app, 0);
  await paste(app.getByTestId('table-paste'), { 'text/plain': 'Item\tValue\r\nA\t1\r\nB\t"2\t3"\r\n' });
  await expect(app.getByTestId('cell-1-1')).toHaveValue('2 3');
  await expect(previewTable(app).locator('tbody tr')).toHaveCount(2);

  const big = ['H1\tH2', ...Array.from({ length: 1000 }, (_, i) => `r${i}\t${i}`)].join('\n');
  await paste(app.getByTestId('cell-0-0'), { 'text/plain': big });
  await expect(app.getByTestId('notice')).toContainText('That table has 1,000 rows; a table holds at most 60. Nothing was pasted');
  await expect(app.getByTestId('cell-0-0')).toHaveValue('A');
  await expect(previewTable(app).locator('tbody tr')).toHaveCount(2);

  await paste(app.getByTestId('cell-0-0'), { 'text/plain': '| a | b |\n|---|---|\n| 1 | 2 | 3 |' });
  await expect(app.getByTestId('notice')).toContainText('Line 3 of the pipe table has a different number of cells');
});

test('Tab, Shift+Tab and Enter move between cells, Tab in the last cell adds a row, and undo walks back', async ({ app }) => {
  await newFromTemplate(app);
  await selectSection(app, 0);
  await app.getByTestId('table-add').click();
  const first = app.getByTestId('cell--1-0');
  await first.click();
  await app.keyboard.type('Name');
  await app.keyboard.press('Tab');
  await expect(app.getByTestId('cell--1-1')).toBeFocused();
  await app.keyboard.type('Value');
  await app.keyboard.press('Shift+Tab');
  await expect(first).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('cell-0-0')).toBeFocused();
  await app.keyboard.type('Alpha');
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('cell-1-0')).toBeFocused();
  // Enter in the last row adds a row below.
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('cell-2-0')).toBeFocused();
  await expect(app.getByTestId('table-size')).toContainText('3 columns × 3 rows');
  // Tab from the very last cell adds a row too.
  await app.getByTestId('cell-2-2').click();
  await app.keyboard.press('Tab');
  await expect(app.getByTestId('cell-3-0')).toBeFocused();
  await expect(app.getByTestId('table-size')).toContainText('3 columns × 4 rows');
  await expect(previewTable(app).locator('thead th').first()).toHaveText('Name');

  // Undo: the added rows go, then the typing in "Alpha", then the header words.
  await undo(app);
  await expect(app.getByTestId('table-size')).toContainText('3 columns × 3 rows');
  await undo(app);
  await expect(app.getByTestId('table-size')).toContainText('3 columns × 2 rows');
  await undo(app);
  await expect(app.getByTestId('cell-0-0')).toHaveValue('');
  await expect(app.getByTestId('cell--1-0')).toHaveValue('Name');

  // Rows and columns: move a column right, delete a row.
  await app.getByTestId('cell--1-0').click();
  await app.getByTestId('col-move-right').click();
  await expect(app.getByTestId('cell--1-1')).toHaveValue('Name');
  await expect(app.getByTestId('cell--1-0')).toHaveValue('Value');
  await expect(previewTable(app).locator('thead th')).toHaveText(['Value', 'Name', '']);
});

test('a chart built in the editor shows in the preview as SVG, and a value that is not a number is refused', async ({ app }) => {
  await newFromTemplate(app);
  await selectSection(app, 0);
  await app.getByTestId('chart-add').click();
  await app.getByTestId('category-0').fill('2022');
  await app.getByTestId('category-1').fill('2023');
  await app.getByTestId('category-2').fill('2024');
  await app.getByTestId('value-0-0').fill('12');
  await app.getByTestId('value-0-1').fill('-4');
  await app.getByTestId('value-0-2').fill('30');
  await app.getByTestId('chart-unit').fill('%');
  await app.getByTestId('chart-kind').selectOption('bar');
  const svg = app.locator('[data-testid="preview"] .slides section svg.bd-chart-svg').first();
  await expect(svg).toHaveAttribute('role', 'img');
  await expect(svg).toHaveClass(/bd-chart-bar/);
  await expect(svg.locator('.bd-chart-cat text')).toHaveText(['2022', '2023', '2024']);
  // Value labels are grouped by side (a negative bar's label sits left of it): compare as a set.
  const values = async () => (await svg.locator('.bd-chart-val text').allTextContents()).sort();
  await expect.poll(values).toEqual(['12', '30', '−4']);
  await expect(app.getByTestId('chart-preview').locator('svg')).toBeVisible();

  await app.getByTestId('value-0-2').fill('thirty');
  await expect(app.getByTestId('value-0-2')).toHaveAttribute('aria-invalid', 'true');
  await expect(app.getByTestId('chart-value-error')).toBeVisible();
  // The slide keeps the last number.
  await expect.poll(values).toEqual(['12', '30', '−4']);

  // A spreadsheet range pasted into the grid fills the chart.
  await paste(app.getByTestId('value-0-0'), { 'text/plain': '\tExports\tImports\nQ1\t1\t2\nQ2\t3\t4' });
  await expect(svg.locator('.bd-chart-cat text')).toHaveText(['Q1', 'Q2']);
  await expect(svg.locator('.bd-chart-legend text')).toHaveText(['Exports', 'Imports']);
  await undo(app);
  await expect(svg.locator('.bd-chart-cat text')).toHaveText(['2022', '2023', '2024']);
});
