/**
 * Present windows: the audience fullscreen on its display, the presenter view on the other
 * (hidden when both share one display, until toggled). Closing either ends the show.
 */
import type { BrowserWindow } from 'electron';
import type { PresentationWindows } from '../services/ports.ts';
import { openWindow, windowFor } from './windows.ts';

export function createPresentationWindows(onClosedByUser: () => void): PresentationWindows {
  // Windows we close ourselves; any other 'closed' is the user closing one (ends the show).
  const closingOnPurpose = new WeakSet<BrowserWindow>();
  return {
    async open(plan) {
      const audience = openWindow('audience', plan.audience);
      const presenter = openWindow('presenter', plan.presenter);
      for (const win of [audience, presenter]) {
        win.once('closed', () => {
          if (!closingOnPurpose.has(win)) onClosedByUser();
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
      // close() finishes on a later turn; until 'closed' the window is still registered, and
      // a new show started meanwhile would be handed the dying window. So wait for it.
      const closing = (['audience', 'presenter'] as const).map(windowFor).filter((w): w is BrowserWindow => w !== null);
      await Promise.all(
        closing.map(
          (win) =>
            new Promise<void>((resolve) => {
              closingOnPurpose.add(win);
              win.once('closed', () => resolve());
              win.close();
            }),
        ),
      );
      windowFor('editor')?.focus();
    },
  };
}

/** The present module's part of the platform; `onClosedByUser` ends the show in the service. */
export function setupPresent(onClosedByUser: () => void): PresentationWindows {
  return createPresentationWindows(onClosedByUser);
}
