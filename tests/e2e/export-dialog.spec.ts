/**
 * The Export dialog end to end: every format it offers writes a file that opens — the
 * PowerPoint and Word files as zips with their main part, PDFs by pdfinfo (pages), HTML and
 * the outline as text — and the dialog remembers the last choice for the deck.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app.ts';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

async function newDeck(app: Page): Promise<void> {
  await app.getByTestId('template-rok-us-defense-industry').click();
  await expect(app.getByTestId('outline')).toBeVisible();
}

async function exportVia(app: Page, pick: (dialog: ReturnType<Page['getByTestId']>) => Promise<void>): Promise<void> {
  await app.keyboard.press(`${MOD}+e`);
  const dialog = app.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await pick(dialog);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(app.getByTestId('notice')).toContainText('Exported');
}

const pdfPages = (file: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

test('every format in the Export dialog writes a file that opens', async ({ app, dialogs, files }) => {
  test.setTimeout(240_000); // four Chromium prints on a shared machine
  await newDeck(app);

  dialogs.exportTo(files.path('brief.pptx'));
  await exportVia(app, (d) => d.getByLabel(/PowerPoint/).check());
  const pptx = await JSZip.loadAsync(await readFile(files.path('brief.pptx')));
  expect(pptx.file('ppt/presentation.xml')).not.toBeNull();
  expect(Object.keys(pptx.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length).toBeGreaterThan(5);

  dialogs.exportTo(files.path('brief.docx'));
  await exportVia(app, async (d) => {
    await d.getByLabel(/Word/).check();
    await d.getByLabel('Include speaker notes').check();
  });
  const docx = await JSZip.loadAsync(await readFile(files.path('brief.docx')));
  expect(await docx.file('word/document.xml')!.async('string')).toContain('Speaker notes');

  dialogs.exportTo(files.path('brief.md'));
  await exportVia(app, (d) => d.getByLabel(/Outline/).check());
  expect(await files.read('brief.md')).toMatch(/^# ROK/);

  dialogs.exportTo(files.path('brief.html'));
  await exportVia(app, (d) => d.getByLabel(/Web page/).check());
  const html = await files.read('brief.html');
  expect(html).toMatch(/^<!DOCTYPE html>/);
  // The PDFs print this same deck: one page per slide, or six to a handout page.
  const slides = (html.match(/<section class="bd-slide/g) ?? []).length;
  expect(slides).toBeGreaterThan(5);

  for (const layout of ['Slides', 'Read-ahead', 'Handout, 6 slides per page'] as const) {
    const name = `brief-${layout.split(/[ ,]/)[0]!.toLowerCase()}.pdf`;
    dialogs.exportTo(files.path(name));
    await exportVia(app, async (d) => {
      await d.getByLabel(/^PDF/).check();
      await d.getByLabel('Pages').selectOption({ label: layout.startsWith('Read') ? 'Read-ahead (slide, notes and sources on each page)' : layout });
    });
    const pages = pdfPages(files.path(name));
    expect(pages).toBe(layout.startsWith('Handout') ? Math.ceil(slides / 6) : slides);
  }
  expect(dialogs.asked.filter((a) => a.startsWith('export-')).map((a) => a.split(':')[0])).toEqual(['export-pptx', 'export-docx', 'export-md', 'export-html', 'export-pdf', 'export-pdf', 'export-pdf']);

  // The dialog opens on the deck's last choice.
  await app.keyboard.press(`${MOD}+e`);
  await expect(app.getByTestId('export-dialog').getByLabel(/^PDF/)).toBeChecked();
  await expect(app.getByTestId('export-dialog').getByLabel('Pages')).toHaveValue('handout-6');
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('export-dialog')).toBeHidden();
});
