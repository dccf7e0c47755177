import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { BRIDGE_PATH, BridgeRequest, type BridgeMessage } from '../shared/bridge-protocol.ts';
import type { StationEvent } from '../shared/contract/index.ts';
import { dispatchCall } from '../core/api/dispatch.ts';
import type { Handlers } from '../core/api/types.ts';
import { serveStatic } from './static.ts';
import { handleTransferRoute, type TransferRoutesOptions } from './transfer-routes.ts';

export interface BridgeOptions {
  handlers: Handlers;
  /** Subscribes to station events; returns the unsubscribe function. */
  subscribe: (listener: (event: StationEvent) => void) => () => void;
  port?: number;
  token?: string;
  /** The built renderer (out/renderer) to serve, so a browser can open the station. */
  staticDir?: string;
  /** Extra origins allowed to connect (a Vite dev server during development). */
  allowedOrigins?: string[];
  /** Upload and download routes for browser mode (files have no paths in a browser). */
  transfers?: TransferRoutesOptions;
}

export interface Bridge {
  url: string;
  port: number;
  token: string;
  /** The page to open: the renderer with the token in the fragment (never sent to the server in requests). */
  pageUrl: string;
  close(): Promise<void>;
}

/**
 * The station API over WebSocket on 127.0.0.1, guarded by a per-run token and by Host/Origin checks (so a web
 * page elsewhere cannot drive the station through DNS rebinding). Used by browser e2e tests and `holobench serve`.
 */
export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const server: Server = createServer((req, res) => {
    if (!hostAllowed(req, port)) {
      res.writeHead(421).end('wrong host');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (opts.transfers && (url.pathname === '/upload' || url.pathname === '/download')) {
      const origin = req.headers.origin;
      const sameOrigin =
        origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
      if (!sameOrigin || !tokenMatches(url.searchParams.get('token'), token)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      void handleTransferRoute(url, req, res, opts.transfers);
      return;
    }
    if (opts.staticDir) serveStatic(opts.staticDir, req, res);
    else res.writeHead(404).end();
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  let port = 0;

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const origin = req.headers.origin;
    const allowedOrigins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`, ...(opts.allowedOrigins ?? [])];
    const ok =
      url.pathname === BRIDGE_PATH &&
      hostAllowed(req, port) &&
      (origin === undefined || allowedOrigins.includes(origin)) &&
      tokenMatches(url.searchParams.get('token'), token);
    if (!ok) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveClient(ws, opts));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `ws://127.0.0.1:${port}${BRIDGE_PATH}?token=${encodeURIComponent(token)}`;
  return {
    url,
    port,
    token,
    pageUrl: `http://127.0.0.1:${port}/#token=${encodeURIComponent(token)}`,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function serveClient(ws: WebSocket, opts: BridgeOptions): void {
  const send = (m: BridgeMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(m));
  };
  const unsubscribe = opts.subscribe((event) => send({ t: 'event', name: event.name, payload: event.payload }));
  ws.on('close', unsubscribe);
  ws.on('error', unsubscribe);
  send({ t: 'hello', protocol: 1 });
  ws.on('message', (data, isBinary) => {
    if (isBinary) return;
    let json: unknown;
    try {
      json = JSON.parse(
        Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8'),
      );
    } catch {
      return;
    }
    const req = BridgeRequest.safeParse(json);
    if (!req.success) return;
    void dispatchCall(opts.handlers, req.data.name, req.data.input).then((result) =>
      send({ t: 'result', id: req.data.id, result }),
    );
  });
}

function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host ?? '';
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function tokenMatches(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
