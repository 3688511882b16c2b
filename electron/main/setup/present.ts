/**
 * Present windows: the audience fullscreen on its display, the presenter view on the other
 * (hidden when both share one display, until toggled). Closing either ends the show. The
 * rules (fullscreen order, Wayland, focus, display sleep) are in ../present/window-rules.ts.
 */
import { app, dialog, powerSaveBlocker, type BrowserWindow } from 'electron';
import type { PresentationWindows } from '../services/ports.ts';
import { audienceSteps, createSleepGuard, focusAfterToggle, isWayland } from '../present/window-rules.ts';
import { tDesktop } from './platform.ts';
import { openWindow, windowFor } from './windows.ts';

export function createPresentationWindows(onClosedByUser: () => void): PresentationWindows {
  // Windows we close ourselves; any other 'closed' is the user closing one (ends the show).
  const closingOnPurpose = new WeakSet<BrowserWindow>();
  const sleep = createSleepGuard(powerSaveBlocker);
  return {
    async open(plan) {
      const audience = openWindow('audience', plan.audience);
      const presenter = openWindow('presenter', plan.presenter);
      sleep.showStarted();
      for (const win of [audience, presenter]) {
        win.once('closed', () => {
          if (closingOnPurpose.has(win)) return;
          sleep.showEnded();
          onClosedByUser();
        });
      }
      const wayland = isWayland(process.platform, app.commandLine.getSwitchValue('ozone-platform'), process.env);
      const steps = audienceSteps({ platform: process.platform, wayland, ownDisplay: plan.audience.id !== plan.presenter.id });
      audience.once('ready-to-show', () => {
        for (const step of steps) {
          if (step === 'setBounds') audience.setBounds(plan.audience.bounds);
          else if (step === 'show') audience.show();
          else if (step === 'setFullScreen') audience.setFullScreen(true);
          else if (step === 'setSimpleFullScreen') audience.setSimpleFullScreen(true);
          else {
            const t = tDesktop();
            const options = { type: 'info' as const, message: t('desktop:present.waylandMove', { display: plan.audience.label }), detail: t('desktop:present.waylandDetail', { display: plan.audience.label }), buttons: [t('main:notice.ok')] };
            void (windowFor('presenter') ? dialog.showMessageBox(windowFor('presenter')!, options) : dialog.showMessageBox(options));
          }
        }
      });
      presenter.once('ready-to-show', () => {
        if (plan.presenterVisible) presenter.show();
      });
    },
    async setPresenterVisible(visible) {
      const presenter = windowFor('presenter');
      if (!presenter) return;
      if (visible) presenter.show();
      else presenter.hide();
      // The keys must keep reaching a present window: S hid the one that had focus.
      windowFor(focusAfterToggle(visible))?.focus();
    },
    async close() {
      sleep.showEnded();
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
