/**
 * Builds every main-process service on an injected platform. Electron's main, the
 * Playwright fixture and the Electron-free tests all call this one function.
 */
import type { Deck } from '../../../engine/model/schema.ts';
import { createDocTracker, createHandlers, type DocTracker, type Services } from '../ipc/handlers.ts';
import type { Handlers } from '../ipc/register.ts';
import { createPresenter, type SlideSource } from '../present/presenter.ts';
import { createDialogFolders } from './dialog-folders.ts';
import { createExportWriter } from './export-writer.ts';
import { createFileStore } from './file-store.ts';
import { createKnownPaths } from './known-paths.ts';
import type { DeckCodec, Platform } from './ports.ts';
import { createRecentFiles } from './recent-files.ts';
import { createRecoveryJournal } from './recovery-journal.ts';
import { createAppMenu, type AppMenu } from './app-menu.ts';
import { createUiLanguage, type UiLanguage } from './ui-language.ts';
import { loadHunspell } from './hunspell.ts';
import { createSpelling, type SpellEngine, type SpellLang } from './spelling.ts';

export interface EngineDeps {
  codec: DeckCodec;
  compile(deck: Deck): string;
  slides: SlideSource;
  /** The spell-check engine per language; Hunspell with the bundled dictionaries when omitted. */
  spell?: (lang: SpellLang) => Promise<SpellEngine>;
}

export interface MainServices extends Services {
  doc: DocTracker;
  handlers: Handlers;
  menu: AppMenu;
}

/** `language` defaults to English until the editor reports its UI language (`ui:set-lang`). */
export function createMainServices(platform: Platform, engine: EngineDeps, language: UiLanguage = createUiLanguage(() => [])): MainServices {
  const now = () => platform.now();
  const recent = createRecentFiles(platform.userDataDir, now);
  const services: Services = {
    known: createKnownPaths(),
    files: createFileStore(engine.codec),
    recent,
    recovery: createRecoveryJournal(platform.userDataDir, engine.codec, now),
    exporter: createExportWriter({ codec: engine.codec, compile: engine.compile, printToPdf: (html, o) => platform.printToPdf(html, o) }),
    presenter: createPresenter(platform, engine.codec, engine.slides),
    language,
    spelling: createSpelling(platform.userDataDir, engine.spell ?? loadHunspell),
    folders: createDialogFolders(async () => (await recent.list()).map((r) => r.path)),
  };
  const doc = createDocTracker(platform);
  return { ...services, doc, handlers: createHandlers(platform, services, doc), menu: createAppMenu(platform, language) };
}
