import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Microsoft Graph endpoints the Autopilot upload uses, keeping their contract:
 * POST {root}/v1.0/deviceManagement/importedWindowsAutopilotDeviceIdentities/import answers 200 with
 * { value: [identity with id and state.deviceImportStatus "pending"] }, GET .../{id} returns the identity and moves
 * it to complete (or error for chosen serials) after N polls, 404 for unknown ids. Bearer auth is required.
 * Faults on demand: 429 with any Retry-After, 5xx, dropped connections, a 400 for batches holding a bad serial.
 */

export interface FakeIdentity {
  id: string;
  serialNumber: string;
  productKey: string;
  hardwareIdentifier: string;
  groupTag: string;
  assignedUserPrincipalName: string;
  polls: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  status: number;
  /** Serials in an import request's body. */
  serials?: string[];
}

/** An extra route (the Intune endpoints): returns true when it answered. */
export type GraphRoute = (req: {
  method: string;
  path: string;
  search: URLSearchParams;
  body: string;
  /** The bearer token the request carried (already checked to be one the server accepts). */
  token: string;
  send: (status: number, json?: unknown, headers?: Record<string, string>) => void;
  /** Loses the connection without an answer (what was done stays done). */
  drop: () => void;
  graphError: (status: number, code: string, message: string) => void;
}) => boolean;

interface Fault {
  /** `lose-answer`: the request is carried out, then the connection drops before the answer (a timeout). */
  kind: 'status' | 'drop' | 'lose-answer';
  status?: number;
  headers?: Record<string, string>;
  /** Only requests whose method matches (default: any). */
  method?: string;
}

const API = '/v1.0/deviceManagement/importedWindowsAutopilotDeviceIdentities';

export class FakeGraph {
  readonly server: Server;
  url = '';
  /** Bearer tokens the server accepts. */
  readonly tokens = new Set<string>();
  readonly requests: RecordedRequest[] = [];
  readonly identities = new Map<string, FakeIdentity>();
  /** Polls (GETs) before an identity leaves `pending`. */
  pollsUntilDone = 2;
  /** Largest batch accepted; bigger ones get 413. */
  maxBatch = 500;
  /** Serials whose import ends in state error (code, name), as Intune reports a duplicate or bad hash. */
  readonly errorSerials = new Map<string, { code: number; name: string }>();
  /** Serials that make a whole import request fail with 400, like a malformed hash does. */
  readonly rejectedSerials = new Set<string>();
  /** Puts the caller's Authorization header into error bodies, to prove the client never repeats it. */
  echoAuthorizationInErrors = false;
  /** Puts the bare token (no "Bearer") into error bodies, as some services echo what they could not use. */
  echoTokenInErrors = false;
  private readonly faults: Fault[] = [];
  /** More endpoints on the same server (test/support/graph-intune.ts adds Intune's). */
  readonly routes: GraphRoute[] = [];
  /** The network is gone: every request loses its connection unanswered. */
  offline = false;

  constructor() {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch(() => {
        res.statusCode = 500;
        res.end();
      });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next `count` requests (of `method`, if given) get 429 with this Retry-After value. */
  throttle(count: number, retryAfter: string | undefined, method?: string): void {
    for (let i = 0; i < count; i++) {
      this.faults.push({
        kind: 'status',
        status: 429,
        headers: retryAfter ? { 'Retry-After': retryAfter } : {},
        method,
      });
    }
  }

  failNext(count: number, status = 503, method?: string): void {
    for (let i = 0; i < count; i++) this.faults.push({ kind: 'status', status, method });
  }

  /** The next `count` requests of `method` are carried out, but their answer is lost (the connection drops). */
  loseAnswerNext(count: number, method?: string): void {
    for (let i = 0; i < count; i++) this.faults.push({ kind: 'lose-answer', method });
  }

  /** The next `count` requests lose their connection without any answer. */
  dropNext(count: number, method?: string): void {
    for (let i = 0; i < count; i++) this.faults.push({ kind: 'drop', method });
  }

  importRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.method === 'POST' && r.status === 200);
  }

  private takeFault(method: string): Fault | undefined {
    const i = this.faults.findIndex((f) => !f.method || f.method === method);
    return i < 0 ? undefined : this.faults.splice(i, 1)[0];
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    const authorization = req.headers.authorization;
    const body = await readBody(req);
    const record: RecordedRequest = { method, path, authorization, status: 0 };
    this.requests.push(record);
    let loseAnswer = false;
    const send = (status: number, json?: unknown, headers: Record<string, string> = {}): void => {
      record.status = status;
      if (loseAnswer) {
        req.socket.destroy();
        return;
      }
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(json === undefined ? undefined : JSON.stringify(json));
    };
    const graphError = (status: number, code: string, message: string): void =>
      send(status, {
        error: {
          code,
          message: this.echoAuthorizationInErrors
            ? `${message} (${authorization ?? ''})`
            : this.echoTokenInErrors
              ? `${message}; token ${authorization?.slice(7) ?? ''} not valid here`
              : message,
        },
      });

    const drop = (): void => {
      record.status = -1;
      req.socket.destroy();
    };
    if (this.offline) return drop();
    if (method === 'HEAD') return send(200);
    const fault = this.takeFault(method);
    if (fault?.kind === 'drop') {
      record.status = -1;
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'lose-answer') loseAnswer = true;
    else if (fault) {
      const status = fault.status ?? 503;
      const code = status === 429 ? 'TooManyRequests' : 'ServiceUnavailable';
      return send(status, { error: { code, message: 'Injected fault' } }, fault.headers);
    }
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : undefined;
    if (!token || !this.tokens.has(token)) {
      return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty or not valid.');
    }
    if (method === 'POST' && path === `${API}/import`) return this.import(body, send, graphError, record);
    const match = new RegExp(`^${API}/([^/]+)$`).exec(path);
    if (method === 'GET' && path === API)
      return send(200, { value: [...this.identities.values()].map((i) => this.view(i)) });
    if (method === 'GET' && match?.[1]) return this.status(decodeURIComponent(match[1]), send, graphError);
    for (const route of this.routes)
      if (route({ method, path, search: url.searchParams, body, token, send, drop, graphError })) return;
    graphError(404, 'ResourceNotFound', `No route ${method} ${path}`);
  }

  private import(
    body: string,
    send: (status: number, json?: unknown) => void,
    graphError: (status: number, code: string, message: string) => void,
    record: RecordedRequest,
  ): void {
    let items: Record<string, unknown>[];
    try {
      const parsed = JSON.parse(body) as { importedWindowsAutopilotDeviceIdentities?: unknown };
      if (!Array.isArray(parsed.importedWindowsAutopilotDeviceIdentities)) throw new Error('no array');
      items = parsed.importedWindowsAutopilotDeviceIdentities as Record<string, unknown>[];
    } catch {
      return graphError(400, 'BadRequest', 'The request body is not an import action body.');
    }
    record.serials = items.map((i) => String(i.serialNumber));
    if (items.length > this.maxBatch) return graphError(413, 'RequestEntityTooLarge', 'Too many devices.');
    for (const item of items) {
      const ok =
        item['@odata.type'] === '#microsoft.graph.importedWindowsAutopilotDeviceIdentity' &&
        typeof item.serialNumber === 'string' &&
        typeof item.hardwareIdentifier === 'string' &&
        /^[A-Za-z0-9+/]+={0,2}$/.test(item.hardwareIdentifier);
      if (!ok || this.rejectedSerials.has(String(item.serialNumber))) {
        return graphError(
          400,
          'BadRequest',
          `Invalid importedWindowsAutopilotDeviceIdentity ${String(item.serialNumber)}`,
        );
      }
    }
    const value = items.map((item) => {
      const identity: FakeIdentity = {
        id: randomUUID(),
        serialNumber: String(item.serialNumber),
        productKey: text(item.productKey),
        hardwareIdentifier: String(item.hardwareIdentifier),
        groupTag: text(item.groupTag),
        assignedUserPrincipalName: text(item.assignedUserPrincipalName),
        polls: 0,
      };
      this.identities.set(identity.id, identity);
      return this.view(identity);
    });
    send(200, { '@odata.context': 'fake', value });
  }

  private status(
    id: string,
    send: (status: number, json?: unknown) => void,
    graphError: (status: number, code: string, message: string) => void,
  ): void {
    const identity = this.identities.get(id);
    if (!identity) return graphError(404, 'ResourceNotFound', 'No such imported device identity.');
    identity.polls += 1;
    send(200, this.view(identity));
  }

  private view(i: FakeIdentity): Record<string, unknown> {
    const done = i.polls >= this.pollsUntilDone;
    const failure = this.errorSerials.get(i.serialNumber);
    const state = !done
      ? {
          deviceImportStatus: i.polls === 0 ? 'pending' : 'unknown',
          deviceRegistrationId: '',
          deviceErrorCode: 0,
          deviceErrorName: '',
        }
      : failure
        ? {
            deviceImportStatus: 'error',
            deviceRegistrationId: '',
            deviceErrorCode: failure.code,
            deviceErrorName: failure.name,
          }
        : {
            deviceImportStatus: 'complete',
            deviceRegistrationId: `reg-${i.id}`,
            deviceErrorCode: 0,
            deviceErrorName: '',
          };
    return {
      '@odata.type': '#microsoft.graph.importedWindowsAutopilotDeviceIdentity',
      id: i.id,
      groupTag: i.groupTag,
      serialNumber: i.serialNumber,
      productKey: i.productKey,
      importId: '',
      hardwareIdentifier: i.hardwareIdentifier,
      assignedUserPrincipalName: i.assignedUserPrincipalName,
      state: { '@odata.type': 'microsoft.graph.importedWindowsAutopilotDeviceIdentityState', ...state },
    };
  }
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeGraph(options: { token: string; pollsUntilDone?: number }): Promise<FakeGraph> {
  const graph = new FakeGraph();
  graph.tokens.add(options.token);
  if (options.pollsUntilDone !== undefined) graph.pollsUntilDone = options.pollsUntilDone;
  return graph.start();
}
