/**
 * The desktop shell's flows end to end in Chromium, through `window.briefdeck` (the real
 * bridge code) to the real main-process services on real temp folders. The editor's own
 * e2e tests drive the same fixture through the UI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DeckSchema, type Deck } from '../../engine/model/schema.ts';
import type { BriefdeckApi } from '../../electron/shared/bridge.ts';
import { expect, test } from './fixtures/app.ts';

function deck(title: string, sections = 3): Deck {
  return DeckSchema.parse({
    meta: { title, presenter: 'Desk officer' },
    marking: { level: 'unclassified' },
    settings: { agenda: false },
    sections: Array.from({ length: sections }, (_, i) => ({
      id: `s${i + 1}`,
      title: `Section ${i + 1}`,
      points: [{ id: `p${i + 1}`, text: `Point ${i + 1} of ${title}` }],
      notes: `Say the numbers for section ${i + 1} slowly.`,
    })),
  });
}

/** Run a bridge call in the page and return its result. */
function call<T>(page: Page, fn: (api: BriefdeckApi, arg: unknown) => Promise<T>, arg?: unknown): Promise<T> {
  return page.evaluate(
    async ([source, a]) => {
      const api = (window as unknown as { briefdeck: BriefdeckApi }).briefdeck;
      return new Function('api', 'arg', `return (${source})(api, arg)`)(api, a) as Promise<T>;
    },
    [fn.toString(), arg] as const,
  );
}

function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}

test.afterEach(async ({ shell }) => {
  // The app's pages ran under the app CSP without a refusal or an uncaught error.
  expect(shell.errors).toEqual([]);
});

test.describe('files', () => {
  test('open through the dialog, by path, and a bad file refused in one line without touching it', async ({ app, dialogs, files }) => {
    const path = await files.write('brief.briefdeck', deck('Fleet readiness'));
    dialogs.open(path);
    const opened = await call(app, (api) => api.openDeck());
    expect(opened).toMatchObject({ ok: true, path, name: 'brief.briefdeck' });
    expect(opened.ok && opened.deck.meta.title).toBe('Fleet readiness');
    expect(dialogs.asked).toEqual(['open']);

    const direct = await call(app, (api, p) => api.openDeck(p as string), path);
    expect(direct.ok).toBe(true);

    const bad = await files.write('bad.briefdeck', '{"type":"briefdeck","version":2,"deck":{"sections":[{"id":"a","title":7}]}}');
    const before = readFileSync(bad, 'utf8');
    const refused = await call(app, (api, p) => api.openDeck(p as string), bad);
    expect(refused).toMatchObject({ ok: false, code: 'invalid' });
    expect(refused.ok ? '' : refused.message).not.toContain('\n');
    expect(readFileSync(bad, 'utf8')).toBe(before);

    // A file dropped on the window (the browser hides its path; the bridge recovers it).
    const dropped = await app.evaluate(async () => {
      const file = new File(['ignored'], 'brief.briefdeck');
      return (window as unknown as { briefdeck: BriefdeckApi }).briefdeck.openDroppedFile(file);
    });
    expect(dropped).toMatchObject({ ok: true, path });

    const future = await files.write('future.briefdeck', JSON.stringify({ type: 'briefdeck', version: 99, deck: {} }));
    expect(await call(app, (api, p) => api.openDeck(p as string), future)).toMatchObject({ ok: false, code: 'unsupported' });
    expect(await call(app, (api) => api.openDeck())).toMatchObject({ ok: false, code: 'canceled' });
  });

  test('save keeps a backup, refuses to overwrite a file changed on disk, and save-as asks for a path', async ({ app, dialogs, files }) => {
    const path = await files.write('brief.briefdeck', deck('Version one'));
    const opened = await call(app, (api, p) => api.openDeck(p as string), path);
    if (!opened.ok) throw new Error(opened.message);

    const saved = await call(app, (api, o) => api.saveDeck(o as never), { deck: deck('Version two'), path, expectedMtimeMs: opened.mtimeMs });
    expect(saved).toMatchObject({ ok: true, path });
    expect((await files.readDeck('brief.briefdeck')).meta.title).toBe('Version two');
    expect((await files.readDeck('brief.briefdeck.bak')).meta.title).toBe('Version one');

    // Someone else edits the file: the next save must not silently overwrite it.
    writeFileSync(path, readFileSync(path, 'utf8').replace('Version two', 'Their version'));
    const later = new Date(Date.now() + 10_000);
    (await import('node:fs')).utimesSync(path, later, later);
    const conflict = await call(app, (api, o) => api.saveDeck(o as never), { deck: deck('Version three'), path, expectedMtimeMs: saved.ok ? saved.mtimeMs : 0 });
    expect(conflict).toMatchObject({ ok: false, code: 'conflict' });
    expect((await files.readDeck('brief.briefdeck')).meta.title).toBe('Their version');

    dialogs.save(files.path('copy.briefdeck'));
    const savedAs = await call(app, (api, o) => api.saveDeck(o as never), { deck: deck('Version three'), path: null, expectedMtimeMs: null });
    expect(savedAs).toMatchObject({ ok: true, name: 'copy.briefdeck' });
    expect(dialogs.asked).toContain('save:Version three.briefdeck');
    expect((await files.readDeck('copy.briefdeck')).meta.title).toBe('Version three');

    const recent = await call(app, (api) => api.recentFiles());
    expect(recent.map((r) => r.name)).toEqual(['copy.briefdeck', 'brief.briefdeck']);
    expect(await files.list()).toEqual(['brief.briefdeck', 'brief.briefdeck.bak', 'copy.briefdeck']);
  });

  test('an invalid deck over IPC is refused and nothing is written', async ({ app, dialogs, files }) => {
    dialogs.save(files.path('x.briefdeck'));
    const result = await call(app, (api) => api.saveDeck({ deck: { sections: 'nope' } as never, path: null, expectedMtimeMs: null }));
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    expect(result.ok ? '' : result.message).toContain('sections');
    expect(await files.list()).toEqual([]);
  });

  test('the renderer cannot name a file it never opened and overwrite it', async ({ app, files }) => {
    const path = await files.write('theirs.briefdeck', deck('Not yours'));
    const before = readFileSync(path, 'utf8');
    const result = await call(app, (api, p) => api.saveDeck({ deck: {} as never, path: p as string, expectedMtimeMs: null, overwrite: true }), path);
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  test('a deck from a second launch or the OS association reaches the editor, and becomes writable', async ({ app, shell, files }) => {
    await files.write('outside.briefdeck', deck('From the file manager'));
    await app.evaluate(() => {
      const w = window as unknown as { briefdeck: BriefdeckApi; opened: unknown[] };
      w.opened = [];
      w.briefdeck.on('deck:opened', (r) => w.opened.push(r));
    });
    await shell.openFromOutside(['--some-flag', 'outside.briefdeck']);
    const opened = await app.evaluate(() => (window as unknown as { opened: { ok: boolean; name: string; mtimeMs: number; deck: Deck }[] }).opened);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ ok: true, name: 'outside.briefdeck' });
    const saved = await call(app, (api, o) => api.saveDeck(o as never), { deck: deck('Saved back'), path: files.path('outside.briefdeck'), expectedMtimeMs: opened[0]!.mtimeMs });
    expect(saved).toMatchObject({ ok: true });

    await files.write('broken.briefdeck', '{ not json');
    await shell.openFromOutside(['broken.briefdeck']);
    const second = await app.evaluate(() => (window as unknown as { opened: { ok: boolean; message?: string }[] }).opened[1]);
    expect(second).toMatchObject({ ok: false });
    expect(second!.message).not.toContain('\n');
  });

  test('the window title follows the document state', async ({ app, shell }) => {
    await call(app, (api) => api.setDocState({ name: 'brief.briefdeck', dirty: true }));
    expect(shell.titles.at(-1)).toMatch(/brief\.briefdeck — Briefdeck$/);
    expect(shell.titles.at(-1)).toContain('•');
  });
});

test.describe('recovery', () => {
  test('unsaved work survives a crash and is offered, with its time, on the next start', async ({ app, shell, dialogs, userData }) => {
    const written = await call(app, (api, d) => api.writeRecovery('doc-1', d as Deck, null), deck('Unsaved draft'));
    expect(written.ok).toBe(true);
    // Simulated crash: the editor disappears without clearing its journal.
    await app.close();

    // A torn journal entry from the same crash must not stop the others being offered.
    writeFileSync(join(userData, 'recovery', 'doc-2.json'), '{"type":"briefdeck-recovery","version":1,"id":"doc-2","deck":"{');

    const restarted = await shell.openEditor();
    const offered = await call(restarted, (api) => api.listRecovered());
    expect(offered).toHaveLength(1);
    expect(offered[0]).toMatchObject({ id: 'doc-1', title: 'Unsaved draft', path: null });
    expect(offered[0]!.savedAt).toBe(written.ok ? written.savedAt : -1);
    expect(dialogs.notices.some((n) => n.includes('doc-2.json'))).toBe(true);

    const restored = await call(restarted, (api) => api.restoreRecovered('doc-1'));
    expect(restored.ok && restored.deck.meta.title).toBe('Unsaved draft');
    await call(restarted, (api) => api.discardRecovered('doc-1'));
    expect(await call(restarted, (api) => api.listRecovered())).toEqual([]);
  });
});

test.describe('closing', () => {
  test("unsaved changes ask first: Cancel keeps the window, Don't Save closes it and drops the journal", async ({ app, shell, dialogs, userData }) => {
    await call(app, (api, d) => api.writeRecovery('doc-close', d as Deck, null), deck('Draft'));
    await call(app, (api) => api.setDocState({ name: 'Draft.briefdeck', dirty: true, docId: 'doc-close' }));
    expect(existsSync(join(userData, 'recovery', 'doc-close.json'))).toBe(true);
    dialogs.close('cancel');
    expect(await shell.requestClose(app)).toBe(false);
    expect(app.isClosed()).toBe(false);
    dialogs.close('discard');
    expect(await shell.requestClose(app)).toBe(true);
    expect(app.isClosed()).toBe(true);
    expect(dialogs.asked.filter((a) => a.startsWith('close:'))).toEqual(['close:Draft.briefdeck', 'close:Draft.briefdeck']);
    expect(existsSync(join(userData, 'recovery', 'doc-close.json'))).toBe(false);
  });

  test('a clean document closes without a question', async ({ app, shell, dialogs }) => {
    await call(app, (api) => api.setDocState({ name: 'Saved.briefdeck', dirty: false }));
    expect(await shell.requestClose(app)).toBe(true);
    expect(dialogs.asked).toEqual([]);
  });
});

test.describe('export', () => {
  test('HTML: one offline file that boots reveal.js from file://', async ({ app, dialogs, files, browser }) => {
    dialogs.exportTo(files.path('brief.html'));
    await app.evaluate(() => {
      const w = window as unknown as { briefdeck: BriefdeckApi; progress: number[] };
      w.progress = [];
      w.briefdeck.on('export:progress', (p) => w.progress.push(p.fraction));
    });
    const result = await call(app, (api, d) => api.exportDeck({ deck: d as Deck, format: 'html' }), deck('Export me'));
    // Progress reached the editor and ended at 1.
    await expect.poll(() => app.evaluate(() => (window as unknown as { progress: number[] }).progress.at(-1))).toBe(1);
    expect(result).toMatchObject({ ok: true, path: files.path('brief.html') });
    expect(dialogs.asked).toContain('export-html:Export me.html');
    const html = await files.read('brief.html');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);

    const context = await browser.newContext();
    await context.route(/^(?!file:)/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`file://${files.path('brief.html')}`);
    await page.waitForSelector('html[data-bd-ready="true"]');
    expect(await page.locator('.reveal .slides > section').count()).toBeGreaterThanOrEqual(4);
    await context.close();
  });

  test('PDF: one page per slide, and notes pages on request', async ({ app, dialogs, files, shell }) => {
    test.setTimeout(120_000); // two Chromium prints; generous on a loaded machine
    dialogs.exportTo(files.path('plain.pdf'));
    dialogs.exportTo(files.path('notes.pdf'));
    const plain = await call(app, (api, d) => api.exportDeck({ deck: d as Deck, format: 'pdf' }), deck('Print me'));
    expect(plain).toMatchObject({ ok: true });
    const notes = await call(app, (api, d) => api.exportDeck({ deck: d as Deck, format: 'pdf', notesPages: true }), deck('Print me'));
    expect(notes).toMatchObject({ ok: true });
    const pageText = (file: string, page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), files.path(file), '-'], { encoding: 'utf8' });
    const plainPages = pdfPages(files.path('plain.pdf'));
    // title + 3 sections + closing slide (agenda off, no sources)
    expect(plainPages).toBe(5);
    expect(execFileSync('pdftotext', [files.path('plain.pdf'), '-'], { encoding: 'utf8' })).not.toContain('Say the numbers');
    expect(shell.printed.map((p) => p.notesPages)).toEqual([false, true]);
    // Each section's notes get a page of their own right after its slide; the slide after
    // them starts on a fresh page (nothing spills over).
    expect(pdfPages(files.path('notes.pdf'))).toBe(8);
    for (const [page, section] of [[2, 1], [4, 2], [6, 3]] as const) {
      expect(pageText('notes.pdf', page)).toContain(`Section ${section}`);
      expect(pageText('notes.pdf', page)).not.toContain('Say the numbers');
      expect(pageText('notes.pdf', page + 1)).toContain(`Say the numbers for section ${section} slowly.`);
      expect(pageText('notes.pdf', page + 1)).not.toContain('Section');
    }
    // The marking banners (top and bottom) are on every printed page, notes pages included.
    for (const [file, pages] of [['plain.pdf', plainPages], ['notes.pdf', 8]] as const) {
      for (let page = 1; page <= pages; page++) expect(pageText(file, page).match(/UNCLASSIFIED/g), `${file} page ${page}`).toHaveLength(2);
    }
  });

  test('a canceled export writes nothing', async ({ app, files }) => {
    expect(await call(app, (api, d) => api.exportDeck({ deck: d as Deck, format: 'html' }), deck('x'))).toMatchObject({ ok: false, code: 'canceled' });
    expect(await files.list()).toEqual([]);
  });
});

test.describe('present', () => {
  test('audience on the projector, presenter view with notes, next slide, timer and n / N, driven by keys', async ({ app, shell }) => {
    const started = await call(app, (api, d) => api.present({ deck: d as Deck, startSectionId: null }), deck('Present me'));
    expect(started).toMatchObject({ ok: true });
    expect(shell.plans[0]).toMatchObject({ audience: { label: 'Projector' }, presenter: { label: 'Built-in display' }, presenterVisible: true });

    const audience = await shell.waitForWindow('audience');
    const presenter = await shell.waitForWindow('presenter');
    await expect(audience.locator('body[data-ready="true"]')).toBeAttached();
    await expect(presenter.locator('body[data-ready="true"]')).toBeAttached();
    await expect(presenter.locator('#position')).toHaveText('1 / 5');
    await expect(presenter.locator('#elapsed')).toHaveText(/^\d\d:\d\d$/);
    await expect(presenter.locator('#remaining')).toHaveText(/^(09|10):\d\d$/);
    await expect(presenter.locator('#clock')).not.toHaveText('--:--');

    // Presenter keys drive both windows through main.
    await presenter.keyboard.press('ArrowRight');
    await expect(presenter.locator('#position')).toHaveText('2 / 5');
    await expect(audience.locator('body')).toHaveAttribute('data-index', '1');
    await expect(presenter.locator('#notes')).toContainText('Say the numbers for section 1 slowly.');
    // The notes text grows and shrinks with + and - (local to the presenter view).
    const notesSize = () => presenter.locator('#notes').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await notesSize();
    await presenter.keyboard.press('+');
    await presenter.keyboard.press('+');
    await expect(presenter.locator('body')).toHaveAttribute('data-notes-scale', '1.2');
    expect(await notesSize()).toBeCloseTo(before * 1.2, 0);
    await presenter.getByRole('button', { name: 'Smaller notes text' }).click();
    await expect(presenter.locator('body')).toHaveAttribute('data-notes-scale', '1.1');
    await expect(presenter.locator('#position')).toHaveText('2 / 5');
    await presenter.keyboard.press('PageDown');
    await presenter.keyboard.press('Space');
    await expect(audience.locator('body')).toHaveAttribute('data-index', '3');
    await presenter.keyboard.press('PageUp');
    await expect(presenter.locator('#position')).toHaveText('3 / 5');
    await expect(audience.locator('.reveal .slides > section.present')).toContainText('Section 2');

    // B: black screen on the audience, shown in the presenter view; any move clears it.
    await presenter.keyboard.press('b');
    await expect(audience.locator('#blank')).toBeVisible();
    await expect(presenter.locator('#blank-state')).toBeVisible();
    await audience.keyboard.press('ArrowRight');
    await expect(audience.locator('#blank')).toBeHidden();
    await expect(presenter.locator('#position')).toHaveText('4 / 5');

    // Esc ends the show: both windows close, the editor hears about it.
    const ended = app.evaluate(() => new Promise<boolean>((resolve) => (window as unknown as { briefdeck: BriefdeckApi }).briefdeck.on('present:ended', () => resolve(true))));
    await presenter.keyboard.press('Escape');
    expect(await ended).toBe(true);
    await expect.poll(() => shell.windows('audience').length + shell.windows('presenter').length).toBe(0);
    expect(await call(app, (api) => api.presentSession())).toBeNull();
  });

  test('the present windows show slides as the export does: dense bodies shrink to fit, backup slides hide n / N', async ({ app, shell }) => {
    const d = deck('Dense', 1);
    d.sections[0]!.points = Array.from({ length: 14 }, (_, i) => ({ ...d.sections[0]!.points[0]!, id: `d${i}`, text: `A long point number ${i} that takes up a full line on the slide and then some more words` }));
    d.sections.push({ ...d.sections[0]!, id: 'bk', kind: 'backup', title: 'Backup detail', points: [{ ...d.sections[0]!.points[0]!, id: 'b1', text: 'Only if asked' }] });
    await call(app, (api, x) => api.present({ deck: x as Deck, startSectionId: 's1' }), DeckSchema.parse(d));
    const audience = await shell.waitForWindow('audience');
    const presenter = await shell.waitForWindow('presenter');
    await expect(audience.locator('body[data-ready="true"]')).toBeAttached();
    await expect(presenter.locator('body[data-ready="true"]')).toBeAttached();
    // NaN until the slide has been measured (no data-bd-fit yet).
    const fitOf = async (page: Page) => Number((await page.locator('.reveal .slides > section.present > .bd-body').first().getAttribute('data-bd-fit')) ?? NaN);
    await expect.poll(() => fitOf(audience)).toBeLessThan(1);
    expect(await fitOf(audience)).toBeGreaterThanOrEqual(0.6);
    expect(await audience.locator('.reveal').first().getAttribute('class')).not.toContain('bd-uncounted');
    // The backup slide comes after the closing slide; n / N leaves it out in both windows.
    await presenter.keyboard.press('End');
    await expect(audience.locator('.reveal.bd-uncounted')).toHaveCount(1);
    await expect(presenter.locator('#position')).toHaveText('Backup 1 / 1');
    await call(app, (api) => api.stopPresenting());
  });

  test('questions: the presenter jumps to B2, a slide number or an overview card; the audience sees only the slide', async ({ app, shell }) => {
    const d = deck('Questions', 3);
    for (const [i, title] of ['Backup one', 'Backup two', 'Backup three'].entries()) {
      d.sections.push({ ...d.sections[0]!, id: `bk${i}`, kind: 'backup', title, points: [{ ...d.sections[0]!.points[0]!, id: `bp${i}`, text: `Detail ${i + 1}` }] });
    }
    await call(app, (api, x) => api.present({ deck: x as Deck, startSectionId: null }), DeckSchema.parse(d));
    const audience = await shell.waitForWindow('audience');
    const presenter = await shell.waitForWindow('presenter');
    await expect(audience.locator('body[data-ready="true"]')).toBeAttached();
    await expect(presenter.locator('body[data-ready="true"]')).toBeAttached();
    const shown = audience.locator('.reveal .slides > section.present');

    // B2 then Enter: typed into the presenter, B is a letter here (not "black screen").
    await presenter.getByRole('textbox', { name: 'Go to slide' }).click();
    await presenter.keyboard.type('B2');
    await presenter.keyboard.press('Enter');
    await expect(shown).toContainText('Backup two');
    await expect(shown).toHaveAttribute('data-visibility', 'uncounted');
    await expect(presenter.locator('#position')).toHaveText('Backup 2 / 3');
    await expect(audience.locator('#blank')).toBeHidden();

    // A digit typed anywhere starts the box; 3 Enter is the third counted slide (Section 2).
    await presenter.locator('body').press('3');
    await presenter.keyboard.press('Enter');
    await expect(presenter.locator('#position')).toHaveText('3 / 5');
    await expect(shown).toContainText('Section 2');
    // A slide that does not exist is refused with the limit, and nothing moves.
    await presenter.locator('body').press('9');
    await presenter.keyboard.press('Enter');
    await expect(presenter.locator('#jump-status')).toHaveText('There is no slide 9: slides run from 1 to 5.');
    await expect(presenter.locator('#position')).toHaveText('3 / 5');
    await presenter.keyboard.press('Escape');

    // The backups list jumps too.
    await presenter.locator('.pv-backups').getByRole('button', { name: /B-3/ }).click();
    await expect(shown).toContainText('Backup three');

    // O opens the overview; arrows move, Enter shows that slide; Esc closes it without ending the show.
    await presenter.locator('body').press('o');
    const overview = presenter.getByRole('dialog', { name: 'All slides' });
    await expect(overview).toBeVisible();
    await expect(overview.getByRole('option')).toHaveCount(8);
    // Each card shows its slide, scaled to the card, also after the window is resized.
    const thumbFits = () =>
      overview.locator('.pv-thumb').first().evaluate((frame) => {
        const stage = frame.querySelector('.pv-thumb-stage')!.getBoundingClientRect();
        return Math.abs(stage.width - frame.getBoundingClientRect().width) < 2;
      });
    await expect(overview.locator('.pv-thumb section.bd-title')).toContainText('Questions');
    expect(await thumbFits()).toBe(true);
    await presenter.setViewportSize({ width: 900, height: 700 });
    await expect.poll(thumbFits).toBe(true);
    await expect(overview.locator('.pv-card:focus')).toHaveAttribute('data-label', 'B-3');
    await presenter.keyboard.press('Home');
    await presenter.keyboard.press('ArrowRight');
    await expect(overview.locator('.pv-card:focus')).toHaveAttribute('data-label', '2');
    await presenter.keyboard.press('Enter');
    await expect(overview).toBeHidden();
    await expect(presenter.locator('#position')).toHaveText('2 / 5');
    await expect(audience.locator('body')).toHaveAttribute('data-index', '1');
    await presenter.locator('body').press('o');
    await expect(overview).toBeVisible();
    await presenter.keyboard.press('Escape');
    await expect(overview).toBeHidden();
    expect(shell.windows('presenter')).toHaveLength(1);
    await expect(presenter.locator('#position')).toHaveText('2 / 5');

    // None of the presenter's navigation exists in the audience window.
    await expect(audience.locator('#jump, .pv-overview, .pv-backups')).toHaveCount(0);
    await call(app, (api) => api.stopPresenting());
  });

  test.describe('in a Korean system', () => {
    test.use({ locale: 'ko-KR' });
    test('the presenter navigation speaks Korean and B2 still reaches the second backup', async ({ app, shell }) => {
      const d = deck('질의응답', 2);
      for (const [i, title] of ['참고 하나', '참고 둘'].entries()) {
        d.sections.push({ ...d.sections[0]!, id: `bk${i}`, kind: 'backup', title, points: [{ ...d.sections[0]!.points[0]!, id: `bp${i}`, text: `세부 ${i + 1}` }] });
      }
      await call(app, (api, x) => api.present({ deck: x as Deck, startSectionId: null }), DeckSchema.parse(d));
      const audience = await shell.waitForWindow('audience');
      const presenter = await shell.waitForWindow('presenter');
      await expect(presenter.locator('body[data-ready="true"]')).toBeAttached();
      await expect(audience.locator('body[data-ready="true"]')).toBeAttached();
      await expect(presenter.locator('.pv-backups h2')).toHaveText('백업 슬라이드');
      await presenter.getByRole('textbox', { name: '슬라이드 이동' }).fill('b-2');
      await presenter.keyboard.press('Enter');
      await expect(audience.locator('.reveal .slides > section.present')).toContainText('참고 둘');
      await presenter.getByRole('textbox', { name: '슬라이드 이동' }).fill('B9');
      await presenter.keyboard.press('Enter');
      await expect(presenter.locator('#jump-status')).toHaveText('B-9 백업 슬라이드가 없습니다. 백업은 B-1부터 B-2까지입니다.');
      await call(app, (api) => api.stopPresenting());
    });
  });

  test.describe('with one display', () => {
    test.use({ displays: [{ id: 1, label: 'Laptop', primary: true, bounds: { x: 0, y: 0, width: 1440, height: 900 } }] });
    test('the presenter view starts hidden and can be toggled', async ({ app, shell }) => {
      await call(app, (api, d) => api.present({ deck: d as Deck, startSectionId: 's2' }), deck('Solo'));
      expect(shell.plans[0]).toMatchObject({ presenterVisible: false });
      const audience = await shell.waitForWindow('audience');
      await expect(audience.locator('body')).toHaveAttribute('data-index', '2');
      // S in the fullscreen audience window brings the presenter view up, and S again hides it.
      await expect(audience.locator('body[data-ready="true"]')).toBeAttached();
      await audience.keyboard.press('s');
      await expect.poll(() => shell.presenterVisible).toEqual([true]);
      await call(audience, (api) => api.presentControl({ type: 'toggle-presenter' }));
      expect(shell.presenterVisible).toEqual([true, false]);
      await call(app, (api) => api.stopPresenting());
    });
  });
});

test.describe('security', () => {
  test('a page that is not one of the app windows is refused', async ({ app, context }) => {
    expect(await call(app, (api) => api.appInfo())).toMatchObject({ name: 'Briefdeck' });
    // Same origin, same bridge code — but not a window the shell opened.
    const stranger = await context.newPage();
    await stranger.goto('http://briefdeck.test/index.html');
    const error = await stranger.evaluate(() =>
      (window as unknown as { briefdeck: BriefdeckApi }).briefdeck.appInfo().then(
        () => 'allowed',
        (e: Error) => e.message,
      ),
    );
    expect(error).toContain('not a Briefdeck window');
  });

  test('the bridge exposes verbs only and links open outside only for https/mailto', async ({ app, dialogs }) => {
    const keys = await app.evaluate(() => Object.keys((window as unknown as { briefdeck: object }).briefdeck));
    expect(keys).not.toContain('invoke');
    expect(keys).toContain('saveDeck');
    expect(await call(app, (api) => api.openExternal('javascript:alert(1)'))).toMatchObject({ ok: false, code: 'unsupported' });
    expect(await call(app, (api) => api.openExternal('https://example.org/brief'))).toMatchObject({ ok: true });
    expect(dialogs.notices).toEqual(['external:https://example.org/brief']);
  });
});
