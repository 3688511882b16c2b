/**
 * The editor window's life, as a pure state machine (no Electron import; setup/files.ts
 * adapts a BrowserWindow to `EditorWindowLike`). It owns three rules the Electron wiring
 * used to get wrong:
 *
 *  - Close and quit: a close is prevented ONLY when there is something unsaved to ask
 *    about. A prevented close cancels the app's quit (Electron: "calling
 *    event.preventDefault() in close cancels the quit"), and macOS has no
 *    window-all-closed fallback, so Cmd+Q, Dock → Quit and log-out must see a clean
 *    editor close at once. When the prompt ends in Save / Don't Save during a quit, the
 *    quit is resumed.
 *  - Every editor window gets the guard, including one made later by macOS `activate`, a
 *    second launch or a deck opened from Finder while no window is open.
 *  - Decks from outside wait in a queue until the window's editor has rendered (it
 *    subscribes to `deck:opened` then); with no window, one is made for them.
 */

export interface EditorWindowLike {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  isVisible(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  close(): void;
  /** The window's `close` event; return true to prevent it (event.preventDefault()). */
  onClose(listener: () => boolean): void;
  onClosed(listener: () => void): void;
  /** Resolves once the editor page has rendered and listens for `deck:opened`. */
  rendered(): Promise<void>;
}

export interface EditorHostDeps {
  create(): EditorWindowLike;
  /** The editor's last reported unsaved state (doc tracker). */
  isDirty(): boolean;
  /** Save / Don't Save / Cancel (mayCloseEditor): true when the window may close. */
  confirmClose(): Promise<boolean>;
  /** Read a deck and push it to the editor as `deck:opened`. */
  deliver(path: string): Promise<void>;
  /** app.quit(): resumes a quit that a prompt interrupted. */
  quit(): void;
  /** The editor is going away: end a running show. */
  onEditorClosing(): void;
}

/** What to do with a window brought to the front: a minimised one is restored first (Windows and Linux leave it in the taskbar otherwise). */
export function focusSteps(win: Pick<EditorWindowLike, 'isMinimized' | 'isVisible'>): ('restore' | 'show' | 'focus')[] {
  const steps: ('restore' | 'show' | 'focus')[] = [];
  if (win.isMinimized()) steps.push('restore');
  if (!win.isVisible()) steps.push('show');
  steps.push('focus');
  return steps;
}

export function bringToFront(win: EditorWindowLike): void {
  for (const step of focusSteps(win)) win[step]();
}

export interface EditorHost {
  /** Open the first editor (after app ready, security and IPC). Decks queued before are delivered once it renders. */
  start(): EditorWindowLike;
  /** The editor, made if none exists (macOS activate, second launch), brought to the front. */
  show(): EditorWindowLike | null;
  /** A deck from outside (argv, second launch, open-file): delivered when the editor can take it. */
  open(path: string): void;
  /** app `before-quit`: a close prompt that ends in Save / Don't Save resumes the quit. */
  beforeQuit(): void;
  window(): EditorWindowLike | null;
}

export function createEditorHost(deps: EditorHostDeps): EditorHost {
  let started = false;
  let current: EditorWindowLike | null = null;
  let ready = false;
  let quitting = false;
  const pending: string[] = [];

  const flush = () => {
    for (const path of pending.splice(0)) void deps.deliver(path);
  };

  function make(): EditorWindowLike {
    const win = deps.create();
    current = win;
    ready = false;
    let allowed = false;
    let asking = false;
    win.onClose(() => {
      if (allowed) return false;
      if (!deps.isDirty()) {
        // Nothing to ask about: never prevent, so a quit in progress goes on.
        allowed = true;
        deps.onEditorClosing();
        return false;
      }
      if (!asking) {
        asking = true;
        void deps
          .confirmClose()
          .then((ok) => {
            if (!ok) {
              quitting = false;
              return;
            }
            allowed = true;
            deps.onEditorClosing();
            if (quitting) deps.quit();
            else win.close();
          })
          .finally(() => {
            asking = false;
          });
      }
      return true;
    });
    win.onClosed(() => {
      if (current === win) {
        current = null;
        ready = false;
      }
    });
    void win.rendered().then(() => {
      if (current !== win || win.isDestroyed()) return;
      ready = true;
      flush();
    });
    return win;
  }

  const live = () => (current && !current.isDestroyed() ? current : null);

  return {
    start() {
      started = true;
      return live() ?? make();
    },
    show() {
      if (!started) return null;
      const win = live() ?? make();
      bringToFront(win);
      return win;
    },
    open(path) {
      pending.push(path);
      if (!started) return; // macOS open-file before ready: start() takes it
      const win = live();
      if (!win) {
        bringToFront(make());
        return;
      }
      if (ready) flush();
      bringToFront(win);
    },
    beforeQuit() {
      quitting = true;
    },
    window: live,
  };
}
