import { describe, expect, it } from 'vitest';
import { createEditorHost, focusSteps, type EditorWindowLike } from '../../../electron/main/editor-host.ts';

/** A window as Electron behaves: close() runs the close listeners; unprevented, the window is gone. */
function fakeWindow(log: string[], name: string) {
  let closeListener: () => boolean = () => false;
  const closedListeners: (() => void)[] = [];
  let renderedNow: () => void = () => undefined;
  const rendered = new Promise<void>((resolve) => (renderedNow = resolve));
  const w = {
    destroyed: false,
    minimized: false,
    visible: true,
    isDestroyed: () => w.destroyed,
    isMinimized: () => w.minimized,
    isVisible: () => w.visible,
    restore: () => void (log.push(`${name}.restore`), (w.minimized = false)),
    show: () => void (log.push(`${name}.show`), (w.visible = true)),
    focus: () => void log.push(`${name}.focus`),
    /** Returns whether the close went through (false: prevented). */
    close: () => {
      if (closeListener()) return false;
      w.destroyed = true;
      log.push(`${name}.closed`);
      closedListeners.forEach((f) => f());
      return true;
    },
    onClose: (l: () => boolean) => void (closeListener = l),
    onClosed: (l: () => void) => void closedListeners.push(l),
    rendered: () => rendered,
    renderedNow: () => renderedNow(),
  };
  return w;
}
type FakeWin = ReturnType<typeof fakeWindow>;

function setup(opts: { dirty?: boolean; answer?: boolean } = {}) {
  const log: string[] = [];
  const windows: FakeWin[] = [];
  const state = { dirty: opts.dirty ?? false, answer: opts.answer ?? true, quits: 0 };
  let answer: (ok: boolean) => void = () => undefined;
  const host = createEditorHost({
    create: () => {
      const w = fakeWindow(log, `w${windows.length + 1}`);
      windows.push(w);
      return w as EditorWindowLike;
    },
    isDirty: () => state.dirty,
    confirmClose: () => (log.push('ask'), new Promise<boolean>((resolve) => (answer = resolve))),
    deliver: async (path) => void log.push(`deliver ${path}`),
    quit: () => void (state.quits++, log.push('quit')),
    onEditorClosing: () => void log.push('end show'),
  });
  return { host, log, windows, state, answer: (ok: boolean) => answer(ok) };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('editor close and quit', () => {
  it('a clean editor closes at once: the close is not prevented, so a macOS quit goes on', () => {
    const { host, windows, log } = setup();
    host.start();
    expect(windows[0]!.close()).toBe(true);
    expect(log).toEqual(['end show', 'w1.closed']);
  });

  it('unsaved work: the close is prevented and asked about; Save/Don’t Save closes the window', async () => {
    const { host, windows, log, answer } = setup({ dirty: true });
    host.start();
    expect(windows[0]!.close()).toBe(false);
    expect(windows[0]!.close()).toBe(false); // a second click while asking asks no second time
    expect(log).toEqual(['ask']);
    answer(true);
    await tick();
    expect(log).toEqual(['ask', 'end show', 'w1.closed']);
  });

  it('Cancel keeps the window and the next close asks again', async () => {
    const { host, windows, log, answer } = setup({ dirty: true });
    host.start();
    windows[0]!.close();
    answer(false);
    await tick();
    expect(windows[0]!.isDestroyed()).toBe(false);
    windows[0]!.close();
    expect(log).toEqual(['ask', 'ask']);
  });

  it('macOS Cmd+Q with unsaved work: after Save/Don’t Save the quit resumes (app.quit again)', async () => {
    const { host, windows, log, answer, state } = setup({ dirty: true });
    host.start();
    host.beforeQuit();
    expect(windows[0]!.close()).toBe(false); // the prompt cancels this quit…
    answer(true);
    await tick();
    expect(state.quits).toBe(1); // …and the answer starts it again
    expect(log).toEqual(['ask', 'end show', 'quit']);
    // The resumed quit closes the window without asking.
    expect(windows[0]!.close()).toBe(true);
  });

  it('a quit canceled at the prompt is forgotten: a later plain close does not quit the app', async () => {
    const { host, windows, answer, state } = setup({ dirty: true });
    host.start();
    host.beforeQuit();
    windows[0]!.close();
    answer(false);
    await tick();
    windows[0]!.close();
    answer(true);
    await tick();
    expect(state.quits).toBe(0);
    expect(windows[0]!.isDestroyed()).toBe(true);
  });
});

describe('editors made later (macOS activate, second launch, Finder) ', () => {
  it('get the same close guard', async () => {
    const { host, windows, log, state } = setup();
    host.start();
    windows[0]!.close();
    host.show(); // activate: a new editor
    state.dirty = true;
    expect(windows[1]!.close()).toBe(false);
    expect(log.at(-1)).toBe('ask');
  });

  it('a deck opened while no window is open makes one and is delivered once it has rendered', async () => {
    const { host, windows, log } = setup();
    host.start();
    windows[0]!.renderedNow();
    await tick();
    windows[0]!.close();
    host.open('/d/a.briefdeck');
    expect(windows).toHaveLength(2);
    await tick();
    expect(log).not.toContain('deliver /d/a.briefdeck'); // not before the editor listens
    windows[1]!.renderedNow();
    await tick();
    expect(log.at(-1)).toBe('deliver /d/a.briefdeck');
  });

  it('decks that arrive before start (macOS open-file before ready) wait for the first editor', async () => {
    const { host, windows, log } = setup();
    host.open('/d/early.briefdeck');
    expect(host.show()).toBeNull();
    expect(windows).toHaveLength(0);
    host.start();
    windows[0]!.renderedNow();
    await tick();
    expect(log).toContain('deliver /d/early.briefdeck');
  });

  it('with a rendered editor the deck goes straight in and the window comes to the front', async () => {
    const { host, windows, log } = setup();
    host.start();
    windows[0]!.renderedNow();
    await tick();
    windows[0]!.minimized = true;
    host.open('/d/b.briefdeck');
    expect(log).toEqual(['deliver /d/b.briefdeck', 'w1.restore', 'w1.focus']);
  });
});

describe('focus', () => {
  it('a second launch with no file restores a minimised editor before focusing it', () => {
    expect(focusSteps({ isMinimized: () => true, isVisible: () => true })).toEqual(['restore', 'focus']);
    expect(focusSteps({ isMinimized: () => false, isVisible: () => false })).toEqual(['show', 'focus']);
    expect(focusSteps({ isMinimized: () => false, isVisible: () => true })).toEqual(['focus']);
    const { host, windows, log } = setup();
    host.start();
    windows[0]!.minimized = true;
    host.show();
    expect(log).toEqual(['w1.restore', 'w1.focus']);
    expect(windows).toHaveLength(1);
  });
});
