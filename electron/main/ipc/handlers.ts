/**
 * What each invoke channel does, on the injected platform and services. Dialogs are asked
 * here (not in the services) so the services stay plain "path in, result out" and testable.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DocState, Failure } from '../../shared/contract.ts';
import type { DialogFolders } from '../services/dialog-folders.ts';
import type { ExportWriter } from '../services/export-writer.ts';
import { DeckError } from '../../../engine/format/index.ts';
import { importFile, importKindOf } from '../import/import-file.ts';
import { because, failure, reasonOf } from '../services/failures.ts';
import { renderUiMessage } from '../../../engine/i18n/ui-message.ts';
import type { FileStore } from '../services/file-store.ts';
import { isDeckPath, type KnownPaths } from '../services/known-paths.ts';
import { readImageAsDataUrl } from '../services/image-picker.ts';
import type { Platform } from '../services/ports.ts';
import type { RecentFiles } from '../services/recent-files.ts';
import type { RecoveryJournal } from '../services/recovery-journal.ts';
import type { Spelling } from '../services/spelling.ts';
import type { Presenter } from '../present/presenter.ts';
import type { UiLanguage } from '../services/ui-language.ts';
import { safeExternalUrl, windowTitle } from '../security/policy.ts';
import type { Handlers } from './register.ts';

export interface Services {
  known: KnownPaths;
  files: FileStore;
  recent: RecentFiles;
  recovery: RecoveryJournal;
  exporter: ExportWriter;
  presenter: Presenter;
  language: UiLanguage;
  folders: DialogFolders;
  spelling: Spelling;
}

/** The editor's last reported document state (for the title and the close prompt). */
export interface DocTracker {
  get(): DocState;
  set(state: DocState): void;
  /** The editor's next report (its reply to `app:save-before-close`), or null on timeout. */
  nextReport(timeoutMs: number): Promise<DocState | null>;
}

export function createDocTracker(platform: Platform): DocTracker {
  let state: DocState = { name: 'Untitled', dirty: false };
  const waiters = new Set<(s: DocState) => void>();
  return {
    get: () => state,
    set: (next) => {
      state = next;
      platform.setTitle(windowTitle(next.name, next.dirty, platform.info.platform), next.dirty);
      for (const waiter of [...waiters]) waiter(next);
    },
    nextReport: (timeoutMs) =>
      new Promise((resolve) => {
        const done = (s: DocState | null) => {
          clearTimeout(timer);
          waiters.delete(done);
          resolve(s);
        };
        const timer = setTimeout(() => done(null), timeoutMs);
        waiters.add(done);
      }),
  };
}

/** A file name from the deck title: no path separators or characters Windows refuses. */
export function suggestedFileName(title: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const cleaned = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return cleaned || 'Untitled briefing';
}

/**
 * The dialog's path with `ext` added when the name lacks it: GTK's save dialog does not add
 * the filter's extension (Windows and macOS do), and a deck without `.briefdeck` would not
 * open by double-click or from Open Recent. The dialog only asked about replacing the name
 * it showed, so an existing file under the longer name is refused rather than overwritten.
 */
export async function withExtension(path: string, ext: string): Promise<string | Failure> {
  if (path.toLowerCase().endsWith(ext)) return path;
  const full = `${path}${ext}`;
  const exists = await stat(full).then(
    () => true,
    () => false,
  );
  return exists ? failure('conflict', `${basename(full)} already exists: choose it in the dialog to replace it, or pick another name.`, { key: 'failures:exists', params: { name: basename(full) } }) : full;
}

export function createHandlers(platform: Platform, services: Services, doc: DocTracker): Handlers {
  const { files, recent, recovery, exporter, presenter, known, folders } = services;
  return {
    'app:info': () => platform.info,

    'deck:open': async (_ctx, req) => {
      // A path named by the renderer (recent file, drop) must be a deck; the dialog may pick any file.
      if (req.path && !isDeckPath(req.path)) return failure('unsupported', `Only .briefdeck files open here: ${req.path.slice(-100)}`, { key: 'failures:onlyDecks', params: { path: req.path.slice(-100) } });
      const path = req.path ?? (await platform.dialogs.openDeck(await folders.start('open')));
      if (!path) return failure('canceled', 'Open canceled.', { key: 'failures:canceled' });
      if (!req.path) folders.picked('open', path);
      const result = await files.open(path);
      if (result.ok) {
        known.add(path);
        folders.deckAt(path);
        await recent.add(path).catch(() => undefined);
      } else if (!(await stat(path).then(() => true, () => false))) {
        // A recent file that was moved or deleted: stop offering it.
        await recent.remove(path).catch(() => undefined);
      }
      return result;
    },

    'deck:save': async (_ctx, req) => {
      let { path, overwrite } = req;
      if (!path) {
        const title = typeof req.deck?.meta?.title === 'string' ? req.deck.meta.title : '';
        const chosen = await platform.dialogs.saveDeck(`${suggestedFileName(title)}.briefdeck`, await folders.start('save'));
        if (!chosen) return failure('canceled', 'Save canceled.', { key: 'failures:canceled' });
        folders.picked('save', chosen);
        const named = await withExtension(chosen, '.briefdeck');
        if (typeof named !== 'string') return named;
        path = named;
        // The OS save dialog already asked "replace?" when the file exists.
        overwrite = true;
      } else if (!known.has(path)) {
        return failure('invalid', 'Choose where to save with Save As: this file was not opened or saved in this session.', { key: 'failures:saveAsFirst' });
      }
      const result = await files.save({ ...req, path, overwrite: overwrite === true });
      if (result.ok) {
        known.add(path);
        folders.deckAt(path);
        await recent.add(path).catch(() => undefined);
      }
      return result;
    },

    'deck:revert': async (_ctx, req) => {
      if (!known.has(req.path)) return failure('invalid', 'Only a file opened in this session can be reverted.', { key: 'failures:revertUnknown' });
      return files.open(req.path);
    },
    'deck:import': async (_ctx, req) => {
      // A path named by the renderer must be one of the importable kinds; the dialog filters its own.
      if (req.path && !importKindOf(req.path)) return failure('unsupported', `Only outlines (.md, .txt) and PowerPoint files (.pptx) import: ${req.path.slice(-100)}`, { key: 'failures:onlyImportable', params: { path: req.path.slice(-100) } });
      const path = req.path ?? (await platform.dialogs.importFile(await folders.start('open')));
      if (!path) return failure('canceled', 'Import canceled.', { key: 'failures:canceled' });
      if (!req.path) folders.picked('open', path);
      try {
        const { deck, warnings, warningsUi } = await importFile(path, basename(path));
        return { ok: true, deck, name: basename(path), warnings: warnings.slice(0, 20), warningsUi: warningsUi.slice(0, 20) };
      } catch (error) {
        const ui = because({ key: 'failures:action.import', params: { name: basename(path) } }, reasonOf(error));
        return failure(error instanceof DeckError && error.code === 'too-large' ? 'too-large' : 'invalid', error instanceof Error ? error.message : String(error), ui);
      }
    },
    'recent:list': () => recent.list(),
    'recovery:write': (_ctx, req) => recovery.write(req.docId, req.deck, req.path),
    'recovery:clear': (_ctx, req) => recovery.clear(req.docId),

    'recovery:list': async () => {
      const { decks, notices, noticesUi } = await recovery.list();
      // A native dialog: main words it in the UI language itself.
      const { language } = services;
      notices.forEach((notice, i) => void platform.dialogs.notice(language.lang() === 'en' || !noticesUi[i] ? notice : renderUiMessage(noticesUi[i], (key, options) => language.t(key, options))));
      return decks;
    },

    'recovery:restore': async (_ctx, req) => {
      const result = await recovery.restore(req.id);
      // The journal's path came from the renderer: trust it only as a deck path.
      if (result.ok && result.path && isDeckPath(result.path)) known.add(result.path);
      return result;
    },
    'recovery:discard': (_ctx, req) => recovery.discard(req.id),

    'export:run': async (_ctx, req) => {
      const title = typeof req.deck?.meta?.title === 'string' ? req.deck.meta.title : '';
      const suggested = `${suggestedFileName(req.suggestedName ?? title)}.${req.format}`;
      const chosen = await platform.dialogs.exportTarget(req.format, suggested, await folders.start('export'));
      if (!chosen) return failure('canceled', 'Export canceled.', { key: 'failures:canceled' });
      folders.picked('export', chosen);
      const path = await withExtension(chosen, `.${req.format}`);
      if (typeof path !== 'string') return path;
      return exporter.run({
        deck: req.deck,
        format: req.format,
        path,
        notesPages: req.notesPages === true,
        ...(req.pdfLayout ? { pdfLayout: req.pdfLayout } : {}),
        speakerNotes: req.speakerNotes === true,
        onProgress: (fraction, label, ui) => platform.send('editor', 'export:progress', { fraction, label, ui }),
      });
    },

    'present:start': (_ctx, req) => presenter.start(req),
    'present:stop': () => presenter.stop(),

    'image:pick': async () => {
      const path = await platform.dialogs.pickImage(await folders.start('image'));
      if (!path) return failure('canceled', 'No image chosen.', { key: 'failures:canceled' });
      folders.picked('image', path);
      return readImageAsDataUrl(path);
    },

    'doc:state': (_ctx, state) => doc.set(state),

    'shell:open-external': async (_ctx, url) => {
      const safe = safeExternalUrl(url);
      if (!safe) return failure('unsupported', `Only https and mailto links open outside Briefdeck: ${url.slice(0, 100)}`, { key: 'failures:onlyWebLinks', params: { url: url.slice(0, 100) } });
      await platform.openInBrowser(safe);
      return { ok: true };
    },

    'present:session': () => presenter.session(),
    'present:control': (_ctx, cmd) => presenter.control(cmd),
    'ui:set-lang': (_ctx, lang) => services.language.set(lang),

    'spell:check': (_ctx, word) => services.spelling.check(word),
    'spell:add': async (_ctx, word) => ((await services.spelling.add(word)) ? { ok: true } : failure('invalid', `Only English or Korean words can be added to the dictionary: ${word.slice(0, 64)}`, { key: 'failures:spellAdd', params: { word: word.slice(0, 64) } })),
    'edit:paste': (ctx) => platform.paste(ctx.senderId),
  };
}
