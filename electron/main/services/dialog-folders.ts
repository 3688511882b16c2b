/**
 * Where the Open, Save As, Export and image dialogs start. Since Electron 43 (Chromium's
 * new file-dialog defaults) a dialog without `defaultPath` opens in Downloads and the OS no
 * longer remembers the last folder, so main keeps it: the folder of the deck being edited
 * (the last one opened or saved), else the last folder any dialog used, else the folder of
 * the most recent file from an earlier session. Image pickers prefer the last image folder,
 * since pictures rarely live beside the deck.
 */
import { dirname } from 'node:path';

export type DialogKind = 'open' | 'save' | 'export' | 'image';

export interface FolderMemory {
  /** Folder of the deck last opened or saved (the one being edited). */
  deck: string | null;
  /** Folder of the last path any dialog returned. */
  lastUsed: string | null;
  /** Folder of the last picked image. */
  image: string | null;
}

/** The pure rule: the folder a dialog of `kind` starts in, or null for the OS default. */
export function startFolder(kind: DialogKind, memory: FolderMemory): string | null {
  if (kind === 'image') return memory.image ?? memory.deck ?? memory.lastUsed;
  return memory.deck ?? memory.lastUsed;
}

export interface DialogFolders {
  /** The folder for the next dialog of this kind (seeded from Recent on first use). */
  start(kind: DialogKind): Promise<string | null>;
  /** A dialog returned `path` (remember its folder as the last used). */
  picked(kind: DialogKind, path: string): void;
  /** A deck was opened or saved at `path`: its folder is the deck's folder. */
  deckAt(path: string): void;
}

export function createDialogFolders(recentPaths: () => Promise<string[]>): DialogFolders {
  const memory: FolderMemory = { deck: null, lastUsed: null, image: null };
  let seeded: Promise<void> | null = null;
  const seed = () =>
    (seeded ??= recentPaths().then(
      (paths) => {
        if (paths[0] && !memory.lastUsed) memory.lastUsed = dirname(paths[0]);
      },
      () => undefined,
    ));
  return {
    start: async (kind) => {
      await seed();
      return startFolder(kind, memory);
    },
    picked: (kind, path) => {
      memory.lastUsed = dirname(path);
      if (kind === 'image') memory.image = dirname(path);
    },
    deckAt: (path) => {
      memory.deck = dirname(path);
      memory.lastUsed = dirname(path);
    },
  };
}
