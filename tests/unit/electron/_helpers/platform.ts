/** A recording platform for handler tests: scripted dialogs, fixed displays, no windows. */
import type { DisplayWithBounds, Platform, PresentPlan } from '../../../../electron/main/services/ports.ts';
import type { MenuData } from '../../../../electron/main/menu-template.ts';

export interface RecordingPlatform extends Platform {
  answers: { open: (string | null)[]; save: (string | null)[]; export: (string | null)[]; image: (string | null)[] };
  sent: { role: string; channel: string; payload: unknown }[];
  notices: string[];
  titles: string[];
  dirtyMarks: boolean[];
  external: string[];
  plans: PresentPlan[];
  presenterToggles: boolean[];
  closed: number;
  /** Every menu installed, latest last. */
  menus: MenuData[][];
  /** The start folder each dialog was given, as `kind:folder`. */
  dialogFolders: string[];
}

export function recordingPlatform(userDataDir: string, displays: DisplayWithBounds[] = [{ id: 1, label: 'Built-in', primary: true, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }]): RecordingPlatform {
  const p: RecordingPlatform = {
    userDataDir,
    answers: { open: [], save: [], export: [], image: [] },
    sent: [],
    notices: [],
    titles: [],
    dirtyMarks: [],
    external: [],
    plans: [],
    presenterToggles: [],
    closed: 0,
    menus: [],
    dialogFolders: [],
    dialogs: {
      openDeck: async (folder) => (p.dialogFolders.push(`open:${folder ?? ''}`), p.answers.open.shift() ?? null),
      saveDeck: async (_name, folder) => (p.dialogFolders.push(`save:${folder ?? ''}`), p.answers.save.shift() ?? null),
      exportTarget: async (_format, _name, folder) => (p.dialogFolders.push(`export:${folder ?? ''}`), p.answers.export.shift() ?? null),
      pickImage: async (folder) => (p.dialogFolders.push(`image:${folder ?? ''}`), p.answers.image.shift() ?? null),
      importFile: async (folder) => (p.dialogFolders.push(`import:${folder ?? ''}`), null),
      confirmClose: async () => 'cancel',
      notice: async (m) => {
        p.notices.push(m);
      },
    },
    openInBrowser: async (url) => {
      p.external.push(url);
    },
    displays: () => displays,
    presentation: {
      open: async (plan) => {
        p.plans.push(plan);
      },
      setPresenterVisible: async (v) => {
        p.presenterToggles.push(v);
      },
      close: async () => {
        p.closed++;
      },
    },
    send: (role, channel, payload) => {
      p.sent.push({ role, channel, payload });
    },
    printToPdf: async () => new TextEncoder().encode('%PDF-1.4 test'),
    setTitle: (t, dirty) => {
      p.titles.push(t);
      p.dirtyMarks.push(dirty);
    },
    setMenu: (menus) => {
      p.menus.push(menus);
    },
    paste: () => undefined,
    now: () => 1_700_000_000_000,
    info: { name: 'Briefdeck', version: '0.1.0', electron: 'none', chrome: 'none', node: process.versions.node, platform: 'linux' },
  };
  return p;
}
