import { StationError } from '../../shared/errors.ts';
import type { TokenProvider } from '../autopilot/auth.ts';
import { GRAPH_CLOUDS, parseGraphRoot, type GraphCloudName } from '../autopilot/graph-cloud.ts';
import { GraphHttp, graphErrorText, type FetchLike, type GraphResponse } from '../autopilot/graph-http.ts';
import {
  ACTION_PERMISSIONS,
  actionTitle,
  missingPermissionText,
  tokensForAction,
  type SignInKind,
  type StationAction,
} from '../autopilot/graph-permissions.ts';
import type { Logger } from '../autopilot/redact.ts';
import {
  AutopilotIdentitySchema,
  CollectionPageSchema,
  EntraDeviceSchema,
  ManagedDeviceSchema,
  type AutopilotIdentity,
  type EntraDevice,
  type ManagedDevice,
} from './graph-shapes.ts';
import { requests, type GraphRequest } from './graph-requests.ts';
import { say } from '../language.ts';

/**
 * Sends the Intune requests (graph-requests.ts) through the Autopilot upload's GraphHttp: same sign-in, cloud and
 * manners (token refresh, 429 Retry-After, backoff). What differs:
 * - it works for one station action at a time (`forAction`): its token asks for that action's permissions only
 *   (graph-permissions.ts), and a request outside the action's operations is refused before it is sent, so the
 *   permission table and the requests cannot drift apart;
 * - a wipe is sent once, never retried after a lost answer: whether it arrived is asked again, not assumed;
 * - a 403 names the permission this request needs, worded for the sign-in in use (app, person or given token).
 * Every exchange goes to `onExchange` (the ledger records it against the serial). Paging follows
 * @odata.nextLink only on the same Graph root, so the token never goes to another host.
 */

export interface Exchange {
  method: string;
  path: string;
  permission: string;
  /** HTTP status; 0 when no answer came (network gone). */
  status: number;
  /** A short account of the answer: ids found, the Graph error code, or why there was none. */
  summary: string;
}

export interface IntuneGraphOptions {
  tokens: TokenProvider;
  cloud?: GraphCloudName;
  graphBase?: string;
  /** The one non-Microsoft host the technician confirmed for graphBase (--allow-graph-host). */
  allowGraphHost?: string;
  fetch?: FetchLike;
  sleep?: (ms: number) => Promise<void>;
  log?: Logger;
  onExchange?: (e: Exchange) => void;
  /** The action these requests are for; unset, the token is the sign-in's default and nothing is checked. */
  action?: StationAction;
}

const MAX_PAGES = 50;

export class IntuneGraph {
  readonly root: string;
  readonly action: StationAction | null;
  private readonly options: IntuneGraphOptions;
  private readonly signIn: SignInKind | undefined;
  private readonly http: GraphHttp;
  private readonly once: GraphHttp;
  private onExchange: (e: Exchange) => void;

  constructor(o: IntuneGraphOptions) {
    this.options = o;
    this.action = o.action ?? null;
    this.signIn = o.tokens.kind;
    this.root = o.graphBase
      ? parseGraphRoot(o.graphBase, o.allowGraphHost)
      : GRAPH_CLOUDS[o.cloud ?? 'global'].graphRoot;
    const tokens = o.action ? tokensForAction(o.tokens, o.action) : o.tokens;
    const base = { baseUrl: `${this.root}/v1.0`, tokens, fetch: o.fetch, sleep: o.sleep, log: o.log };
    this.http = new GraphHttp(base);
    this.once = new GraphHttp({ ...base, retry: { maxAttempts: 1 } });
    this.onExchange = o.onExchange ?? (() => undefined);
  }

  /**
   * The same Graph for one action: a fresh token asking for that action's permissions (a person signed in is asked
   * only for consent still missing, when the action starts), and only that action's requests.
   */
  forAction(action: StationAction): IntuneGraph {
    return new IntuneGraph({ ...this.options, action, onExchange: this.onExchange });
  }

  /** Routes the exchanges to another recorder for a while (one serial's clean-up). */
  recordTo(onExchange: (e: Exchange) => void): () => void {
    const before = this.onExchange;
    this.onExchange = onExchange;
    return () => {
      this.onExchange = before;
    };
  }

  async send(req: GraphRequest): Promise<GraphResponse> {
    if (this.action && !ACTION_PERMISSIONS[this.action].operations.includes(req.operation)) {
      // A programming error, not the technician's: the table in graph-permissions.ts must list every request.
      throw new StationError(
        'intune-request-undeclared',
        say('graph:undeclared.title'),
        say('graph:undeclared.message', {
          request: `${req.method} ${req.path.split('?')[0]}`,
          operation: req.operation,
          what: actionTitle(this.action),
        }),
      );
    }
    const http = req.path.endsWith('/wipe') ? this.once : this.http;
    let response: GraphResponse;
    try {
      response = await http.request(req.method, req.path, req.body);
    } catch (error) {
      const e = error instanceof StationError ? error : null;
      this.onExchange({
        method: req.method,
        path: req.path,
        permission: req.permission,
        status: e?.code === 'graph-forbidden' ? 403 : 0,
        summary: e ? `${e.code}: ${e.title}` : 'no answer',
      });
      if (e?.code === 'graph-forbidden') throw this.forbidden(req, e.message);
      throw error;
    }
    this.onExchange({
      method: req.method,
      path: req.path,
      permission: req.permission,
      status: response.status,
      summary: summarize(response),
    });
    return response;
  }

  async managedDevices(serial: string): Promise<ManagedDevice[]> {
    const all = await this.list(requests.listManagedDevices(serial), ManagedDeviceSchema);
    return all.filter((d) => (d.serialNumber ?? '').toUpperCase() === serial.trim().toUpperCase());
  }

  async autopilotIdentities(serial: string): Promise<AutopilotIdentity[]> {
    const all = await this.list(requests.listAutopilotIdentities(serial), AutopilotIdentitySchema);
    return all.filter((d) => (d.serialNumber ?? '').toUpperCase() === serial.trim().toUpperCase());
  }

  async entraDevices(deviceId: string): Promise<EntraDevice[]> {
    const all = await this.list(requests.listEntraDevices(deviceId), EntraDeviceSchema);
    return all.filter((d) => (d.deviceId ?? '').toLowerCase() === deviceId.toLowerCase());
  }

  /** True when the record is there, false on 404 (deleted). */
  async exists(req: GraphRequest): Promise<boolean> {
    const response = await this.send(req);
    if (response.status === 404) return false;
    if (response.status >= 200 && response.status < 300) return true;
    throw refused(req, response);
  }

  /** Sends a mutating request; a 404 on a DELETE means it is gone already, which is what was wanted. */
  async act(req: GraphRequest): Promise<'done' | 'already-gone'> {
    const response = await this.send(req);
    if (response.status >= 200 && response.status < 300) return 'done';
    if (response.status === 404 && req.method === 'DELETE') return 'already-gone';
    throw refused(req, response);
  }

  private async list<T>(
    req: GraphRequest,
    schema: { safeParse(v: unknown): { success: boolean; data?: T } },
  ): Promise<T[]> {
    const out: T[] = [];
    let next: GraphRequest | null = req;
    for (let page = 0; next && page < MAX_PAGES; page++) {
      const response = await this.send(next);
      if (response.status !== 200) throw refused(next, response);
      const parsed = CollectionPageSchema.safeParse(response.body);
      if (!parsed.success) throw refused(next, response, 'an answer that is not a list');
      for (const item of parsed.data.value) {
        const one = schema.safeParse(item);
        if (one.success && one.data !== undefined) out.push(one.data);
      }
      const link = parsed.data['@odata.nextLink'];
      next = link ? { ...req, path: this.relative(link) } : null;
    }
    if (next) {
      throw new StationError(
        'intune-too-many',
        say('station-work:intuneGraph.tooMany.title'),
        say('station-work:intuneGraph.tooMany.message', { path: req.path, count: MAX_PAGES }),
      );
    }
    return out;
  }

  private forbidden(req: GraphRequest, original: string): StationError {
    const detail = /\(([^)]*)\)/.exec(original)?.[1];
    return new StationError(
      'intune-forbidden',
      say('station-work:intuneGraph.forbidden.title'),
      say(detail ? 'station-work:intuneGraph.forbidden.message' : 'station-work:intuneGraph.forbidden.messageBare', {
        request: `${req.method} ${req.path.split('?')[0]}`,
        detail,
        missing: missingPermissionText(req.operation, this.action, this.signIn),
      }),
    );
  }

  private relative(link: string): string {
    const prefix = `${this.root}/v1.0`;
    if (!link.startsWith(`${prefix}/`)) {
      throw new StationError(
        'intune-next-link-foreign',
        say('station-work:intuneGraph.elsewhere.title'),
        say('station-work:intuneGraph.elsewhere.message'),
      );
    }
    return link.slice(prefix.length);
  }
}

function summarize(r: GraphResponse): string {
  if (r.status >= 400) return graphErrorText(r.body);
  const body = r.body as { value?: unknown; id?: unknown } | null;
  if (body && Array.isArray(body.value)) {
    const ids = body.value.map((v) => (v as { id?: unknown }).id).filter((id): id is string => typeof id === 'string');
    return ids.length === 0 ? 'no records' : `records ${ids.join(', ')}`;
  }
  if (body && typeof body.id === 'string') return `record ${body.id}`;
  return r.status === 204 ? 'accepted' : 'answered';
}

function refused(req: GraphRequest, r: GraphResponse, what?: string): StationError {
  return new StationError(
    'intune-request-refused',
    say('station-work:intuneGraph.refused.title'),
    say('station-work:intuneGraph.refused.message', {
      request: `${req.method} ${req.path.split('?')[0]}`,
      status: r.status,
      answer: what ?? graphErrorText(r.body),
    }),
  );
}
