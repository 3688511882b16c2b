/**
 * The real engine behind the injected ports: the only place the shell binds to the engine's
 * format, compile and export functions (owned by the engine helpers).
 */
import { restoreDeck, serializeDeck } from '../../../engine/format/index.ts';
import { compileDeck, themeCss } from '../../../engine/export/index.ts';
import { renderSlides, toRevealConfig } from '../../../engine/compile/index.ts';
import { readDeckFile } from './deck-file.ts';
import type { DeckCodec } from './ports.ts';
import type { SlideSource } from '../present/presenter.ts';

export const engineCodec: DeckCodec = {
  restore: (input) => restoreDeck(input),
  serialize: (deck) => serializeDeck(deck),
  readFile: (path) => readDeckFile(path),
};

export const engineCompile = (deck: Parameters<typeof compileDeck>[0]): string => compileDeck(deck);

export const engineSlides: SlideSource = {
  renderSlides: (deck) => renderSlides(deck),
  revealConfig: (deck) => toRevealConfig(deck, 'preview') as unknown as Record<string, unknown>,
  themeCss: (deck) => themeCss(deck.settings.theme),
};
