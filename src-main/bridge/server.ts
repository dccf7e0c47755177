import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { BRIDGE_PATH, BridgeRequest, type BridgeMessage } from '../shared/bridge-protocol.ts';
import type { StationEvent } from '../shared/contract/index.ts';
import { dispatchCall } from '../core/api/dispatch.ts';
import type { Handlers } from '../core/api/types.ts';
import { serveStatic } from './static.ts';
import { handleTransferRoute, type TransferRoutesOptions } from './transfer-routes.ts';

// Not `import { createServer } from 'node:http'`: for that Node builds the module's ESM face, which reads every
// export, and the WebSocket, CloseEvent and MessageEvent getters load undici (the fetch implementation), which the
// bridge never uses: 20-70 ms of `holobench serve`'s start to its address on a busy machine.
const { createServer } = process.getBuiltinModule('node:http');

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
  const weak = tokenProblem(token);
  if (weak) throw new RangeError(weak);
  const server: Server = createServer((req, res) => {
    // Every answer, including refusals, says the page may only talk to this very bridge and never sit in a frame.
    res.setHeader('content-security-policy', contentSecurityPolicy(port));
    res.setHeader('x-frame-options', 'DENY');
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
      handleTransferRoute(url, req, res, opts.transfers).then(
        (handled) => {
          if (!handled) res.writeHead(405, { allow: url.pathname === '/upload' ? 'POST' : 'GET' }).end();
        },
        () => {
          if (!res.headersSent) res.writeHead(500).end();
          else res.destroy();
        },
      );
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

/** Tokens a technician passes with --token must be as hard to guess as the ones the bridge makes itself. */
export const MIN_TOKEN_LENGTH = 16;
const MIN_TOKEN_DISTINCT = 8;

export function tokenProblem(token: string): string | null {
  if (token.length < MIN_TOKEN_LENGTH || new Set(token).size < MIN_TOKEN_DISTINCT) {
    return `the token must be at least ${MIN_TOKEN_LENGTH} characters with at least ${MIN_TOKEN_DISTINCT} different ones (leave --token out and the station makes one)`;
  }
  return null;
}

/**
 * The renderer's policy as a header (the page's meta tag says the same with 'self'): only this bridge's own
 * port may be reached, and no other page may frame the station.
 */
export function contentSecurityPolicy(port: number): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}`,
    "media-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const badFrame = (id: number | null, message: string): BridgeMessage => ({
  t: 'error',
  id,
  error: { code: 'bridge-bad-frame', title: 'Request not understood', message },
});

/** The id of a frame that is not a valid call, when it has a usable one, so the caller's wait can end. */
function idOf(json: unknown): number | null {
  const id = (json as { id?: unknown } | null)?.id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : null;
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
    if (isBinary) {
      send(badFrame(null, 'The station takes calls as JSON text frames, not binary ones.'));
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(
        Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8'),
      );
    } catch {
      send(badFrame(null, 'The request is not valid JSON.'));
      return;
    }
    const req = BridgeRequest.safeParse(json);
    if (!req.success) {
      const issue = req.error.issues[0];
      send(badFrame(idOf(json), `The request is not a call: ${issue?.path.join('.') || 'frame'}: ${issue?.message}.`));
      return;
    }
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
