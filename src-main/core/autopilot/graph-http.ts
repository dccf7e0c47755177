import { StationError } from '../../shared/errors.ts';
import type { TokenProvider } from './auth.ts';
import { GRAPH_OPERATIONS } from './graph-permissions.ts';
import { redact, redactingLogger, type Logger } from './redact.ts';
import { printable } from './values.ts';
import { say } from '../language.ts';

/**
 * One Graph request with the station's manners: a bearer token (refreshed once on 401), 429 answered by waiting
 * what Retry-After says, 5xx and network failures retried with exponential backoff and jitter, a bounded number of
 * attempts. What cannot be fixed by waiting becomes a StationError; transient ones say so (`isTransientGraphError`),
 * so the upload queue keeps the devices for later instead of failing them.
 */

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface RetryPolicy {
  /** Tries per request, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this ends the attempt (transient) rather than stalling a bench run. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 300_000,
};

export interface GraphHttpOptions {
  /** Graph root plus version, e.g. https://graph.microsoft.com/v1.0 */
  baseUrl: string;
  tokens: TokenProvider;
  fetch?: FetchLike;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
  log?: Logger;
  retry?: Partial<RetryPolicy>;
  requestTimeoutMs?: number;
}

export interface GraphResponse {
  status: number;
  body: unknown;
}

const TRANSIENT = new Set([
  'graph-unreachable',
  'graph-unavailable',
  'graph-throttled',
  'sign-in-unreachable',
  'graph-unconfirmed',
]);

/**
 * A request that must not be sent twice (the import POST) ended without a clear answer: it timed out, the
 * connection dropped, or Graph answered 5xx. Graph may have acted on it; the caller checks before anything is
 * sent again.
 */
export class GraphUnconfirmed extends StationError {
  constructor(method: string, path: string, why: string) {
    super(
      'graph-unconfirmed',
      'Microsoft Graph did not confirm the request',
      `${method} ${path} got no clear answer (${why}); Graph may have acted on it.`,
    );
  }
}

export interface RequestOptions {
  /**
   * False for requests that change something and have no idempotency key (the Autopilot import): after the bytes
   * may have reached Graph, they are never sent again here; a GraphUnconfirmed says the caller must check first.
   * 401, 429 and 503 are still retried: Graph did not act on those.
   */
  resendable?: boolean;
}

export function isTransientGraphError(error: unknown): boolean {
  return error instanceof StationError && TRANSIENT.has(error.code);
}

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 section 10.2.3). */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** Graph's error code and message, with `secrets` (the tokens sent) and anything token-shaped removed. */
export function graphErrorText(body: unknown, secrets: Iterable<string> = []): string {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const parts = [error?.code, error?.message].filter((p): p is string => typeof p === 'string' && p !== '');
  return parts.length > 0 ? printable(redact(parts.join(': '), secrets), 300) : 'no details';
}

export class GraphHttp {
  readonly baseUrl: string;
  private readonly tokens: TokenProvider;
  private readonly fetchFn: FetchLike;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly retry: RetryPolicy;
  private readonly timeoutMs: number;
  private readonly log: Logger;
  private token: string | undefined;
  /** Every token this client was given: an echo of any of them in an answer is removed, not only the current. */
  private readonly tokensSeen = new Set<string>();

  constructor(o: GraphHttpOptions) {
    this.baseUrl = o.baseUrl;
    this.tokens = o.tokens;
    this.fetchFn = o.fetch ?? ((url, init) => fetch(url, init));
    this.sleep = o.sleep ?? realSleep;
    this.now = o.now ?? Date.now;
    this.random = o.random ?? Math.random;
    this.retry = { ...DEFAULT_RETRY, ...o.retry };
    this.timeoutMs = o.requestTimeoutMs ?? 60_000;
    this.log = redactingLogger(o.log, () => this.tokensSeen);
  }

  /** Graph's error text from an answer, with every token this client sent removed. */
  errorText(body: unknown): string {
    return graphErrorText(body, this.tokensSeen);
  }

  private async currentToken(forceRefresh = false): Promise<string> {
    if (forceRefresh || this.token === undefined) {
      this.token = await this.tokens.getToken(forceRefresh ? { forceRefresh: true } : undefined);
      this.tokensSeen.add(this.token);
    }
    return this.token;
  }

  /** Sends one request; returns 2xx and non-retryable 4xx answers, throws StationError for the rest. */
  async request(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body?: unknown,
    { resendable = true }: RequestOptions = {},
  ): Promise<GraphResponse> {
    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      const token = await this.currentToken();
      let response: Response;
      try {
        response = await this.fetchFn(`${this.baseUrl}${path}`, {
          method,
          headers: {
            Authorization: `Bearer ${token}`,
            Accept: 'application/json',
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(this.timeoutMs),
        });
      } catch (cause) {
        const why = cause instanceof Error ? cause.message : String(cause);
        if (!resendable && !neverSent(cause)) throw new GraphUnconfirmed(method, path, redact(why, this.tokensSeen));
        if (attempt >= this.retry.maxAttempts) throw unreachable(this.baseUrl, cause);
        const wait = this.backoff(attempt);
        this.log('warn', `${method} ${path}: network error (${why}); retry ${attempt} in ${wait} ms`);
        await this.sleep(wait);
        continue;
      }
      this.log('debug', `${method} ${path} -> ${response.status} (attempt ${attempt})`);
      if (response.status === 401 && !refreshed) {
        refreshed = true;
        await response.body?.cancel();
        await this.currentToken(true);
        attempt--; // a refreshed token is not a retry of a failing service
        continue;
      }
      if (response.status === 429 || response.status >= 500) {
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'), this.now());
        const bodyText = await response.text().catch(() => '');
        // 503 says the service did not take the request; other 5xx (500, 502, 504) may come after it acted.
        if (!resendable && response.status >= 500 && response.status !== 503) {
          throw new GraphUnconfirmed(method, path, `Graph answered ${response.status}`);
        }
        if (attempt >= this.retry.maxAttempts || (retryAfter ?? 0) > this.retry.maxRetryAfterMs) {
          throw response.status === 429 ? throttled() : unavailable(response.status, bodyText, this.tokensSeen);
        }
        const wait = retryAfter ?? this.backoff(attempt);
        this.log('warn', `${method} ${path}: ${response.status}; retry ${attempt} in ${wait} ms`);
        await this.sleep(wait);
        continue;
      }
      const parsed = await readBody(response);
      if (response.status === 401) throw unauthorized();
      if (response.status === 403) throw forbidden(this.errorText(parsed));
      return { status: response.status, body: parsed };
    }
  }

  private backoff(attempt: number): number {
    const ceiling = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
    // "Equal jitter": at least half the ceiling, so retries from many stations spread out but never hammer.
    return Math.round(ceiling / 2 + this.random() * (ceiling / 2));
  }
}

/** Errors that happen before a request leaves this machine: no connection was made, so nothing reached Graph. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

function neverSent(error: unknown): boolean {
  const code = ((error as { cause?: { code?: unknown } } | null)?.cause ?? error) as { code?: unknown } | null;
  return typeof code?.code === 'string' && NOT_CONNECTED.has(code.code);
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { error: { message: printable(text, 200) } };
  }
}

function unreachable(baseUrl: string, cause: unknown): StationError {
  return new StationError(
    'graph-unreachable',
    say('station-work:graph.unreachable.title'),
    say('station-work:graph.unreachable.message', { host: new URL(baseUrl).host }),
    { cause: cause instanceof Error ? new Error(redact(cause.message)) : undefined },
  );
}

function unavailable(status: number, bodyText: string, secrets: Iterable<string>): StationError {
  let detail = '';
  try {
    detail = ` (${graphErrorText(JSON.parse(bodyText), secrets)})`;
  } catch {
    // not JSON: say nothing more
  }
  return new StationError(
    'graph-unavailable',
    say('station-work:graph.unavailable.title'),
    say('station-work:graph.unavailable.message', { status: `${status}${detail}` }),
  );
}

function throttled(): StationError {
  return new StationError(
    'graph-throttled',
    say('station-work:graph.throttled.title'),
    say('station-work:graph.throttled.message'),
  );
}

function unauthorized(): StationError {
  return new StationError(
    'graph-unauthorized',
    say('station-work:graph.unauthorized.title'),
    say('station-work:graph.unauthorized.message'),
  );
}

/** The upload's refusal, naming the permission the table gives the import (the Intune side words its own). */
function forbidden(detail: string): StationError {
  return new StationError(
    'graph-forbidden',
    say('station-work:graph.forbidden.title'),
    say('station-work:graph.forbidden.message', {
      detail,
      permission: GRAPH_OPERATIONS['import-autopilot-devices'].application,
    }),
  );
}
