/**
 * The one way IPC handlers are registered (after electron/fiddle's ipc.ts): every channel
 * in the contract, each call first checked for its sender (only the app's own windows) and
 * its payload (VALIDATORS). Typed against Electron's ipcMain but without importing it, so
 * the Playwright fixture and unit tests register the same handlers on a stand-in.
 */
import { INVOKE_CHANNELS, type InvokeArgs, type InvokeChannel, type InvokeResult } from '../../shared/contract.ts';
import { VALIDATORS } from './validate.ts';

export interface IpcEventLike {
  sender: { id: number };
  senderFrame?: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
}

export interface CallContext {
  senderId: number;
}

export type Handlers = { [C in InvokeChannel]: (ctx: CallContext, ...args: InvokeArgs<C>) => Promise<InvokeResult<C>> | InvokeResult<C> };

export class ForeignSenderError extends Error {
  override name = 'ForeignSenderError';
}

export function registerHandlers(ipc: IpcMainLike, handlers: Handlers, isOwnWindow: (event: IpcEventLike) => boolean): void {
  for (const channel of INVOKE_CHANNELS) {
    ipc.handle(channel, async (event, ...args) => {
      if (!isOwnWindow(event)) throw new ForeignSenderError(`Refused ${channel}: the sender is not a Briefdeck window.`);
      const parsed = VALIDATORS[channel](args) as unknown[];
      const handler = handlers[channel] as (ctx: CallContext, ...a: unknown[]) => unknown;
      return handler({ senderId: event.sender.id }, ...parsed);
    });
  }
}

/**
 * A sender is ours when it is one of our windows' webContents AND its top frame shows our
 * own origin (a window we own that somehow navigated away must not keep its powers).
 */
export function createSenderCheck(ownIds: () => ReadonlySet<number>, origin: string): (event: IpcEventLike) => boolean {
  return (event) => {
    if (!ownIds().has(event.sender.id)) return false;
    const url = event.senderFrame?.url;
    if (!url) return false;
    try {
      // URL.origin is "null" for custom schemes such as app://, so compare scheme + host.
      const parsed = new URL(url);
      return `${parsed.protocol}//${parsed.host}` === origin;
    } catch {
      return false;
    }
  };
}
