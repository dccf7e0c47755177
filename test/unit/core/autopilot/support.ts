import type { TokenProvider, TokenRequestOptions } from '../../../../src-main/core/autopilot/auth.ts';
import type { Logger } from '../../../../src-main/core/autopilot/redact.ts';

/** JWT-shaped like a real access token, and a plain one that only exact-match redaction can catch. */
export const JWT_TOKEN =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJodHRwczovL2dyYXBoLm1pY3Jvc29mdC5jb20ifQ.c2lnbmF0dXJl';
export const PLAIN_TOKEN = 'plain-token-7f3a9c1e5b2d4f60';

/** Time that moves only when the code under test sleeps: retries and polls run instantly. */
export function fakeClock(start = Date.UTC(2025, 0, 1, 8, 0, 0)): {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  waits: number[];
} {
  let t = start;
  const waits: number[] = [];
  return {
    now: () => t,
    sleep: (ms) => {
      waits.push(ms);
      t += ms;
      return Promise.resolve();
    },
    waits,
  };
}

/** Hands out tokens in order: the first, then the next one on each forced refresh. */
export function tokenSequence(...tokens: string[]): TokenProvider & { requests: TokenRequestOptions[] } {
  let index = 0;
  const requests: TokenRequestOptions[] = [];
  return {
    requests,
    getToken(options: TokenRequestOptions = {}) {
      requests.push(options);
      if (options.forceRefresh) index = Math.min(index + 1, tokens.length - 1);
      return Promise.resolve(tokens[index] ?? '');
    },
  };
}

export function logCollector(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  return { lines, log: (level, message, detail) => lines.push(`${level} ${message} ${JSON.stringify(detail ?? {})}`) };
}
