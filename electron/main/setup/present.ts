/**
 * Present windows: the audience fullscreen on its display, the presenter view on the other
 * (hidden when both share one display, until toggled). Closing either ends the show.
 */
import type { PresentationWindows } from '../services/ports.ts';
import { openWindow, windowFor } from './windows.ts';

export function createPresentationWindows(onClosedByUser: () => void): PresentationWindows {
  let closing = false;
  return {
    async open(plan) {
      closing = false;
      const audience = openWindow('audience', plan.audience);
      const presenter = openWindow('presenter', plan.presenter);
      for (const win of [audience, presenter]) {
        win.once('closed', () => {
          if (!closing) onClosedByUser();
        });
      }
      audience.once('ready-to-show', () => {
        audience.setBounds(plan.audience.bounds);
        audience.setFullScreen(true);
        audience.show();
      });
      presenter.once('ready-to-show', () => {
        if (plan.presenterVisible) presenter.show();
      });
    },
    async setPresenterVisible(visible) {
      const presenter = windowFor('presenter');
      if (!presenter) return;
      if (visible) {
        presenter.show();
        presenter.focus();
      } else presenter.hide();
    },
    async close() {
      closing = true;
      for (const role of ['audience', 'presenter'] as const) windowFor(role)?.close();
      windowFor('editor')?.focus();
    },
  };
}

/** The present module's part of the platform; `onClosedByUser` ends the show in the service. */
export function setupPresent(onClosedByUser: () => void): PresentationWindows {
  return createPresentationWindows(onClosedByUser);
}
