/**
 * The running presentation. Main owns the state (slide index, black screen, presenter
 * visible); both present windows send commands here and receive the new state back over
 * IPC. This replaces reveal's postMessage speaker popup, which answers any window.
 */
import type { Deck } from '../../../engine/model/schema.ts';
import type { DisplayInfo, PresentCommand, PresentRequest, PresentSession, PresentState, Result } from '../../shared/contract.ts';
import { failure, toFailure } from '../services/failures.ts';
import type { DeckCodec, Platform } from '../services/ports.ts';
import { planDisplays } from './displays.ts';

export interface SlideSource {
  /** engine/compile `renderSlides`. */
  renderSlides(deck: Deck): { key: string; sectionId: string | null; html: string }[];
  /** engine/compile `toRevealConfig(deck, 'preview')`. */
  revealConfig(deck: Deck): Record<string, unknown>;
  /** engine/export `themeCss`. */
  themeCss(deck: Deck): string;
}

export interface Presenter {
  start(req: PresentRequest): Promise<Result<{ displays: DisplayInfo[] }>>;
  control(cmd: PresentCommand): Promise<void>;
  stop(): Promise<void>;
  session(): PresentSession | null;
}

export function nextState(state: PresentState, cmd: PresentCommand): PresentState | 'end' {
  const last = Math.max(0, state.count - 1);
  switch (cmd.type) {
    case 'next':
      return { ...state, index: Math.min(last, state.index + 1), blank: false };
    case 'prev':
      return { ...state, index: Math.max(0, state.index - 1), blank: false };
    case 'first':
      return { ...state, index: 0, blank: false };
    case 'last':
      return { ...state, index: last, blank: false };
    case 'goto':
      return { ...state, index: Math.min(last, Math.max(0, Math.trunc(cmd.index))), blank: false };
    case 'blank':
      return { ...state, blank: !state.blank };
    case 'toggle-presenter':
      return { ...state, presenterVisible: !state.presenterVisible };
    case 'end':
      return 'end';
  }
}

export function createPresenter(platform: Platform, codec: DeckCodec, slides: SlideSource): Presenter {
  let current: PresentSession | null = null;

  function broadcast(state: PresentState) {
    platform.send('audience', 'present:state', state);
    platform.send('presenter', 'present:state', state);
  }

  const presenter: Presenter = {
    async start(req) {
      try {
        const deck = codec.restore(req.deck);
        const rendered = slides.renderSlides(deck);
        if (rendered.length === 0) return failure('invalid', 'Nothing to present: the deck has no slides.', { key: 'failures:present.noSlides' });
        const plan = planDisplays(platform.displays(), req.displayId ?? null);
        if (!plan) return failure('unsupported', 'No display is available to present on.', { key: 'failures:present.noDisplay' });
        const startIndex = req.startSectionId ? Math.max(0, rendered.findIndex((s) => s.sectionId === req.startSectionId)) : 0;
        if (current) await platform.presentation.close();
        current = {
          title: deck.meta.title,
          lang: deck.meta.lang,
          slides: rendered.map((s) => ({ key: s.key, html: s.html })),
          revealConfig: slides.revealConfig(deck),
          themeCss: slides.themeCss(deck),
          targetMinutes: deck.settings.targetMinutes,
          state: { index: startIndex, count: rendered.length, blank: false, startedAt: platform.now(), presenterVisible: plan.presenterVisible },
        };
        await platform.presentation.open(plan);
        return { ok: true, displays: platform.displays().map(({ id, label, primary }) => ({ id, label, primary })) };
      } catch (error) {
        return toFailure(error, 'Could not start presenting', { key: 'failures:action.present' });
      }
    },

    async control(cmd) {
      if (!current) return;
      const next = nextState(current.state, cmd);
      if (next === 'end') return presenter.stop();
      if (next.presenterVisible !== current.state.presenterVisible) await platform.presentation.setPresenterVisible(next.presenterVisible);
      current = { ...current, state: next };
      broadcast(next);
    },

    async stop() {
      if (!current) return;
      current = null;
      platform.send('editor', 'present:ended', {});
      await platform.presentation.close();
    },

    session: () => current,
  };
  return presenter;
}
