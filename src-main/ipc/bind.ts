import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { CALL_NAMES, ipcChannel } from '../shared/contract/names.ts';
import type { Result } from '../shared/errors.ts';
import { dispatchCall } from '../core/api/dispatch.ts';
import type { Handlers } from '../core/api/types.ts';

export type SenderCheck = (frame: WebFrameMain | null, event: IpcMainInvokeEvent) => boolean;

const UNTRUSTED: Result<never> = {
  ok: false,
  error: {
    code: 'untrusted-sender',
    title: 'Request refused',
    message: 'This request did not come from the station window.',
  },
};

/** Binds every contract call to ipcMain: sender checked first, then input validated, always a Result back. */
export function bindContract(ipcMain: IpcMain, handlers: Handlers, isTrusted: SenderCheck): () => void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event, raw: unknown) => {
      if (!isTrusted(event.senderFrame, event)) return UNTRUSTED;
      return dispatchCall(handlers, name, raw);
    });
  }
  return () => {
    for (const name of CALL_NAMES) ipcMain.removeHandler(ipcChannel(name));
  };
}

/**
 * Trusts only the main frame of the station window, loaded from the app's own page: not an iframe, not a page
 * the window was somehow navigated to.
 */
export function trustedSender(windowId: () => number | null, appUrlPrefix: string): SenderCheck {
  return (frame, event) => {
    if (!frame || frame.parent !== null) return false;
    if (event.sender.id !== windowId()) return false;
    return frame.url.startsWith(appUrlPrefix);
  };
}
