/**
 * A recording stand-in for the 'electron' module, so the real main entry
 * (electron/main/index.ts) can boot in Node: the boot test bundles main with 'electron'
 * aliased to this file and checks what it registered. Only what main uses is here.
 */
type Listener = (...args: unknown[]) => unknown;

export interface FakeState {
  userData: string;
  ready: () => void;
  readyBeforeScheme: boolean | null;
  schemes: unknown[];
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  ipc: Map<string, Listener>;
  windows: FakeWindow[];
  appEvents: Map<string, Listener[]>;
  contentsEvents: Map<string, Listener[]>;
  menu: unknown;
  permissionRequest: Listener | null;
  beforeRequest: Listener | null;
  windowOpenHandlers: Listener[];
  /** Options of every message box shown (notices, the About box, the close prompt). */
  messageBoxes: Record<string, unknown>[];
  /** Sessions made with session.fromPartition, by name, with what was set on them. */
  partitions: Map<string, { protocolHandlers: Map<string, (request: Request) => Promise<Response>>; beforeRequest: Listener | null; permissionRequest: Listener | null; spellChecker?: boolean }>;
  /** The default session's spellchecker switch (null: never set). */
  spellChecker: boolean | null;
  /** powerSaveBlocker ids currently started. */
  sleepBlockers: Set<number>;
  /** Listeners of app 'before-quit' etc. are in appEvents; quit() calls are counted here. */
  quits: number;
}

const g = globalThis as unknown as { __fakeElectron: FakeState };
let isReady = false;
let resolveReady: () => void = () => undefined;
const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));

g.__fakeElectron = {
  userData: process.env.FAKE_ELECTRON_USER_DATA ?? '/tmp',
  ready: () => {
    isReady = true;
    resolveReady();
  },
  readyBeforeScheme: null,
  schemes: [],
  protocolHandlers: new Map(),
  ipc: new Map(),
  windows: [],
  appEvents: new Map(),
  contentsEvents: new Map(),
  menu: null,
  permissionRequest: null,
  beforeRequest: null,
  windowOpenHandlers: [],
  messageBoxes: [],
  partitions: new Map(),
  spellChecker: null,
  sleepBlockers: new Set(),
  quits: 0,
};
const state = g.__fakeElectron;

let nextContentsId = 1;

/** on / once / emit, as Electron's emitters do them. */
class FakeEmitter {
  private listeners = new Map<string, Listener[]>();
  on(event: string, fn: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  once(event: string, fn: Listener) {
    const wrapped: Listener = (...args) => {
      this.listeners.set(event, (this.listeners.get(event) ?? []).filter((f) => f !== wrapped));
      return fn(...args);
    };
    return this.on(event, wrapped);
  }
  emit(event: string, ...args: unknown[]) {
    for (const fn of this.listeners.get(event) ?? []) fn(...args);
  }
}

class FakeWebContents extends FakeEmitter {
  id = nextContentsId++;
  sent: [string, unknown][] = [];
  setWindowOpenHandler(fn: Listener) {
    state.windowOpenHandlers.push(fn);
  }
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
  isDestroyed() {
    return false;
  }
  async executeJavaScript() {
    return true;
  }
}

export class FakeWindow extends FakeEmitter {
  webContents = new FakeWebContents();
  /** webContents.paste() calls (the context menu's Paste). */
  pasted = 0;
  url: string | null = null;
  title = '';
  constructor(public options: Record<string, unknown>) {
    super();
    state.windows.push(this);
    for (const fn of state.appEvents.get('web-contents-created') ?? []) fn({}, this.webContents);
  }
  async loadURL(url: string) {
    this.url = url;
  }
  private destroyed = false;
  isDestroyed() {
    return this.destroyed;
  }
  show() {}
  hide() {}
  focus() {}
  setBounds() {}
  setFullScreen() {}
  setSimpleFullScreen() {}
  isVisible() {
    return true;
  }
  restore() {}
  /** As in Electron, the window goes away on a later turn: until then it is not destroyed. */
  close() {
    setTimeout(() => {
      if (this.destroyed) return;
      this.destroyed = true;
      this.emit('closed');
    }, 0);
  }
  setTitle(t: string) {
    this.title = t;
  }
  isMinimized() {
    return false;
  }
  static getFocusedWindow() {
    return null;
  }
  static getAllWindows() {
    return state.windows;
  }
}

export const BrowserWindow = FakeWindow;

export const app = {
  requestSingleInstanceLock: () => true,
  quit: () => void state.quits++,
  commandLine: { getSwitchValue: () => '' },
  on(event: string, fn: Listener) {
    state.appEvents.set(event, [...(state.appEvents.get(event) ?? []), fn]);
    return app;
  },
  whenReady: () => readyPromise,
  isReady: () => isReady,
  getPath: () => state.userData,
  getName: () => 'Briefdeck',
  getVersion: () => '0.0.0-boot-test',
  getLocale: () => 'en-US',
  getPreferredSystemLanguages: () => ['en-US'],
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]) {
    state.readyBeforeScheme = isReady;
    state.schemes.push(...schemes);
  },
  handle(scheme: string, fn: (request: Request) => Promise<Response>) {
    state.protocolHandlers.set(scheme, fn);
  },
};

export const session = {
  fromPartition(name: string) {
    const entry: FakeState['partitions'] extends Map<string, infer E> ? E : never = state.partitions.get(name) ?? { protocolHandlers: new Map(), beforeRequest: null, permissionRequest: null };
    state.partitions.set(name, entry);
    return {
      protocol: { handle: (scheme: string, fn: (request: Request) => Promise<Response>) => void entry.protocolHandlers.set(scheme, fn) },
      setSpellCheckerEnabled: (on: boolean) => void (entry.spellChecker = on),
      setPermissionRequestHandler: (fn: Listener) => void (entry.permissionRequest = fn),
      setPermissionCheckHandler: () => undefined,
      webRequest: { onBeforeRequest: (fn: Listener) => void (entry.beforeRequest = fn) },
    };
  },
  defaultSession: {
    setSpellCheckerEnabled: (on: boolean) => void (state.spellChecker = on),
    setPermissionRequestHandler: (fn: Listener) => void (state.permissionRequest = fn),
    setPermissionCheckHandler: () => undefined,
    webRequest: { onBeforeRequest: (fn: Listener) => void (state.beforeRequest = fn) },
  },
};

export const ipcMain = {
  handle: (channel: string, fn: Listener) => void state.ipc.set(channel, fn),
};

export const Menu = {
  buildFromTemplate: (template: unknown) => template,
  setApplicationMenu: (menu: unknown) => void (state.menu = menu),
};

export const screen = {
  getPrimaryDisplay: () => ({ id: 1 }),
  getAllDisplays: () => [{ id: 1, label: 'Built-in', bounds: { x: 0, y: 0, width: 1440, height: 900 } }],
};

export const dialog = {
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async () => ({ canceled: true }),
  showMessageBox: async (...args: unknown[]) => {
    state.messageBoxes.push(args.at(-1) as Record<string, unknown>);
    return { response: 2 };
  },
};

export const shell = { openExternal: async () => undefined };

let nextBlocker = 1;
export const powerSaveBlocker = {
  start: () => {
    const id = nextBlocker++;
    state.sleepBlockers.add(id);
    return id;
  },
  stop: (id: number) => void state.sleepBlockers.delete(id),
};

export const webContents = {
  fromId: (id: number) => {
    const win = state.windows.find((w) => w.webContents.id === id);
    return win ? { paste: () => void (win.pasted += 1) } : undefined;
  },
};
