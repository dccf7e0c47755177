import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
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

contextBridge.exposeInMainWorld('station', Object.freeze(api));
