import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startBridge, type Bridge } from '../../../src-main/bridge/server.ts';
import { createHandlers } from '../../../src-main/core/api/index.ts';
import { openTestStation, tempDir } from '../../support/station.ts';

let station: Awaited<ReturnType<typeof openTestStation>>;
let bridge: Bridge;
const web = tempDir();

beforeAll(async () => {
  station = await openTestStation({ simulate: [{ preset: 'hl2', faults: [] }] });
  mkdirSync(join(web.path, 'assets'));
  writeFileSync(join(web.path, 'index.html'), '<h1>station</h1>');
  writeFileSync(join(web.path, 'assets', 'index-BnxqOHXq.js'), 'export {};');
  writeFileSync(join(web.path, 'assets', 'notes.js'), 'export {};');
  bridge = await startBridge({
    handlers: createHandlers(station),
    subscribe: (l) => station.events.on('event', l),
    staticDir: web.path,
    token: 'secret-token-123',
  });
});
afterAll(async () => {
  await bridge.close();
  await station.dispose();
  web.remove();
});

function connect(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

function call(
  ws: WebSocket,
  id: number,
  name: string,
  input: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const msg = JSON.parse((data as Buffer).toString()) as { t: string; id?: number; result?: never };
      if (msg.t === 'result' && msg.id === id) {
        ws.off('message', onMessage);
        resolve(msg.result!);
      }
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ t: 'call', id, name, input }));
  });
}

describe('WebSocket bridge', () => {
  it('refuses a connection without the token', async () => {
    await expect(connect(`ws://127.0.0.1:${bridge.port}/bridge`)).rejects.toThrow(/403/);
  });

  it('refuses a wrong token', async () => {
    await expect(connect(`ws://127.0.0.1:${bridge.port}/bridge?token=guess`)).rejects.toThrow(/403/);
  });

  it('refuses a page from another origin even with the token', async () => {
    await expect(connect(bridge.url, { Origin: 'http://evil.example' })).rejects.toThrow(/403/);
  });

  it('refuses a request for another host name (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: bridge.port, path: '/', headers: { Host: 'evil.example' } },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('answers calls with the same results as the station', async () => {
    const ws = await connect(bridge.url);
    const r = await call(ws, 1, 'listDevices', {});
    expect(r.ok).toBe(true);
    expect((r.value as { model: string }[])[0]!.model).toBe('hololens2');
    ws.close();
  });

  it('answers an invalid payload or unknown call with an error result, not a crash', async () => {
    const ws = await connect(bridge.url);
    expect((await call(ws, 2, 'labelDevice', { deviceId: 5 })).error?.code).toBe('invalid-input');
    expect((await call(ws, 3, 'dropTables', {})).error?.code).toBe('unknown-call');
    ws.send('not json at all');
    expect((await call(ws, 4, 'busState', {})).ok).toBe(true);
    ws.close();
  });

  it('pushes station events to connected clients', async () => {
    const ws = await connect(bridge.url);
    const got = new Promise<string>((resolve) =>
      ws.on('message', (d: WebSocket.RawData) => {
        const m = JSON.parse((d as Buffer).toString()) as { t: string; name?: string };
        if (m.t === 'event' && m.name === 'deviceChanged') resolve(m.name);
      }),
    );
    station.simulator!.add({ preset: 'hl1', faults: [] });
    expect(await got).toBe('deviceChanged');
    ws.close();
  });

  it('serves the renderer but never a file outside its folder', async () => {
    expect(await (await fetch(`http://127.0.0.1:${bridge.port}/`)).text()).toContain('station');
    expect((await fetch(`http://127.0.0.1:${bridge.port}/..%2f..%2fetc%2fpasswd`)).status).not.toBe(200);
    expect((await fetch(`http://127.0.0.1:${bridge.port}/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`http://127.0.0.1:${bridge.port}/`, { method: 'POST' })).status).toBe(405);
  });

  it.each([
    ['/', 'no-store'],
    ['/index.html', 'no-store'],
    ['/assets/index-BnxqOHXq.js', 'public, max-age=31536000, immutable'],
    ['/assets/notes.js', 'no-store'],
  ])('%s may be cached: %s (only a content-hashed asset keeps its meaning)', async (path, policy) => {
    const res = await fetch(`http://127.0.0.1:${bridge.port}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe(policy);
  });
});

const TOK = 'transfer-token-4567';

/** The next frame the server sends that is not an event. */
function nextReply(ws: WebSocket): Promise<{ t: string; id?: number | null; error?: { code: string } }> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const msg = JSON.parse((data as Buffer).toString()) as { t: string };
      if (msg.t === 'event') return;
      ws.off('message', onMessage);
      resolve(msg);
    };
    ws.on('message', onMessage);
  });
}

describe('the bridge answers every frame', () => {
  it.each([
    ['text that is not JSON', 'not json at all', null],
    ['JSON that is not a call', '{"hello":1}', null],
    ['a call with a negative id', '{"t":"call","id":-1,"name":"busState","input":{}}', null],
    ['a call with a string id', '{"t":"call","id":"7","name":"busState","input":{}}', null],
    ['a call with no name, but a usable id', '{"t":"call","id":41,"input":{}}', 41],
  ])('%s: a bridge-bad-frame error', async (_, frame, id) => {
    const ws = await connect(bridge.url);
    const reply = nextReply(ws);
    ws.send(frame);
    expect(await reply).toMatchObject({ t: 'error', id, error: { code: 'bridge-bad-frame' } });
    ws.close();
  });

  it('a binary frame: a bridge-bad-frame error', async () => {
    const ws = await connect(bridge.url);
    const reply = nextReply(ws);
    ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await reply).toMatchObject({ t: 'error', id: null, error: { code: 'bridge-bad-frame' } });
    ws.close();
  });
});

describe('headers and tokens', () => {
  it('every answer carries a CSP that names only this port and forbids framing', async () => {
    for (const path of ['/', '/missing', '/upload']) {
      const res = await fetch(`http://127.0.0.1:${bridge.port}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain(`ws://127.0.0.1:${bridge.port}`);
      expect(csp, path).not.toContain(':*');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it("the renderer's own CSP allows no other local port", async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(join(import.meta.dirname, '../../../src-renderer/index.html'), 'utf8');
    expect(html).toContain('connect-src');
    expect(html).not.toContain(':*');
  });

  it.each(['a', 'aaaaaaaaaaaaaaaaaaaaaaaa', 'abcabcabcabcabca'])('a weak token (%s) is refused', async (token) => {
    await expect(
      startBridge({ handlers: createHandlers(station), subscribe: () => () => undefined, token }),
    ).rejects.toThrow(/at least 16 characters/);
  });
});

describe('upload and download routes (browser mode)', () => {
  let b: Bridge;
  let s: Awaited<ReturnType<typeof openTestStation>>;
  beforeAll(async () => {
    s = await openTestStation({ simulate: [] });
    b = await startBridge({
      handlers: createHandlers(s),
      subscribe: () => () => undefined,
      token: TOK,
      transfers: s.transferDirs(),
    });
  });
  afterAll(async () => {
    await b.close();
    await s.dispose();
  });

  it('stores an upload under the data folder and returns its path', async () => {
    const res = await fetch(`http://127.0.0.1:${b.port}/upload?token=${TOK}&name=..%2F..%2Fevil.ppkg`, {
      method: 'POST',
      body: 'package bytes',
    });
    const body = (await res.json()) as { path: string };
    expect(res.status).toBe(200);
    expect(body.path.startsWith(s.dataPath('uploads'))).toBe(true);
    expect(body.path.endsWith('evil.ppkg')).toBe(true);
  });

  it('refuses uploads and downloads without the token', async () => {
    expect((await fetch(`http://127.0.0.1:${b.port}/upload?name=x`, { method: 'POST', body: 'x' })).status).toBe(403);
    expect((await fetch(`http://127.0.0.1:${b.port}/download?path=/etc/passwd`)).status).toBe(403);
  });

  it('downloads only from the allowed folders', async () => {
    const { writeFileSync } = await import('node:fs');
    const file = join(s.dataPath('pulled'), 'a.txt');
    writeFileSync(file, 'pulled');
    expect(
      await (await fetch(`http://127.0.0.1:${b.port}/download?token=${TOK}&path=${encodeURIComponent(file)}`)).text(),
    ).toBe('pulled');
    expect((await fetch(`http://127.0.0.1:${b.port}/download?token=${TOK}&path=/etc/passwd`)).status).toBe(404);
  });

  it('never follows a link out of the allowed folders', async () => {
    const { symlinkSync } = await import('node:fs');
    const link = join(s.dataPath('pulled'), 'escape.txt');
    symlinkSync('/etc/passwd', link);
    const res = await fetch(`http://127.0.0.1:${b.port}/download?token=${TOK}&path=${encodeURIComponent(link)}`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('root:');
  });

  it.each([
    ['GET', '/upload', 'POST'],
    ['PUT', '/upload', 'POST'],
    ['POST', '/download', 'GET'],
    ['DELETE', '/download', 'GET'],
  ])('%s %s with the right token gets 405 at once (Allow: %s)', async (method, path, allow) => {
    const res = await fetch(`http://127.0.0.1:${b.port}${path}?token=${TOK}&path=x`, {
      method,
      signal: AbortSignal.timeout(3000),
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
  });
});
