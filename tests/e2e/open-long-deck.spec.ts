/**
 * Opening a long deck (issue 10): the editor is editable once the first sections are drawn,
 * the preview draws the rest in idle time, and what was typed before that finished is neither
 * lost nor drawn stale: the finished preview is the whole-deck render of the saved deck.
 * No timings here; the bench (tests/bench/keystroke.ts) measures the time.
 */
import { expect, test } from './fixtures/app.ts';
import { generatedDeck } from './helpers/export-decks.ts';

const SECTIONS = 600;

test.afterEach(async ({ shell }) => {
  expect(shell.errors).toEqual([]);
});

test('a 600-section deck is editable before its preview is whole; early typing survives and the finished preview is the whole deck', async ({ app, dialogs, files, mainModule }) => {
  // 600 sections through the real main services, on a shared and busy machine.
  test.setTimeout(120_000);
  const { renderSlides } = mainModule.engineSlides;
  const path = await files.write('long.briefdeck', generatedDeck(SECTIONS));
  const total = renderSlides(await files.readDeck('long.briefdeck')).length;

  // At the moment the editor is editable (the bench's definition: every outline row, a point
  // field, the preview ready), note what the preview holds and type into the first point at once,
  // in the same task, before any idle work can run.
  await app.evaluate(() => {
    const w = window as unknown as { __first?: { slides: number; staging: string | null; rows: number } };
    new MutationObserver((_, obs) => {
      const preview = document.querySelector<HTMLElement>('[data-testid="preview"][data-ready="true"]');
      const field = document.querySelector<HTMLTextAreaElement>('[data-testid="points"] textarea');
      if (!preview || !field) return;
      obs.disconnect();
      w.__first = { slides: preview.querySelectorAll('.slides > section').length, staging: preview.dataset.staging ?? null, rows: document.querySelectorAll('[data-testid="outline"] > li').length };
      // React's own input path: the native value setter, then an input event.
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(field, `${field.value} EARLY`);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  dialogs.open(path);
  await app.getByTestId('open-deck').click();
  await expect.poll(() => app.evaluate(() => (window as unknown as { __first?: unknown }).__first ?? null), { timeout: 45_000 }).not.toBeNull();
  const first = await app.evaluate(() => (window as unknown as { __first: { slides: number; staging: string | null; rows: number } }).__first);
  expect(first.rows).toBe(SECTIONS);
  expect(first.staging).toBe('true');
  // The title, the agenda (every section already listed) and the first few sections: far from all.
  expect(first.slides).toBeGreaterThan(50);
  expect(first.slides).toBeLessThan(total / 4);

  const preview = app.getByTestId('preview');
  await expect(preview.locator('section[data-bd-section="sec1"] .bd-points li').first()).toContainText('EARLY', { timeout: 15_000 });

  // A section far down, chosen while the rest may still be drawing: its slide shows at once and takes typing.
  const row = app.locator('[data-testid="outline"] > li').nth(450);
  await row.locator('.outline-item').click();
  await expect(preview.locator('section.present')).toHaveAttribute('data-bd-section', 'sec451');
  const field = app.locator('[data-testid="points"] textarea').first();
  await field.click();
  await field.press('End');
  await field.pressSequentially(' LATE');
  await expect(preview.locator('section[data-bd-section="sec451"] .bd-points li').first()).toContainText('LATE');

  await expect(preview).not.toHaveAttribute('data-staging', 'true', { timeout: 30_000 });
  await expect(preview).toHaveAttribute('data-slides', String(total));
  await expect(app.locator('.preview-pos')).toHaveText(/^Slide \d+ of \d+$/);

  // Saved, the deck holds both edits; the preview is exactly the whole-deck render of it.
  await app.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(async () => (await files.readDeck('long.briefdeck')).sections[450]!.points[0]!.text).toContain('LATE');
  const saved = await files.readDeck('long.briefdeck');
  expect(saved.sections[0]!.points[0]!.text).toContain('EARLY');
  const expected = renderSlides(saved).map((s) => ({ key: s.key, html: s.html }));
  const mismatch = await app.evaluate((want) => {
    const live = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="preview"] .slides > section'));
    if (live.length !== want.length) return `count ${live.length} vs ${want.length}`;
    const t = document.createElement('template');
    for (let i = 0; i < want.length; i++) {
      const el = live[i]!;
      if (el.dataset.bdKey !== want[i]!.key) return `slide ${i}: key ${el.dataset.bdKey} vs ${want[i]!.key}`;
      // Only the fit step (a slide in view) touches a slide's content: it marks and scales the body.
      const copy = el.cloneNode(true) as HTMLElement;
      const body = copy.querySelector<HTMLElement>(':scope > .bd-body');
      body?.removeAttribute('data-bd-fit');
      body?.style.removeProperty('--bd-fit');
      if (body?.getAttribute('style') === '') body.removeAttribute('style');
      t.innerHTML = want[i]!.html;
      if (copy.innerHTML !== (t.content.firstElementChild as HTMLElement).innerHTML) return `slide ${i} (${want[i]!.key}) differs`;
    }
    return null;
  }, expected);
  expect(mismatch).toBeNull();
});
