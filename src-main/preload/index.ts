import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  CALL_NAMES,
  IPC_EVENT_CHANNEL,
  SIM_CALL_NAMES,
  TRAINING_ARGUMENT,
  ipcChannel,
} from '../shared/contract/names.ts';

/**
 * Exposes one named function per contract call, and an event subscription that returns its own unsubscribe.
 * Never the raw ipcRenderer: the page can only ask for what the contract lists.
 */
const api: Record<string, unknown> = {};
// Simulated devices and button presses exist only in training mode: a production window cannot fake a device.
const training =
  typeof process !== 'undefined' && Array.isArray(process.argv) && process.argv.includes(TRAINING_ARGUMENT);
for (const name of CALL_NAMES) {
  if (!training && SIM_CALL_NAMES.includes(name)) continue;
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
