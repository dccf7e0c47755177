/**
 * The bridge under random hostile input (fast-check): every frame gets an answer, every request an HTTP status,
 * no path outside the download roots is ever served, no other Host is served, within a time and heap bound.
 */
import { request } from 'node:http';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startBridge, type Bridge } from '../../src-main/bridge/server.ts';
import { createHandlers } from '../../src-main/core/api/index.ts';
import { openTestStation, tempDir } from '../support/station.ts';

const TOKEN = 'attack-suite-token-0123456789';
const CASE_MS = 3000;
const HEAP_GROWTH_MB = 64;
let station: Awaited<ReturnType<typeof openTestStation>>;
let bridge: Bridge;
const web = tempDir();

beforeAll(async () => {
  station = await openTestStation({ simulate: [{ preset: 'hl2', faults: [] }] });
  writeFileSync(join(web.path, 'index.html'), '<h1>station</h1>');
  const pulled = station.dataPath('pulled');
  mkdirSync(join(pulled, 'dev'), { recursive: true });
  writeFileSync(join(pulled, 'dev', 'ok.txt'), 'fine');
  symlinkSync('/etc/passwd', join(pulled, 'dev', 'link.txt'));
  symlinkSync('/etc', join(pulled, 'etc-dir'));
  bridge = await startBridge({
    handlers: createHandlers(station),
    subscribe: (l) => station.events.on('event', l),
    staticDir: web.path,
    token: TOKEN,
    transfers: station.transferDirs(),
  });
});
afterAll(async () => {
  await bridge.close();
  await station.dispose();
  web.remove();
});

/** Runs one case within the time bound and checks the heap did not balloon. */
async function bounded<T>(run: () => Promise<T>): Promise<T> {
  const heapBefore = process.memoryUsage().heapUsed;
  const result = await Promise.race([
    run(),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${CASE_MS} ms`)), CASE_MS)),
  ]);
  expect((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20).toBeLessThan(HEAP_GROWTH_MB);
  return result;
}

function http(
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: bridge.port, method, path, headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('bridge frames: every frame gets exactly one answer', () => {
  let ws: WebSocket;
  beforeAll(async () => {
    ws = new WebSocket(bridge.url);
    await new Promise((resolve) => ws.once('open', resolve));
  });
  afterAll(() => ws.close());

  const reply = (frame: string | Buffer, binary: boolean): Promise<{ t: string }> =>
    new Promise((resolve) => {
      const onMessage = (data: WebSocket.RawData): void => {
        const msg = JSON.parse((data as Buffer).toString()) as { t: string };
        if (msg.t === 'event') return;
        ws.off('message', onMessage);
        resolve(msg);
      };
      ws.on('message', onMessage);
      ws.send(frame, { binary });
    });

  it('random text, random JSON, random calls and binary frames', async () => {
    const frame = fc.oneof(
      fc.string({ maxLength: 200 }).map((s) => ({ frame: s, binary: false })),
      fc.json().map((s) => ({ frame: s, binary: false })),
      fc
        .record({
          t: fc.constantFrom('call', 'result', 'x'),
          id: fc.oneof(fc.integer({ min: -5, max: 2 ** 40 }), fc.string(), fc.constant(null)),
          name: fc.oneof(
            fc.constantFrom('busState', 'listDevices', 'simStatus', '__proto__', 'constructor'),
            fc.string(),
          ),
          input: fc.anything(),
        })
        .map((o) => ({ frame: JSON.stringify(o), binary: false })),
      fc.uint8Array({ maxLength: 64 }).map((b) => ({ frame: Buffer.from(b), binary: true })),
    );
    await fc.assert(
      fc.asyncProperty(frame, async ({ frame: f, binary }) => {
        const got = await bounded(() => reply(f, binary));
        expect(['result', 'error']).toContain(got.t);
      }),
      { numRuns: 150 },
    );
  });
});

describe('bridge HTTP: every request answered, nothing outside the roots, no other host', () => {
  it('any method on any route gets a status', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
        fc.constantFrom('/', '/upload', '/download', '/bridge', '/index.html', '/x'),
        async (method, route) => {
          const { status } = await bounded(() => http(method, `${route}?token=${TOKEN}&path=x&name=y`));
          expect(status).toBeGreaterThanOrEqual(200);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('download paths: only regular files inside the roots, never through a link or ..', async () => {
    const pulled = station.dataPath('pulled');
    const path = fc.oneof(
      fc.constantFrom(
        '/etc/passwd',
        join(pulled, 'dev', 'link.txt'),
        join(pulled, 'etc-dir', 'passwd'),
        join(pulled, '..', '..', 'ledger.sqlite'),
        join(pulled, 'dev', '..', '..', '..', 'etc', 'passwd'),
        '/dev/zero',
        pulled,
        '',
      ),
      fc.string({ maxLength: 80 }).map((s) => join(pulled, s)),
    );
    await fc.assert(
      fc.asyncProperty(path, async (p) => {
        const { status, body } = await bounded(() =>
          http('GET', `/download?token=${TOKEN}&path=${encodeURIComponent(p)}`),
        );
        expect([200, 404]).toContain(status);
        if (status === 200) expect(body).toBe('fine');
        expect(body).not.toContain('root:');
      }),
      { numRuns: 100 },
    );
  });

  it('any Host header but this bridge is refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.domain(), fc.constantFrom('127.0.0.1', `127.0.0.1:${bridge.port + 1}`, 'localhost', '0.0.0.0')),
        async (host) => {
          const { status } = await bounded(() => http('GET', '/', { Host: host }));
          expect(status).toBe(421);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('bridge calls with special files as paths answer at once with an error', async () => {
    const ws = new WebSocket(bridge.url);
    await new Promise((resolve) => ws.once('open', resolve));
    for (const [id, path] of [
      [1, '/dev/zero'],
      [2, '/dev/urandom'],
      [3, '/proc/self/mem'],
    ] as const) {
      const result = await bounded(
        () =>
          new Promise<{ ok: boolean }>((resolve) => {
            ws.on('message', (data: WebSocket.RawData) => {
              const m = JSON.parse((data as Buffer).toString()) as { t: string; id: number; result: { ok: boolean } };
              if (m.t === 'result' && m.id === id) resolve(m.result);
            });
            ws.send(JSON.stringify({ t: 'call', id, name: 'batchImportManifest', input: { path } }));
          }),
      );
      expect(result.ok).toBe(false);
    }
    ws.close();
  });
});
