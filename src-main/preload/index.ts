import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { CALL_NAMES, IPC_EVENT_CHANNEL, ipcChannel } from '../shared/contract/names.ts';

/**
 * Exposes one named function per contract call, and an event subscription that returns its own unsubscribe.
 * Never the raw ipcRenderer: the page can only ask for what the contract lists.
 */
const api: Record<string, unknown> = {};
for (const name of CALL_NAMES) {
  api[name] = (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input ?? {});
}
api.onEvent = (listener: (event: unknown) => void) => {
  const handler = (_e: IpcRendererEvent, event: unknown) => listener(event);
  ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
  };
};

// The sandboxed page cannot see where a chosen file lives; the station works on paths on this PC.
api.pathForFile = (file: File) => webUtils.getPathForFile(file);

contextBridge.exposeInMainWorld('station', Object.freeze(api));
