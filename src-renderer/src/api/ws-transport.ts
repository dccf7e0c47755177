import { takeToken } from '../stores/route.ts';
import type { CallName, StationEvent } from '../../../src-main/shared/contract/index.ts';
import type { BridgeMessage } from '../../../src-main/shared/bridge-protocol.ts';
import type { Result } from '../../../src-main/shared/errors.ts';
import type { Transport } from './client.ts';

const LOST: Result<never> = {
  ok: false,
  error: {
    code: 'bridge-lost',
    title: 'Lost the connection to the station',
    message: 'The station stopped answering. Reload the page once it runs again.',
    disconnected: true,
  },
};

/**
 * The station API over the WebSocket bridge (browser e2e, `holobench serve`). Calls made before the socket is
 * open wait for it; if the socket closes, pending and later calls answer with a "connection lost" error.
 */
export function wsTransport(url: string, onStatus?: (open: boolean) => void): Transport {
  const socket = new WebSocket(url);
  const pending = new Map<number, (r: Result<unknown>) => void>();
  const listeners = new Set<(e: StationEvent) => void>();
  let nextId = 1;
  let closed = false;
  const opened = new Promise<void>((resolve) => {
    socket.addEventListener('open', () => {
      onStatus?.(true);
      resolve();
    });
  });
  socket.addEventListener('close', () => {
    closed = true;
    onStatus?.(false);
    for (const resolve of pending.values()) resolve(LOST);
    pending.clear();
  });
  socket.addEventListener('message', (msg: MessageEvent) => {
    let data: BridgeMessage;
    try {
      data = JSON.parse(String(msg.data)) as BridgeMessage;
    } catch {
      return;
    }
    if (data.t === 'result') {
      pending.get(data.id)?.(data.result as Result<unknown>);
      pending.delete(data.id);
    } else if (data.t === 'error' && data.id !== null) {
      pending.get(data.id)?.({ ok: false, error: data.error });
      pending.delete(data.id);
    } else if (data.t === 'event') {
      const event = { name: data.name, payload: data.payload } as StationEvent;
      for (const l of listeners) l(event);
    }
  });
  return {
    kind: 'bridge',
    async invoke(name: CallName, input: unknown) {
      if (closed) return LOST;
      await opened;
      if (closed) return LOST;
      const id = nextId++;
      return new Promise<Result<unknown>>((resolve) => {
        pending.set(id, resolve);
        socket.send(JSON.stringify({ t: 'call', id, name, input: input ?? {} }));
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * The bridge address for a page served by `holobench serve`: same host, the token from the URL fragment (or, after
 * a reload, the one this tab kept; see route.ts).
 */
export function bridgeUrlFromLocation(loc: Location, storage: Storage = window.sessionStorage): string | null {
  const token = takeToken(loc, storage);
  if (!token) return null;
  const wsProto = loc.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${wsProto}//${loc.host}/bridge?token=${encodeURIComponent(token)}`;
}
