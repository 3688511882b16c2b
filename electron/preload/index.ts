/**
 * The preload: sandboxed, built as ONE CommonJS file (out/preload/index.cjs) because a
 * sandboxed preload cannot load ES modules or other files. It exposes the verbs made by
 * the shared `createBridge` as `window.briefdeck` — never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { createBridge, type InvokeFn, type OnFn } from '../shared/bridge.ts';

const invoke = ((channel: string, ...args: unknown[]) => ipcRenderer.invoke(channel, ...args)) as InvokeFn;

const on = ((channel: string, listener: (payload: unknown) => void) => {
  // Strip the event object: it would hand the page `sender` (ipcRenderer) otherwise.
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}) as OnFn;

contextBridge.exposeInMainWorld('briefdeck', createBridge(invoke, on, (file) => webUtils.getPathForFile(file)));
