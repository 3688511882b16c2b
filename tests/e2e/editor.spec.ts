/**
 * The editor end to end, driven the way a person drives it (click, type, keyboard) in
 * Debian's Chromium, through the shell's fixture: the real bridge code in the page and the
 * real main-process services on real temp folders. See tests/e2e/fixtures/app.ts.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Browser, Locator, Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { DeckSchema } from '../../engine/model/schema.ts';
import { expect, test } from './fixtures/app.ts';
import { openDeck as openExported } from './helpers/export-page.ts';
import { paste } from './helpers/clipboard.ts';

const ROK_US = 'rok-us-defense-industry';
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

// ---- helpers that speak the editor's language ----------------------------------------

async function newFromTemplate(app: Page, id = ROK_US): Promise<void> {
  await app.getByTestId(`template-${id}`).click();
  await expect(app.getByTestId('outline')).toBeVisible();
  await expect(app.getByTestId('preview')).toHaveAttribute('data-ready', 'true');
}

const outlineRows = (app: Page) => app.locator('[data-testid="outline"] > li');
const pointFields = (app: Page) => app.locator('[data-testid="points"] textarea');

async function selectSection(app: Page, index: number): Promise<void> {
  await app.getByRole('tab', { name: 'Section' }).click();
  await outlineRows(app).nth(index).locator('.outline-item').click();
  await expect(outlineRows(app).nth(index)).toHaveClass(/is-selected/);
}

async function outlineTitles(app: Page): Promise<string[]> {
  return outlineRows(app).locator('.outline-title').allTextContents();
}

/** What a person sees of the document: deck title, section order, the selected section's points. */
async function snapshot(app: Page): Promise<{ title: string; sections: string[]; points: string[] }> {
  return {
    title: (await app.locator('.doc-title').textContent()) ?? '',
    sections: await outlineTitles(app),
    points: await pointFields(app).evaluateAll((els) => els.map((e) => `${e.getAttribute('aria-label')?.replace(/^Point \d+ of \d+, /, '')}: ${(e as HTMLTextAreaElement).value}`)),
  };
}

/** The preview's slide DOM for the selected section (reveal keeps every slide in the DOM). */
function previewSlides(app: Page): Locator {
  return app.locator('[data-testid="preview"] .slides > section');
}

async function previewText(app: Page): Promise<string> {
  return (await previewSlides(app).allTextContents()).join('\n');
}

/** Drag with real pointer events, in steps, as dnd-kit's pointer sensor needs. */
async function drag(app: Page, from: Locator, to: Locator): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await app.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await app.mouse.down();
  await app.mouse.move(a.x + a.width / 2, a.y + a.height / 2 + 8, { steps: 4 });
  await app.mouse.move(b.x + b.width / 2, b.y + b.height / 2 + 4, { steps: 12 });
  await app.mouse.up();
}

/** Put the caret at the very end of a (possibly wrapped) field. */
async function caretToEnd(field: Locator): Promise<void> {
  await field.click();
  await field.evaluate((el) => {
    const t = el as HTMLTextAreaElement;
    t.setSelectionRange(t.value.length, t.value.length);
  });
}

async function openExportOffline(browser: Browser, file: string) {
  const context = await browser.newContext();
  const opened = await openExported(context, file);
  return { ...opened, close: () => context.close() };
}

// ---- the flow from the "Done when" -----------------------------------------

test('template → title → points → reorder → undo/redo → figure and source → save → reopen → export', async ({ app, dialogs, files, shell, browser }) => {
  test.setTimeout(120_000);
  // 1. New from the ROK–U.S. template.
  await newFromTemplate(app);
  const templateTitles = await outlineTitles(app);
  expect(templateTitles.length).toBeGreaterThanOrEqual(4);
  // Applying a template is not an undo step.
  await expect(app.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();

  // 2. Edit the deck title.
  await app.getByRole('tab', { name: 'Deck' }).click();
  const title = app.getByTestId('deck-title');
  await title.fill('');
  await title.pressSequentially('Alliance industry brief (E2E)');
  await expect(previewSlides(app).first()).toContainText('Alliance industry brief (E2E)');

  // 3. Points by keyboard: Enter adds, Tab indents, Shift+Tab outdents.
  await selectSection(app, 0);
  const before = await pointFields(app).count();
  await caretToEnd(pointFields(app).last());
  await app.keyboard.press('Enter');
  await app.keyboard.type('E2E parent point');
  await app.keyboard.press('Enter');
  await app.keyboard.type('E2E child point');
  await app.keyboard.press('Tab');
  await expect(pointFields(app).last()).toHaveAttribute('aria-label', /level 2$/);
  await app.keyboard.press('Shift+Tab');
  await expect(pointFields(app).last()).toHaveAttribute('aria-label', /level 1$/);
  await app.keyboard.press('Tab');
  await expect(pointFields(app)).toHaveCount(before + 2);
  await expect(pointFields(app).last()).toHaveValue('E2E child point');
  await expect(pointFields(app).last()).toHaveAttribute('aria-label', /level 2$/);
  await expect.poll(() => previewText(app)).toContain('E2E child point');

  // 4. Reorder by drag, then by keyboard.
  const s0 = await snapshot(app);
  await drag(app, outlineRows(app).nth(1).locator('.outline-item'), outlineRows(app).nth(3).locator('.outline-item'));
  const afterDrag = await outlineTitles(app);
  expect(afterDrag[3]).toBe(s0.sections[1]);
  expect(afterDrag).not.toEqual(s0.sections);
  const s1 = await snapshot(app);
  await outlineRows(app).nth(3).locator('.outline-item').focus();
  await app.keyboard.press('Alt+ArrowUp');
  const afterKeys = await outlineTitles(app);
  expect(afterKeys[2]).toBe(s0.sections[1]);
  const s2 = await snapshot(app);

  // 5. Undo and redo walk back to exactly the earlier states, and forward again.
  await app.keyboard.press(`${MOD}+z`);
  expect(await snapshot(app)).toEqual(s1);
  await app.keyboard.press(`${MOD}+z`);
  expect(await snapshot(app)).toEqual(s0);
  await app.keyboard.press(`${MOD}+Shift+z`);
  expect(await snapshot(app)).toEqual(s1);
  await app.keyboard.press(`${MOD}+Shift+z`);
  expect(await snapshot(app)).toEqual(s2);

  // 6. A deck source (Sources panel) and a key figure on the first section that cites it.
  await app.getByRole('tab', { name: 'Sources' }).click();
  const sources = app.getByTestId('sources');
  await sources.getByRole('button', { name: '+ Add source' }).click();
  await sources.getByTestId('source-title').last().fill('E2E Ministry export statistics');
  const sourceCount = await sources.getByTestId('source-title').count();
  await selectSection(app, 0);
  const figures = app.getByTestId('figures');
  await figures.getByRole('button', { name: '+ Add key figure' }).click();
  await figures.getByTestId('figure-label').last().fill('Arms exports');
  await figures.getByTestId('figure-value').last().fill('17.3');
  await figures.getByTestId('figure-unit').last().fill('bn USD');
  await figures.getByTestId('figure-asof').last().fill('2026-10-01');
  await figures.getByTestId('figure-source').last().selectOption({ label: `[${sourceCount}] E2E Ministry export statistics` });
  await expect.poll(() => previewText(app)).toContain('17.3');

  // 7. Save: the file on disk validates and holds every edit.
  const expected = await snapshot(app);
  dialogs.save(files.path('e2e.briefdeck'));
  await app.keyboard.press(`${MOD}+s`);
  await expect(app.getByTestId('doc-name')).toContainText('e2e.briefdeck');
  await expect(app.getByTestId('dirty')).toHaveCount(0);
  const raw = JSON.parse(await files.read('e2e.briefdeck')) as { type: string; version: number; deck: unknown };
  expect(raw).toMatchObject({ type: 'briefdeck', version: 3 });
  const saved = await files.readDeck('e2e.briefdeck');
  expect(DeckSchema.safeParse(saved).success).toBe(true);
  expect(saved.meta.title).toBe('Alliance industry brief (E2E)');
  expect(saved.sections.map((s) => s.title)).toEqual(expected.sections);
  const first = saved.sections[0]!;
  const parent = first.points.find((p) => p.text === 'E2E parent point');
  expect(parent?.children.map((c) => c.text)).toEqual(['E2E child point']);
  const source = saved.sources.find((s) => s.title === 'E2E Ministry export statistics');
  expect(source).toBeDefined();
  expect(first.figures.find((f) => f.label === 'Arms exports')).toMatchObject({ value: '17.3', unit: 'bn USD', asOf: '2026-10-01', sourceId: source!.id });

  // 8. Close, start again, reopen from the recent list: everything is back.
  await app.close();
  const again = await shell.openEditor();
  await again.getByRole('button', { name: /e2e\.briefdeck/ }).click();
  await expect(again.getByTestId('doc-name')).toContainText('e2e.briefdeck');
  await selectSection(again, 0);
  expect(await snapshot(again)).toEqual(expected);
  await expect(again.getByTestId('figure-value').last()).toHaveValue('17.3');

  // 9. Export HTML and open it from file:// with the network cut: the edits are there.
  dialogs.exportTo(files.path('e2e.html'));
  await again.keyboard.press(`${MOD}+e`);
  // Ctrl+E opens the Export dialog; HTML is the default choice for a deck never exported.
  await again.getByTestId('export-dialog').getByRole('button', { name: 'Export…' }).click();
  await expect(again.getByTestId('notice')).toContainText('Exported', { timeout: 30_000 });
  const exported = await openExportOffline(browser, files.path('e2e.html'));
  try {
    const body = (await exported.page.locator('.reveal .slides').textContent()) ?? '';
    expect(body).toContain('Alliance industry brief (E2E)');
    expect(body).toContain('E2E child point');
    expect(body).toContain('17.3');
    expect(exported.foreign).toEqual([]);
  } finally {
    await exported.close();
  }
});

test('the Korean templates open as Korean decks: Korean sections, Korean slide labels and dates, keep-all lines', async ({ app }) => {
  await newFromTemplate(app, 'rok-us-defense-industry-ko');
  expect(await outlineTitles(app)).toEqual(['K-방산과 한미동맹의 동반 성장', '수출 성장: 단일 체계에서 대형 플랫폼까지', '한미동맹의 선순환', '공급망 안보', '미국 국가국방산업전략(NDIS)', '한미 방산협력의 틀', '협력 전망', '주요 연표 및 용어']);
  const slides = previewSlides(app);
  await expect(slides.first()).toHaveAttribute('lang', 'ko');
  await expect(slides.first()).toContainText('2024년 6월 3일 기준');
  await expect(slides.filter({ hasText: '목차' })).toHaveCount(1);
  await expect(app.locator('[data-testid="preview"] .slides > section.bd-sources')).toContainText('The Washington Times, 2024년 6월 3일');
  expect(await slides.first().locator('h1').evaluate((el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
  // Hangul is drawn with a Korean face (not a fallback box or a Chinese/Japanese cut).
  const cdp = await app.context().newCDPSession(app);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-testid="preview"] .slides > section.bd-title h1' });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  expect(fonts.map((f) => f.familyName).join(', ')).toMatch(/KR|Korean|Gothic|Nanum|Pretendard/);
});

test('the preview follows the selected section, and stepping through slides selects their sections', async ({ app }) => {
  await newFromTemplate(app);
  const titles = await outlineTitles(app);
  await selectSection(app, 2);
  const current = app.locator('[data-testid="preview"] .slides > section.present');
  await expect(current).toContainText(titles[2]!);
  await app.getByRole('button', { name: 'Next slide' }).click();
  await expect(outlineRows(app).nth(3)).toHaveClass(/is-selected/);
  await expect(current).toContainText(titles[3]!);
  // Keyboard navigation inside the focused preview moves the selection too.
  await current.click();
  await app.keyboard.press('ArrowLeft');
  await expect(outlineRows(app).nth(2)).toHaveClass(/is-selected/);
  await expect(app.getByTestId('section-title')).toHaveValue(titles[2]!);

  // The pane follows the aspect setting: 4:3 slides fill a 4:3 frame.
  const ratio = async () => {
    const box = (await app.locator('[data-testid="preview"] .slides').boundingBox())!;
    return box.width / box.height;
  };
  expect(await ratio()).toBeCloseTo(16 / 9, 1);
  await app.getByRole('tab', { name: 'Deck' }).click();
  await app.getByLabel('Aspect').selectOption('4:3');
  await expect.poll(ratio).toBeCloseTo(4 / 3, 1);
  const frame = (await app.locator('.preview-frame').boundingBox())!;
  const slides = (await app.locator('[data-testid="preview"] .slides').boundingBox())!;
  expect(slides.width).toBeGreaterThan(frame.width * 0.9);
});

test('menu commands from main run the same commands, and "save before close" saves then reports clean', async ({ app, shell, dialogs, files }) => {
  await newFromTemplate(app);
  const count = await outlineRows(app).count();
  await shell.emit('editor', 'menu:command', { id: 'edit.command-palette' });
  await expect(app.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  await app.keyboard.press('Escape');
  await selectSection(app, 0);
  await app.getByTestId('section-title').fill('Renamed before closing');
  await expect(app.getByTestId('dirty')).toBeVisible();
  dialogs.save(files.path('closing.briefdeck'));
  await shell.emit('editor', 'app:save-before-close', {});
  await expect(app.getByTestId('dirty')).toHaveCount(0);
  expect((await files.readDeck('closing.briefdeck')).sections[0]!.title).toBe('Renamed before closing');
  await expect.poll(() => shell.titles.at(-1)).toMatch(/^closing\.briefdeck — Briefdeck$/);
  expect(await outlineRows(app).count()).toBe(count);
});

// ---- bad input ---------------------------------------------------------------------

test('a script payload typed into a point never runs in the editor, the preview or the export', async ({ app, dialogs, files, browser }) => {
  const payload = `<img src=x onerror="window.bdPwned=1"><script>window.bdPwned=2</script>`;
  await newFromTemplate(app);
  await selectSection(app, 0);
  await caretToEnd(pointFields(app).first());
  await app.keyboard.press('Enter');
  await app.keyboard.type(payload);
  await expect(pointFields(app).nth(1)).toHaveValue(payload);
  await expect.poll(() => previewText(app)).toContain('window.bdPwned=2');
  expect(await app.locator('[data-testid="preview"] img[src="x"], [data-testid="preview"] .slides script').count()).toBe(0);
  expect(await app.evaluate(() => (window as unknown as { bdPwned?: number }).bdPwned)).toBeUndefined();

  dialogs.exportTo(files.path('payload.html'));
  await app.keyboard.press(`${MOD}+e`);
  // Ctrl+E opens the Export dialog; HTML is the default choice for a deck never exported.
  await app.getByTestId('export-dialog').getByRole('button', { name: 'Export…' }).click();
  await expect(app.getByTestId('notice')).toContainText('Exported', { timeout: 30_000 });
  const exported = await openExportOffline(browser, files.path('payload.html'));
  try {
    expect(await exported.page.locator('.reveal .slides').textContent()).toContain('onerror="window.bdPwned=1"');
    expect(await exported.page.evaluate(() => (window as unknown as { bdPwned?: number }).bdPwned)).toBeUndefined();
    expect(readFileSync(files.path('payload.html'), 'utf8')).not.toContain('<script>window.bdPwned');
  } finally {
    await exported.close();
  }
});

test('Korean IME composition: Enter and Tab while composing do not touch the tree', async ({ app }) => {
  await newFromTemplate(app);
  await selectSection(app, 0);
  const count = await pointFields(app).count();
  const field = pointFields(app).nth(1);
  await caretToEnd(field);
  const start = await field.inputValue();
  const cdp = await app.context().newCDPSession(app);
  // 한국 typed with a 2-set Korean IME: jamo compose into syllables before they commit.
  for (const text of ['ㅎ', '하', '한', '한ㄱ', '한구', '한국']) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  // The IME owns these keys while composing (Chromium reports keyCode 229 for them).
  for (const key of ['Enter', 'Tab']) {
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key, code: key, windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code: key, windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
  }
  await cdp.send('Input.insertText', { text: '한국' });
  await expect(field).toHaveValue(`${start}한국`);
  await expect(pointFields(app)).toHaveCount(count);
  await expect(field).toHaveAttribute('aria-label', /level 1$/);
  await expect(field).toBeFocused();
  // After composition, Enter is the editor's again.
  await app.keyboard.press('Enter');
  await expect(pointFields(app)).toHaveCount(count + 1);
  await expect.poll(() => previewText(app)).toContain(`${start}한국`);
});

// Intended change (layout engine): 30 long points no longer overflow one slide; the section
// continues, and Checks says so as an info item naming the slides, not an error.
test('the checks panel names the slides of a continued section and flags a figure without a source, and jumps to them', async ({ app }) => {
  await newFromTemplate(app);
  await selectSection(app, 1);
  const lines = Array.from({ length: 30 }, (_, i) => `- Planted overflow line ${i + 1} with enough words to fill the slide width`).join('\n');
  await paste(pointFields(app).last(), lines);
  await expect(pointFields(app).last()).toHaveValue(/Planted overflow line 30/);
  const figures = app.getByTestId('figures');
  await figures.getByRole('button', { name: '+ Add key figure' }).click();
  await figures.getByTestId('figure-label').last().fill('Unsourced figure');
  await figures.getByTestId('figure-value').last().fill('42');
  await figures.getByTestId('figure-source').last().selectOption({ label: '— none —' });

  await app.getByRole('tab', { name: 'Checks' }).click();
  const checks = app.getByTestId('checks');
  const continued = checks.locator('[data-kind="continued"]').first();
  await expect(continued).toBeVisible({ timeout: 10_000 });
  await expect(continued).toContainText(/continues over \d+ slides \(\d+(, \d+)+\)/);
  await expect(checks.locator('[data-kind="overflow"]')).toHaveCount(0);
  await expect(checks.locator('[data-kind="figure-no-source"]', { hasText: 'Unsourced figure' })).toBeVisible();
  await checks.locator('[data-kind="figure-no-source"]', { hasText: 'Unsourced figure' }).click();
  await expect(app.getByRole('tab', { name: 'Section' })).toHaveAttribute('aria-selected', 'true');
  // Straight to the missing field: the figure's Source picker.
  await expect(app.getByTestId('figure-source').last()).toBeFocused();
  await expect(app.getByTestId('figure-label').last()).toHaveValue('Unsourced figure');
  await expect(outlineRows(app).nth(1)).toHaveClass(/is-selected/);
});

test('the preview makes the export\'s breaks, shows the notes of the slide in view, and shows the title slide for deck facts', async ({ app, dialogs, files, browser }) => {
  await newFromTemplate(app);
  // The seed template already continues a section (its backup glossary runs to B-2): the paste adds one more.
  await expect(app.locator('.statusbar')).toContainText(/· 1 section continues on more slides/);
  await selectSection(app, 1);
  const lines = Array.from({ length: 30 }, (_, i) => `- Continued line ${i + 1} with enough words to fill the slide width`).join('\n');
  await paste(pointFields(app).last(), lines);
  await expect(pointFields(app).last()).toHaveValue(/Continued line 30/);
  const keys = () => previewSlides(app).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.bdKey ?? ''));
  await expect.poll(async () => (await keys()).filter((k) => /^section-.+-\d+$/.test(k)).length).toBeGreaterThan(0);
  await expect(app.locator('.statusbar')).toContainText(/· 2 sections continue on more slides/);
  // The export of the same deck has the same slides, part for part.
  dialogs.exportTo(files.path('breaks.html'));
  await app.keyboard.press(`${MOD}+e`);
  // Ctrl+E opens the Export dialog; HTML is the default choice for a deck never exported.
  await app.getByTestId('export-dialog').getByRole('button', { name: 'Export…' }).click();
  await expect(app.getByTestId('notice')).toContainText('Exported', { timeout: 30_000 });
  const exported = await openExportOffline(browser, files.path('breaks.html'));
  try {
    const exportedParts = await exported.page.evaluate(() => Array.from(document.querySelectorAll('.reveal .slides > section')).map((s) => `${s.querySelector('.bd-head h2, h1')?.textContent ?? ''}|${s.getAttribute('data-bd-part') ?? ''}|${s.querySelectorAll('ul.bd-points > li').length}`));
    const previewParts = await previewSlides(app).evaluateAll((els) => els.map((s) => `${s.querySelector('.bd-head h2, h1')?.textContent ?? ''}|${s.getAttribute('data-bd-part') ?? ''}|${s.querySelectorAll('ul.bd-points > li').length}`));
    expect(previewParts).toEqual(exportedParts);
  } finally {
    await exported.close();
  }
  // The notes under the preview are the slide's: a continuation slide points to the first.
  const notes = app.getByTestId('preview-notes');
  const contIndex = (await keys()).findIndex((k) => /^section-.+-2$/.test(k));
  const here = await previewSlides(app).evaluateAll((els) => els.findIndex((e) => e.classList.contains('present')));
  for (let i = here; i < contIndex; i++) await app.getByRole('button', { name: 'Next slide' }).click();
  await expect(notes).toContainText("this section's notes are on its first slide");
  // Editing the deck's facts shows the title slide, which has no notes.
  await app.getByRole('tab', { name: 'Deck' }).click();
  await app.getByLabel('Presenter').fill('Maj. Kim');
  await expect(app.locator('[data-testid="preview"] .slides > section.present')).toHaveClass(/bd-title/);
  await expect(app.locator('[data-testid="preview"] .slides > section.present')).toContainText('Maj. Kim');
  await expect(notes).toContainText('No notes on this slide.');
});

test('a 5 MB paste is refused with a clear notice and the window stays usable', async ({ app }) => {
  await newFromTemplate(app);
  await selectSection(app, 0);
  const field = pointFields(app).first();
  const value = await field.inputValue();
  await paste(field, 'line of text\n'.repeat(400_000));
  await expect(app.getByTestId('notice')).toContainText('paste at most 1 million');
  await expect(field).toHaveValue(value);
  await caretToEnd(field);
  await app.keyboard.type('!');
  await expect(field).toHaveValue(`${value}!`);
});

test('an image chosen with the picker lands on the slide with its alt text', async ({ app, dialogs, files }) => {
  // A 2×2 PNG, written to disk as a user's file would be.
  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';
  writeFileSync(files.path('map.png'), Buffer.from(png, 'base64'));
  await newFromTemplate(app);
  await selectSection(app, 1);
  dialogs.image(files.path('map.png'));
  await app.getByTestId('image').getByRole('button', { name: 'Choose image…' }).click();
  await expect(app.getByTestId('image').locator('img')).toHaveAttribute('src', /^data:image\/png;base64,/);
  await app.getByLabel('Alt text (read aloud by screen readers)').fill('Map of the Korean peninsula');
  const slideImage = app.locator('[data-testid="preview"] .slides > section.present img');
  await expect(slideImage).toHaveAttribute('alt', 'Map of the Korean peninsula');
  await expect(slideImage).toHaveAttribute('src', /^data:image\/png;base64,/);
});

test('an image that is too large or not an image gets a clear message', async ({ app }) => {
  await newFromTemplate(app);
  await selectSection(app, 0);
  const drop = async (name: string, type: string, bytes: number) =>
    app.getByTestId('image-drop').evaluate(
      (el, [n, t, b]) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(b as number)], n as string, { type: t as string }));
        el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      [name, type, bytes] as const,
    );
  await drop('notes.txt', 'text/plain', 10);
  await expect(app.getByTestId('notice')).toContainText('“notes.txt” is not a PNG, JPEG, GIF or WebP image.');
  // Named and typed as PNG, but its bytes are not an image.
  await drop('renamed.png', 'image/png', 64);
  await expect(app.getByTestId('notice')).toContainText('“renamed.png” is not a PNG, JPEG, GIF or WebP image.');
  await drop('huge.png', 'image/png', 10 * 1024 * 1024);
  await expect(app.getByTestId('notice')).toContainText('“huge.png” is 10.0 MB; images can be at most 9 MB.');
  await expect(app.getByTestId('image-drop').locator('img')).toHaveCount(0);
});

test('typing is journalled for recovery about a second after it stops, and the status says so', async ({ app, shell }) => {
  await newFromTemplate(app);
  await selectSection(app, 0);
  await caretToEnd(pointFields(app).first());
  await app.keyboard.type(' (recovery check)');
  await expect(app.getByTestId('recovery-status')).toContainText('Unsaved');
  await expect(app.getByTestId('recovery-status')).toContainText('recovery copy at', { timeout: 20_000 });
  const listed = (await shell.invoke(app, 'recovery:list')) as { id: string; title: string }[];
  const entry = listed.find((r) => r.title === 'ROK–U.S. Defense-Industry Cooperation');
  expect(entry).toBeDefined();
  const restored = (await shell.invoke(app, 'recovery:restore', { id: entry!.id })) as { ok: boolean; deck: { sections: { points: { text: string }[] }[] } };
  expect(restored.ok && restored.deck.sections[0]!.points[0]!.text).toMatch(/\(recovery check\)$/);
});

test('a recovered draft is offered on the next start, restores dirty, and saving clears it from recovery', async ({ app, shell, dialogs, files }) => {
  await newFromTemplate(app, 'information-brief');
  await selectSection(app, 0);
  await app.getByTestId('section-title').fill('Draft that survived');
  await expect(app.getByTestId('recovery-status')).toContainText('recovery copy at', { timeout: 20_000 });
  await app.close();
  const again = await shell.openEditor();
  await again.getByRole('button', { name: /^Restore / }).click();
  await expect(again.getByTestId('dirty')).toBeVisible();
  await selectSection(again, 0);
  await expect(again.getByTestId('section-title')).toHaveValue('Draft that survived');
  dialogs.save(files.path('survivor.briefdeck'));
  await again.keyboard.press(`${MOD}+s`);
  await expect(again.getByTestId('dirty')).toHaveCount(0);
  expect(await shell.invoke(again, 'recovery:list')).toEqual([]);
});

test("closing with Don't Save drops this document's recovery copy, so it is not offered again", async ({ app, shell, dialogs }) => {
  await newFromTemplate(app, 'information-brief');
  await selectSection(app, 0);
  await app.getByTestId('section-title').fill('Thrown away');
  await expect(app.getByTestId('recovery-status')).toContainText('recovery copy at', { timeout: 20_000 });
  expect(((await shell.invoke(app, 'recovery:list')) as unknown[]).length).toBe(1);
  dialogs.close('discard');
  expect(await shell.requestClose(app)).toBe(true);
  const again = await shell.openEditor();
  expect(await shell.invoke(again, 'recovery:list')).toEqual([]);
  await expect(again.getByRole('button', { name: /^Restore / })).toHaveCount(0);
});

test('a .briefdeck dropped on the window opens; other files are refused in one line', async ({ app, files }) => {
  await files.write('dropped.briefdeck', DeckSchema.parse({ meta: { title: 'Dropped deck' }, sections: [{ id: 'd1', title: 'Dropped section', points: [{ id: 'dp', text: 'from a drop' }] }] }));
  const dropOn = (name: string) =>
    app.evaluate((n) => {
      const data = new DataTransfer();
      data.items.add(new File(['x'], n, { type: 'application/octet-stream' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, name);
  await dropOn('notes.txt');
  await expect(app.getByTestId('notice')).toContainText('“notes.txt” is not a .briefdeck file.');
  await dropOn('dropped.briefdeck');
  await expect(app.getByTestId('doc-name')).toContainText('dropped.briefdeck');
  await expect(outlineRows(app)).toHaveCount(1);
  await expect(pointFields(app).first()).toHaveValue('from a drop');
});

// ---- accessibility -----------------------------------------------------------------

test('axe finds no serious or critical violations on the start screen and the editor', async ({ app }) => {
  // Six full axe scans of a large DOM: under two busy loops and a build, one run went past 60 s.
  test.setTimeout(180_000);
  const serious = async () => {
    const result = await new AxeBuilder({ page: app }).analyze();
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  await expect(app.getByRole('heading', { name: 'Briefdeck' })).toBeVisible();
  expect(await serious()).toEqual([]);
  await newFromTemplate(app);
  // Let the preview settle (reveal fades the first slide in; a half-faded slide fails contrast).
  await expect(app.getByTestId('preview')).toHaveAttribute('data-measured', /\d+/);
  expect(await serious()).toEqual([]);
  for (const tab of ['Deck', 'Checks']) {
    await app.getByRole('tab', { name: tab }).click();
    expect(await serious()).toEqual([]);
  }
  await app.getByRole('tab', { name: 'Section' }).click();
  await app.keyboard.press(`${MOD}+k`);
  await expect(app.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  expect(await serious()).toEqual([]);
});

test('the command palette runs commands by name; Ctrl/Cmd+K opens it', async ({ app }) => {
  await newFromTemplate(app);
  const count = await outlineRows(app).count();
  await app.keyboard.press(`${MOD}+k`);
  const input = app.getByRole('combobox', { name: 'Type a command' });
  await expect(input).toBeFocused();
  await input.fill('add section');
  await app.keyboard.press('Enter');
  await expect(outlineRows(app)).toHaveCount(count + 1);
  await expect(app.getByTestId('section-title')).toBeFocused();
  // The focus request is spent: moving through the outline by keyboard keeps focus there.
  const first = outlineRows(app).nth(0).locator('.outline-item');
  await first.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('section-title')).toBeFocused();
  await outlineRows(app).nth(1).locator('.outline-item').click();
  await expect(outlineRows(app).nth(1).locator('.outline-item')).toBeFocused();
});

// ---- what the reviewer found (issue 4 audit) ------------------------------------------

test('each panel tab opens at its top, not at the scroll position the previous panel was left at', async ({ app }) => {
  await newFromTemplate(app);
  const scroller = app.locator('main.panel');
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
  await app.getByRole('tab', { name: 'Deck' }).click();
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(0);
  await expect(app.getByTestId('deck-title')).toBeInViewport();
});

test('deleting or duplicating a section from its row keeps keyboard focus in the outline and says how to undo', async ({ app }) => {
  await newFromTemplate(app);
  const titles = await outlineTitles(app);
  await selectSection(app, 1);
  await app.getByRole('button', { name: 'Delete section 2' }).focus();
  await app.keyboard.press('Enter');
  await expect(outlineRows(app)).toHaveCount(titles.length - 1);
  // Focus lands on the row now selected (the old third section), not on the page body.
  await expect(outlineRows(app).nth(1).locator('.outline-item')).toBeFocused();
  await expect(outlineRows(app).nth(1)).toContainText(titles[2]!);
  await expect(app.getByTestId('notice')).toContainText(`Deleted “${titles[1]}”`);
  await app.keyboard.press(`${MOD}+z`);
  await expect(outlineRows(app)).toHaveCount(titles.length);

  await selectSection(app, 1);
  await app.getByRole('button', { name: 'Duplicate section 2' }).focus();
  await app.keyboard.press('Enter');
  await expect(outlineRows(app)).toHaveCount(titles.length + 1);
  await expect(outlineRows(app).nth(2).locator('.outline-item')).toBeFocused();
  await expect(outlineRows(app).nth(2)).toHaveClass(/is-selected/);

  // The Delete Section command (palette, menu) does the same as the row's button.
  await app.keyboard.press(`${MOD}+k`);
  await app.getByRole('combobox', { name: 'Type a command' }).fill('delete section');
  await app.keyboard.press('Enter');
  await expect(outlineRows(app)).toHaveCount(titles.length);
  await expect(app.getByTestId('notice')).toContainText(`Deleted “${titles[1]} (copy)”`);
  await expect(outlineRows(app).nth(2).locator('.outline-item')).toBeFocused();
});

test('a new deck says it is not saved to a file yet; after saving, that all changes are saved', async ({ app, dialogs, files }) => {
  await newFromTemplate(app);
  await expect(app.getByTestId('recovery-status')).toHaveText('New briefing · not saved to a file yet.');
  dialogs.save(files.path('status.briefdeck'));
  await app.keyboard.press(`${MOD}+s`);
  await expect(app.getByTestId('recovery-status')).toHaveText('All changes saved.');
  await expect(app.getByTestId('doc-name')).toContainText('status');
});

test('the palette shows a key only for commands that have one, and the as-of check jumps to the as-of field', async ({ app }) => {
  await newFromTemplate(app);
  await app.keyboard.press(`${MOD}+k`);
  await app.getByRole('combobox', { name: 'Type a command' }).fill('revert');
  await expect(app.getByRole('option', { name: 'Revert to Saved' })).toBeVisible();
  await expect(app.getByRole('option', { name: 'Revert to Saved' }).locator('kbd')).toHaveCount(0);
  await app.getByRole('combobox', { name: 'Type a command' }).fill('save as');
  await expect(app.getByRole('option', { name: /Save As/ }).locator('kbd')).toHaveCount(1);
  await app.keyboard.press('Escape');

  await app.getByRole('tab', { name: 'Checks' }).click();
  await app.getByTestId('checks').locator('[data-kind="figure-no-as-of"]').first().click();
  await expect(app.getByTestId('figure-asof').first()).toBeFocused();
});

test.describe('at 1024×640 in dark mode', () => {
  test.use({ viewport: { width: 1024, height: 640 }, colorScheme: 'dark' });

  test('template cards are as wide as their thumbnails, the app button stays square, and axe finds nothing serious', async ({ app }) => {
    const card = app.getByTestId(`template-${ROK_US}`);
    const cardBox = (await card.boundingBox())!;
    const thumbBox = (await card.locator('iframe.thumb').boundingBox())!;
    // 10 px padding each side: no blank strip beside the thumbnail.
    expect(cardBox.width - thumbBox.width).toBeLessThanOrEqual(24);
    await newFromTemplate(app);
    const brand = (await app.getByRole('button', { name: 'Start screen' }).boundingBox())!;
    expect(Math.abs(brand.width - brand.height)).toBeLessThan(2);
    await expect(app.getByTestId('preview')).toHaveAttribute('data-measured', /\d+/);
    for (const tab of ['Section', 'Deck', 'Checks']) {
      await app.getByRole('tab', { name: tab }).click();
      const result = await new AxeBuilder({ page: app }).analyze();
      expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    }
  });
});

test('an over-long paste into a plain field is refused with a notice instead of being cut silently', async ({ app }) => {
  await newFromTemplate(app);
  await selectSection(app, 0);
  const notes = app.getByTestId('section-notes');
  const before = await notes.inputValue();
  await paste(notes, 'x'.repeat(5_000_000));
  await expect(app.getByTestId('notice')).toContainText('Speaker notes holds at most 100,000 characters');
  await expect(app.getByTestId('notice')).toContainText('Nothing was pasted');
  await expect(notes).toHaveValue(before);
  const title = app.getByTestId('section-title');
  await paste(title, 'y'.repeat(600));
  await expect(app.getByTestId('notice')).toContainText('Section title holds at most 500 characters');
  // A paste that fits goes in as usual (real copy and paste keys, so the browser inserts it).
  const old = await title.inputValue();
  await title.click();
  await app.keyboard.press(`${MOD}+a`);
  await app.keyboard.press(`${MOD}+c`);
  await caretToEnd(title);
  await app.keyboard.press(`${MOD}+v`);
  await expect(title).toHaveValue(old + old);
});

test("the outline's own keyboard drag (Space, arrows, Space) moves a section without squashing the lifted row", async ({ app }) => {
  await newFromTemplate(app);
  const titles = await outlineTitles(app);
  const item = outlineRows(app).nth(0).locator('.outline-item');
  const resting = (await outlineRows(app).nth(0).boundingBox())!.height;
  await item.focus();
  await app.keyboard.press('Space');
  // Lifted: only now does dnd-kit listen for the arrows.
  await expect(outlineRows(app).nth(0)).toHaveClass(/is-dragging/);
  await app.waitForTimeout(100);
  await app.keyboard.press('ArrowDown');
  // The row below has made way (moved up): the lifted row now sits over it.
  await expect(outlineRows(app).nth(1)).toHaveAttribute('style', /translate3d\(0px, -/);
  // Rows differ in height; a scaled transform showed the lifted row squashed to its neighbour's.
  await expect.poll(() => outlineRows(app).nth(0).evaluate((el) => el.getBoundingClientRect().height)).toBeCloseTo(resting, 0);
  await app.waitForTimeout(300); // let the 200 ms move transition finish before checking it again
  expect(Math.abs((await outlineRows(app).nth(0).boundingBox())!.height - resting)).toBeLessThan(1);
  await app.keyboard.press('Space');
  await expect.poll(() => outlineTitles(app)).toEqual([titles[1], titles[0], ...titles.slice(2)]);
});

test('a recent file that has gone away: the start screen shows the whole message, path included', async ({ app, dialogs, files }) => {
  await newFromTemplate(app);
  const name = `a-rather-long-file-name-for-a-briefing-that-was-moved-${'x'.repeat(40)}.briefdeck`;
  dialogs.save(files.path(name));
  await app.keyboard.press(`${MOD}+s`);
  await expect(app.getByTestId('recovery-status')).toHaveText('All changes saved.');
  await app.getByRole('button', { name: 'Start screen' }).click();
  rmSync(files.path(name));
  await app.getByRole('button', { name: new RegExp(name) }).click();
  const notice = app.getByTestId('notice').locator('.notice');
  await expect(notice).toContainText('no such file');
  // Wrapped, not cut off with an ellipsis.
  expect(await notice.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  await expect(notice).toContainText(name);
  expect(await notice.evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
});

test('the outline is one tab stop: arrows, Home and End walk the sections and selection follows', async ({ app }) => {
  await newFromTemplate(app);
  const titles = await outlineTitles(app);
  await app.getByRole('button', { name: 'Add section after the selected one' }).focus();
  await app.keyboard.press('Tab');
  const item = (i: number) => outlineRows(app).nth(i).locator('.outline-item');
  await expect(item(0)).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(item(1)).toBeFocused();
  await expect(outlineRows(app).nth(1)).toHaveClass(/is-selected/);
  await expect(app.getByTestId('section-title')).toHaveValue(titles[1]!);
  await app.keyboard.press('End');
  await expect(item(titles.length - 1)).toBeFocused();
  await app.keyboard.press('Home');
  await expect(item(0)).toBeFocused();
  await app.keyboard.press('ArrowUp'); // at the top: stays
  await expect(item(0)).toBeFocused();
  // Tab leaves the list in one press: past the selected row's own buttons, into the editor.
  await app.keyboard.press('ArrowDown');
  for (const name of ['Duplicate section 2', 'Move section 2 up', 'Move section 2 down', 'Delete section 2']) {
    await app.keyboard.press('Tab');
    await expect(app.getByRole('button', { name })).toBeFocused();
  }
  await app.keyboard.press('Tab');
  await expect(app.getByTestId('section-title')).toBeFocused();
  // Order unchanged by all that walking.
  expect(await outlineTitles(app)).toEqual(titles);
});

test('the panel tabs follow the tab pattern: one tab stop, arrows switch panels', async ({ app }) => {
  await newFromTemplate(app);
  const tab = (name: string) => app.getByRole('tab', { name });
  await tab('Section').focus();
  await app.keyboard.press('ArrowRight');
  await expect(tab('Outline')).toBeFocused();
  await expect(app.getByRole('tree', { name: 'Deck outline' })).toBeVisible();
  await app.keyboard.press('ArrowRight');
  await expect(tab('Deck')).toBeFocused();
  await expect(tab('Deck')).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByTestId('deck-title')).toBeVisible();
  await app.keyboard.press('ArrowRight');
  await expect(tab('Sources')).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('ArrowRight');
  await expect(tab('Checks')).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('ArrowRight'); // wraps
  await expect(tab('Section')).toBeFocused();
  await app.keyboard.press('ArrowLeft');
  await expect(tab('Checks')).toBeFocused();
  // One Tab leaves the tab list.
  await app.keyboard.press('Tab');
  await expect(app.getByRole('button', { name: /^Commands/ })).toBeFocused();
});

test('while the palette is open, Ctrl/Cmd+Z edits its search box and does not undo the deck behind it', async ({ app }) => {
  await newFromTemplate(app);
  await app.getByRole('tab', { name: 'Deck' }).click();
  await app.getByTestId('deck-title').fill('Edited title');
  await app.keyboard.press(`${MOD}+k`);
  const input = app.getByRole('combobox', { name: 'Type a command' });
  await input.pressSequentially('exp');
  await app.keyboard.press(`${MOD}+z`);
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog', { name: 'Command palette' })).toHaveCount(0);
  await expect(app.getByTestId('deck-title')).toHaveValue('Edited title');
  // Closed again, the same keys undo the deck.
  await app.getByTestId('deck-title').focus();
  await app.keyboard.press(`${MOD}+z`);
  await expect(app.getByTestId('deck-title')).not.toHaveValue('Edited title');
});

test('a 2000-point paste lands as 2000 points with a notice, and the section stays editable', async ({ app }) => {
  // 9–13 s idle (2000 rows, and role queries walk their accessibility tree); at a load
  // average of 18 it ran past 60 s with every check passing.
  test.setTimeout(150_000);
  await newFromTemplate(app, 'blank');
  const field = pointFields(app).first();
  await paste(field, Array.from({ length: 2000 }, (_, i) => `Point number ${i + 1}`).join('\n'));
  await expect(app.getByTestId('notice')).toContainText('Pasted 2000 points.');
  await expect(pointFields(app)).toHaveCount(2000);
  await expect(pointFields(app).last()).toBeFocused();
  await app.keyboard.type(' edited');
  await expect(pointFields(app).last()).toHaveValue('Point number 2000 edited');
  await app.keyboard.press(`${MOD}+z`);
  await expect(pointFields(app).last()).toHaveValue('Point number 2000');
  await expect(app.getByRole('button', { name: 'Start screen' })).toBeEnabled();
});

test('target speaking time: the field can be cleared and retyped; only 1–600 reaches the deck; undo shows through', async ({ app }) => {
  await newFromTemplate(app);
  await app.getByRole('tab', { name: 'Deck' }).click();
  const field = app.getByTestId('target-minutes');
  const before = await field.inputValue();
  await field.click();
  await app.keyboard.press('End');
  for (let i = 0; i < before.length; i++) await app.keyboard.press('Backspace');
  await expect(field).toHaveValue('');
  await app.keyboard.type('30');
  await expect(field).toHaveValue('30');
  await app.getByRole('tab', { name: 'Checks' }).click();
  await expect(app.getByTestId('checks')).toContainText('of the 30 min target');
  await app.getByRole('tab', { name: 'Deck' }).click();
  await field.fill('0');
  await field.blur();
  await expect(field).toHaveValue('30');
  await field.focus();
  await app.keyboard.press(`${MOD}+z`);
  await expect(field).not.toHaveValue('30');
});

test('↑/↓ move between the visual lines of a wrapped point and leave it only from its top or bottom line', async ({ app }) => {
  await newFromTemplate(app);
  await selectSection(app, 0);
  const field = pointFields(app).nth(1);
  // The template's second point wraps over several lines in this pane.
  const lines = await field.evaluate((el) => Math.round(el.clientHeight / parseFloat(getComputedStyle(el).lineHeight)));
  expect(lines).toBeGreaterThanOrEqual(2);
  const caret = () => app.evaluate(() => ({ label: document.activeElement?.getAttribute('aria-label') ?? '', at: (document.activeElement as HTMLTextAreaElement).selectionStart }));
  await field.click();
  await field.evaluate((el) => (el as HTMLTextAreaElement).setSelectionRange(0, 0));
  await app.keyboard.press('ArrowDown');
  expect(await caret()).toMatchObject({ label: expect.stringMatching(/^Point 2 of/) });
  expect((await caret()).at).toBeGreaterThan(0);
  await caretToEnd(field);
  await app.keyboard.press('ArrowUp');
  expect((await caret()).label).toMatch(/^Point 2 of/);
  // From the bottom line, ↓ goes on to the next point; from the top line, ↑ to the previous one.
  await caretToEnd(field);
  await app.keyboard.press('ArrowDown');
  expect((await caret()).label).toMatch(/^Point 3 of/);
  await field.focus();
  await field.evaluate((el) => (el as HTMLTextAreaElement).setSelectionRange(2, 2));
  await app.keyboard.press('ArrowUp');
  expect((await caret()).label).toMatch(/^Point 1 of/);
});

test('undo that removes the focused point puts focus on the point before it; Add section is ready for its title', async ({ app }) => {
  await newFromTemplate(app);
  await selectSection(app, 0);
  const count = await pointFields(app).count();
  await caretToEnd(pointFields(app).nth(count - 1));
  await app.keyboard.press('Enter');
  await app.keyboard.type('short-lived point');
  await expect(pointFields(app)).toHaveCount(count + 1);
  await app.keyboard.press(`${MOD}+z`); // the typing
  await app.keyboard.press(`${MOD}+z`); // the Enter: the focused point goes away
  await expect(pointFields(app)).toHaveCount(count);
  await expect(pointFields(app).nth(count - 1)).toBeFocused();
  // Typing goes on in the editor, not into the void.
  await app.keyboard.type('!');
  await expect(pointFields(app).nth(count - 1)).toHaveValue(/!$/);

  await app.getByRole('button', { name: 'Add section after the selected one' }).click();
  await expect(app.getByTestId('section-title')).toBeFocused();
  await app.keyboard.type('Fresh section');
  await expect(outlineRows(app).nth(1)).toContainText('Fresh section');
});

test('an image dropped on the image box lands on the slide, and undo takes it off again', async ({ app }) => {
  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';
  await newFromTemplate(app);
  await selectSection(app, 1);
  const dropPng = (name: string) =>
    app.getByTestId('image-drop').evaluate(
      (el, [b64, n]) => {
        const data = new DataTransfer();
        data.items.add(new File([Uint8Array.from(atob(b64!), (c) => c.charCodeAt(0))], n!, { type: 'image/png' }));
        el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      [png, name],
    );
  await dropPng('map.png');
  await expect(app.getByTestId('image').locator('img')).toHaveAttribute('src', `data:image/png;base64,${png}`);
  await expect(app.locator('[data-testid="preview"] .slides > section.present img')).toHaveAttribute('src', `data:image/png;base64,${png}`);
  // The alt text field appears with the image; the window-level .briefdeck drop did not react.
  await expect(app.getByLabel('Alt text (read aloud by screen readers)')).toBeVisible();
  await expect(app.getByTestId('notice')).not.toContainText('not a .briefdeck');
  await app.keyboard.press(`${MOD}+z`);
  await expect(app.getByTestId('image').locator('img')).toHaveCount(0);
});

// Intended change (layout engine, docs/ARCHITECTURE.md "Layout"): a section that misses one slide
// by a little is set 7% smaller (--bd-k); past that it continues on "(cont.)" slides at full size
// instead of shrinking further. The preview and the export draw the same slides at the same
// scales, the fit net stays idle on them, and Checks reports the continued section as info.
test('a dense section continues at full size instead of shrinking: the preview and the export show the same slides at the same scale, and the checks report it as info', async ({ app, dialogs, files, browser }) => {
  test.setTimeout(90_000);
  await newFromTemplate(app);
  await selectSection(app, 1);
  const title = (await app.getByLabel('Section title').inputValue()).trim();
  /** Per slide: heading | part | the layout's shrink (--bd-k on the points) | the number of points. */
  const signature = (els: Element[]) =>
    els.map((s) => {
      const ul = s.querySelector<HTMLElement>('ul.bd-points');
      return `${s.querySelector('.bd-head h2, h1')?.textContent ?? ''}|${s.getAttribute('data-bd-part') ?? ''}|${ul?.style.getPropertyValue('--bd-k') || '1'}|${s.querySelectorAll('ul.bd-points > li').length}`;
    });
  const previewSignature = () => previewSlides(app).evaluateAll(signature);
  const ofSection = (sig: string[]) => sig.filter((r) => r.startsWith(`${title}|`) || r.startsWith(`${title} (cont.)|`));
  // The template's section misses one slide by a little: one slide, its points set 7% smaller.
  await expect.poll(async () => ofSection(await previewSignature())).toEqual([expect.stringMatching(new RegExp(`\\|\\|0\\.93\\|\\d+$`))]);

  const lines = Array.from({ length: 5 }, (_, i) => `- Dense line ${i + 1} with enough words to wrap across the slide`).join('\n');
  await paste(pointFields(app).last(), lines);
  await expect(pointFields(app).last()).toHaveValue(/Dense line 5/);
  // Now it misses by more: it continues, every part at full size (no --bd-k), never smaller still.
  await expect.poll(async () => ofSection(await previewSignature()).length).toBeGreaterThan(1);
  const inPreview = ofSection(await previewSignature());
  expect(inPreview[1]).toMatch(/ \(cont\.\)\|2\/\d+\|1\|\d+$/);
  for (const row of inPreview) expect(row).toMatch(/\|1\|[1-9]\d*$/);
  /** The slide in view in the preview: its index and the scale the fit net gave its body. */
  const previewFit = () =>
    app.locator('[data-testid="preview"] .slides > section').evaluateAll((els) => {
      const i = els.findIndex((e) => e.classList.contains('present'));
      return { index: i, fit: els[i]?.querySelector(':scope > .bd-body')?.getAttribute('data-bd-fit') ?? null };
    });
  // The layout made it fit, so the fit net (which would shrink an overflowing body) stays at 1.
  await expect.poll(async () => (await previewFit()).fit).toBe('1');
  const shown = await previewFit();
  // Checks: a continued section is news, not an error; it names the section's slides.
  await app.getByRole('tab', { name: 'Checks' }).click();
  const continued = app.getByTestId('checks').locator('[data-kind="continued"]', { hasText: title });
  await expect(continued).toBeVisible({ timeout: 10_000 });
  await expect(continued).toHaveClass(/check-info/);
  await expect(continued).toContainText(new RegExp(`continues over ${inPreview.length} slides`));
  await expect(app.getByTestId('checks').locator('[data-kind="overflow"]')).toHaveCount(0);

  dialogs.exportTo(files.path('fit.html'));
  await app.keyboard.press(`${MOD}+e`);
  // Ctrl+E opens the Export dialog; HTML is the default choice for a deck never exported.
  await app.getByTestId('export-dialog').getByRole('button', { name: 'Export…' }).click();
  await expect(app.getByTestId('notice')).toContainText('Exported', { timeout: 30_000 });
  const exported = await openExportOffline(browser, files.path('fit.html'));
  try {
    // The same slides, part for part, at the same layout scale.
    const inExport = await exported.page.locator('.reveal .slides > section').evaluateAll(signature);
    expect(ofSection(inExport)).toEqual(inPreview);
    // And the export's fit net leaves the same slide at the same scale as the preview's.
    const fitInExport = await exported.page.evaluate((i) => {
      (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(i);
      return document.querySelectorAll('.reveal .slides > section')[i]?.querySelector(':scope > .bd-body')?.getAttribute('data-bd-fit') ?? null;
    }, shown.index);
    expect(fitInExport).toBe(shown.fit);
    expect(exported.foreign).toEqual([]);
  } finally {
    await exported.close();
  }
});
