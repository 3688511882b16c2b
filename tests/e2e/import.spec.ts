/**
 * File → Import end to end: a PowerPoint file and an outline become a new unsaved deck in the
 * editor; a hostile file is refused in one notice and the open deck stays as it was.
 */
import { writeFileSync } from 'node:fs';
import PptxGenJS from 'pptxgenjs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app.ts';
import { paste } from './helpers/clipboard.ts';

const outlineTitles = (app: Page) => app.locator('[data-testid="outline"] > li .outline-title').allTextContents();

async function pptx(path: string): Promise<void> {
  const p = new PptxGenJS();
  p.defineSlideMaster({ title: 'TB', objects: [{ placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.3, w: 9, h: 1 }, text: '' } }, { placeholder: { options: { name: 'body', type: 'body', x: 0.5, y: 1.5, w: 9, h: 4 }, text: '' } }] });
  const a = p.addSlide({ masterName: 'TB' });
  a.addText('Export growth', { placeholder: 'title' });
  a.addText([{ text: 'K9 Thunder', options: { bullet: true } }, { text: 'Sales to Poland', options: { bullet: true, indentLevel: 1 } }], { placeholder: 'body' });
  a.addNotes('Stress quality as well as quantity.');
  const b = p.addSlide({ masterName: 'TB' });
  b.addText('Outlook', { placeholder: 'title' });
  b.addText([{ text: 'Co-production', options: { bullet: true } }], { placeholder: 'body' });
  b.addChart(p.ChartType.bar, [{ name: 'x', labels: ['a'], values: [1] }], { x: 1, y: 4, w: 3, h: 2 });
  writeFileSync(path, (await p.write({ outputType: 'nodebuffer' })) as Buffer);
}

test.afterEach(async ({ shell }) => {
  expect(shell.errors).toEqual([]);
});

test('File → Import brings a PowerPoint file in as sections with nested points and notes, unsaved, and says what was left behind', async ({ app, dialogs, files, shell }) => {
  await pptx(files.path('last-brief.pptx'));
  dialogs.importFrom(files.path('last-brief.pptx'));
  await shell.emit('editor', 'menu:command', { id: 'file.import' });
  await expect(app.getByTestId('outline')).toBeVisible();
  expect(await outlineTitles(app)).toEqual(['Export growth', 'Outlook']);
  await expect(app.getByTestId('notice')).toContainText('Imported last-brief.pptx');
  await expect(app.getByTestId('notice')).toContainText('left behind: 1 chart');
  await expect(app.getByTestId('dirty')).toBeVisible();
  const points = app.locator('[data-testid="points"] textarea');
  await expect(points).toHaveCount(2);
  await expect(points.nth(1)).toHaveValue('Sales to Poland');
  expect(dialogs.asked).toEqual(['import']);
  // Saving asks where: the imported file is not a deck file to overwrite.
  dialogs.save(files.path('imported.briefdeck'));
  await app.keyboard.press('Control+S');
  await expect(app.getByTestId('dirty')).toHaveCount(0);
  const saved = await files.readDeck('imported.briefdeck');
  expect(saved.sections[0]?.notes).toBe('Stress quality as well as quantity.');
  expect(saved.sections[0]?.points[0]?.children[0]?.text).toBe('Sales to Poland');
});

test('File → Import refuses a truncated PowerPoint file in one notice and leaves the open deck alone', async ({ app, dialogs, files, shell }) => {
  await pptx(files.path('good.pptx'));
  dialogs.importFrom(files.path('good.pptx'));
  await shell.emit('editor', 'menu:command', { id: 'file.import' });
  await expect.poll(() => outlineTitles(app)).toEqual(['Export growth', 'Outlook']);
  const { readFileSync } = await import('node:fs');
  writeFileSync(files.path('cut.pptx'), readFileSync(files.path('good.pptx')).subarray(0, 1500));
  dialogs.importFrom(files.path('cut.pptx'));
  // The imported deck is unsaved: the app asks before replacing it; say no first, then yes.
  app.once('dialog', (d) => void d.dismiss());
  await shell.emit('editor', 'menu:command', { id: 'file.import' });
  await expect.poll(() => dialogs.asked.length).toBe(1);
  app.once('dialog', (d) => void d.accept());
  await shell.emit('editor', 'menu:command', { id: 'file.import' });
  await expect(app.getByTestId('notice')).toContainText(/cut\.pptx: .*(truncated|damaged)/);
  expect(await outlineTitles(app)).toEqual(['Export growth', 'Outlook']);
  expect((await files.list()).filter((n) => n.endsWith('.briefdeck'))).toEqual([]);
});

test('File → Import reads a talking-points outline too', async ({ app, dialogs, files, shell }) => {
  await files.write('points.md', '# Readiness\n\n## BLUF\n- Ready by Q3\n\n## Risks\n- Parts\n  - Engines\n');
  dialogs.importFrom(files.path('points.md'));
  await shell.emit('editor', 'menu:command', { id: 'file.import' });
  await expect.poll(() => outlineTitles(app)).toEqual(['BLUF', 'Risks']);
  await expect(app.locator('.doc-title')).toHaveText('Readiness');
});

test('pasting a whole outline into a blank deck makes sections, not glued points; undo takes it back', async ({ app }) => {
  await app.getByTestId('template-blank').click();
  await expect(app.getByTestId('outline')).toBeVisible();
  const point = app.locator('[data-testid="points"] textarea').first();
  await point.click();
  await paste(point, '## BLUF\n- K9 Thunder [1]\nNotes: say it slowly\nSources:\n- Op-ed, The Washington Times\n\n## Outlook\n1. Co-production\na. Poland\n');
  await expect.poll(() => outlineTitles(app)).toEqual(['BLUF', 'Outlook']);
  await expect(app.getByTestId('notice')).toContainText('Pasted 2 sections');
  await expect(app.locator('[data-testid="points"] textarea').first()).toHaveValue('K9 Thunder');
  await app.keyboard.press('Control+Z');
  await expect.poll(() => outlineTitles(app)).toHaveLength(1);
});

test('pasting plain lines on the sections list makes one section per line', async ({ app }) => {
  await app.getByTestId('template-blank').click();
  await app.locator('[data-testid="outline"] > li .outline-item').first().click();
  await paste(app.locator('[data-testid="outline"]'), 'Export growth\n\tK9 Thunder\nOutlook\n');
  await expect.poll(() => outlineTitles(app)).toEqual(['Export growth', 'Outlook']);
  await expect(app.locator('[data-testid="points"] textarea').first()).toHaveValue('K9 Thunder');
});
