/**
 * The app in Korean (issue 11): with the browser in ko-KR the UI follows it, and a language
 * switch in the running app changes the labels and main's menus but never the deck.
 * Only product, format and key names may stay Latin in the Korean UI.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/app.ts';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';
/**
 * Latin words allowed in the Korean UI: product and format names, key names, the language
 * picker's "English", and classification marks (the portion picker's CUI and TS), which are the
 * marking system's own words in either language.
 */
const LATIN_OK = new Set(['CUI', 'TS', 'Briefdeck', 'PDF', 'HTML', 'PowerPoint', 'Word', 'PNG', 'JPEG', 'GIF', 'WebP', 'MB', 'KB', 'URL', 'BLUF', 'Ctrl', 'Cmd', 'Shift', 'Alt', 'Enter', 'Tab', 'Esc', 'Space', 'PgDn', 'PgUp', 'English']);

/** The Latin words in a region's visible text that are not allowed names (input values are not text). */
async function strayLatin(region: Locator): Promise<string[]> {
  const text = (await region.allInnerTexts()).join('\n');
  return [...new Set(text.match(/[A-Za-z]{2,}/g) ?? [])].filter((w) => !LATIN_OK.has(w));
}

async function expectKorean(region: Locator): Promise<void> {
  await expect(region.first()).toBeVisible();
  expect(await strayLatin(region)).toEqual([]);
  expect((await region.allInnerTexts()).join('')).toMatch(/[가-힣]/);
}

async function newBlankDeck(app: Page): Promise<void> {
  await app.getByTestId('template-blank').click();
  await expect(app.getByTestId('outline')).toBeVisible();
  await expect(app.getByTestId('preview')).toHaveAttribute('data-ready', 'true');
}

test.describe('Korean system language', () => {
  test.use({ locale: 'ko-KR' });

  test('the start screen, the editor, the palette, the checks and the presenter window speak Korean', async ({ app, shell }) => {
    await expect(app.locator('html')).toHaveAttribute('lang', 'ko');
    // Start screen (template names and descriptions are the templates' own content).
    await expect(app.getByRole('heading', { name: '새 브리핑' })).toBeVisible();
    await expectKorean(app.locator('.start-head, .start-block:not(:has(.template-grid))'));
    await expect(app.getByTestId('ui-lang')).toHaveValue('ko');

    // The editor on a blank deck: everything but the deck itself (its name, its slides).
    await newBlankDeck(app);
    await expect(app.getByRole('tab', { name: '섹션' })).toHaveAttribute('aria-selected', 'true');
    await expectKorean(app.locator('.toolbar .tabs, .toolbar > button, .outline, [data-testid="panel"], .preview-caption, .statusbar'));
    await expect(app.getByLabel('섹션 제목')).toBeVisible();

    // The command palette.
    await app.keyboard.press(`${MOD}+k`);
    const palette = app.getByRole('dialog', { name: '명령 팔레트' });
    await expect(palette.getByRole('option', { name: /다른 이름으로 저장/ })).toBeVisible();
    await expectKorean(palette.getByRole('listbox'));
    await app.keyboard.press('Escape');

    // The checks panel: messages composed from the engine's keys, in Korean.
    await app.getByRole('tab', { name: '점검' }).click();
    await expect(app.locator('.checks-summary')).toContainText('검토자가 지적할 사항');
    await expect(app.getByTestId('checks')).toContainText('섹션 1: 발표자 노트가 없습니다.');
    await expectKorean(app.locator('.checks'));

    // The presenter window.
    await app.getByRole('button', { name: '발표', exact: true }).click();
    const presenter = await shell.waitForWindow('presenter');
    await expect(presenter.locator('body[data-ready="true"]')).toBeAttached();
    await expect(presenter.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(presenter.getByRole('button', { name: '화면 가리기' })).toBeVisible();
    await expectKorean(presenter.locator('.pv-top .pv-deck .pv-label, .pv-figures .pv-label, .pv-controls, .pv-notes-head, .pv-next > h2'));
    await expect(presenter.title()).resolves.toMatch(/^발표자 보기 — /);
    // The slides keep the deck's language.
    const deckLang = await app.evaluate(() => document.querySelector('[data-testid="preview"]')!.getAttribute('lang'));
    await expect(presenter.locator('#current .reveal')).toHaveAttribute('lang', deckLang!);
    expect(shell.errors).toEqual([]);
  });

  test("main's failures and the importer's warnings reach the Korean UI in Korean", async ({ app, dialogs, files, shell }) => {
    // A deck cut off mid-file: main's open fails with a DeckError, sent as keys beside the English line.
    await files.write('broken.briefdeck', '{"type": "briefdeck", "version": 1, "deck": {"meta": ');
    dialogs.open(files.path('broken.briefdeck'));
    await shell.emit('editor', 'menu:command', { id: 'file.open' });
    await expect(app.getByTestId('notice')).toHaveText('“broken.briefdeck” 파일을 열 수 없습니다. 올바른 JSON이 아닙니다(파일이 손상되었거나 잘렸을 수 있습니다).');
    await expect(app.getByTestId('notice')).toHaveAttribute('role', 'alert');

    // An outline whose first line is an e-mail header: imported, and the parser's warning is Korean.
    await files.write('memo.md', 'To: all staff\n## 현황\n- 요점\n');
    dialogs.importFrom(files.path('memo.md'));
    await shell.emit('editor', 'menu:command', { id: 'file.import' });
    await expect(app.getByTestId('notice')).toHaveText('memo.md을(를) 가져왔습니다 — 1번째 줄: 첫 섹션 앞의 "To:"은(는) 알 수 없는 표지여서 이 줄을 무시했습니다: To: all staff');
    expect(shell.errors).toEqual([]);
  });
});

test('switching the language in the running app changes labels and menus, never the deck', async ({ app, shell }) => {
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
  await app.getByTestId('template-rok-us-defense-industry').click();
  await expect(app.getByTestId('preview')).toHaveAttribute('data-ready', 'true');
  const deckView = async () => ({
    outline: await app.locator('[data-testid="outline"] .outline-title').allTextContents(),
    slides: await app.locator('[data-testid="preview"] .slides > section').allTextContents(),
    title: await app.locator('.doc-title').textContent(),
    lang: await app.getByTestId('preview').getAttribute('lang'),
  });
  const before = await deckView();
  await expect.poll(() => shell.menuLabels().map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Present', 'Help']);
  const builds = shell.menuBuilds;

  // Palette → "Language: 한국어".
  await app.keyboard.press(`${MOD}+k`);
  await app.getByRole('combobox', { name: 'Type a command' }).fill('language');
  await app.getByRole('option', { name: /Language: 한국어/ }).click();

  await expect(app.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(app.getByRole('tab', { name: '덱' })).toBeVisible();
  await expect(app.getByRole('button', { name: '저장', exact: true })).toBeVisible();
  await expect.poll(() => shell.menuLabels().map((m) => m.label)).toEqual(['파일', '편집', '보기', '발표', '도움말']);
  expect(shell.menuBuilds).toBeGreaterThan(builds);
  expect(shell.menuLabels()[0]!.items).toContain('다른 이름으로 저장…');
  // The deck is untouched: same outline, same slides (still English), not dirty.
  expect(await deckView()).toEqual(before);
  await expect(app.getByTestId('dirty')).toHaveCount(0);

  // The choice persists: the next start opens in Korean.
  const again = await shell.openEditor();
  await expect(again.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(again.getByRole('heading', { name: '새 브리핑' })).toBeVisible();
  await again.close();

  // And back, from the start screen's picker.
  await app.getByRole('button', { name: '시작 화면' }).click();
  await app.getByTestId('ui-lang').selectOption('en');
  await expect(app.getByRole('heading', { name: 'New briefing' })).toBeVisible();
  await expect.poll(() => shell.menuLabels()[0]?.label).toBe('File');
  await app.getByRole('button', { name: 'Back to current deck' }).click();
  expect(await deckView()).toEqual(before);
  expect(shell.errors).toEqual([]);
});
