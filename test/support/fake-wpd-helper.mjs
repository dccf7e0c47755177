// A stand-in for the Windows storage helper (resources/windows/wpd-helper): speaks the same line-JSON protocol on
// stdin/stdout and plays a scenario file (argv[2]): devices as WPD lists them, their storage trees, and the errors
// a real Windows PC gives (device gone, access denied, disk full) at the point the scenario names.
import { readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const scenario = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const V = 1;
const send = (msg) => process.stdout.write(`${JSON.stringify({ v: V, ...msg })}\n`);
const log = scenario.logFile ? (line) => appendFileSync(scenario.logFile, `${line}\n`) : () => {};

/** objects per device: id -> { name, kind, parentId, storageId, data, modified } */
const devices = new Map();
let nextObject = 1;
for (const [wpdId, spec] of Object.entries(scenario.trees ?? {})) {
  const objects = new Map();
  for (const s of spec.storages) {
    objects.set(s.objectId, { storage: s, kind: 'storage', name: s.description, parentId: null });
    for (const folder of s.folders ?? []) ensurePath(objects, s.objectId, folder);
    for (const [path, text] of Object.entries(s.files ?? {})) {
      const parts = path.split('/');
      const name = parts.pop();
      const parentId = parts.length ? ensurePath(objects, s.objectId, parts.join('/')) : s.objectId;
      objects.set(`o${nextObject++}`, { kind: 'file', name, parentId, storageId: s.objectId, data: Buffer.from(text) });
    }
  }
  devices.set(wpdId, { info: spec.info, objects, gone: false });
}

function ensurePath(objects, storageId, path) {
  let parent = storageId;
  for (const part of path.split('/')) {
    const found = [...objects].find(([, o]) => o.parentId === parent && o.name === part);
    if (found) parent = found[0];
    else {
      const id = `o${nextObject++}`;
      objects.set(id, { kind: 'folder', name: part, parentId: parent, storageId });
      parent = id;
    }
  }
  return parent;
}

class Failure extends Error {
  constructor(error) {
    super(error.message);
    this.error = error;
  }
}

/** The first scenario failure for this request, used up once it strikes (unless `always`). */
function failureFor(op, req) {
  const list = scenario.failures ?? [];
  const i = list.findIndex(
    (f) => f.op === op && (!f.device || f.device === req.device) && (!f.name || f.name === req.name),
  );
  if (i < 0) return null;
  const f = list[i];
  if (!f.always) list.splice(i, 1);
  return f;
}

function deviceOf(req) {
  const d = devices.get(req.device);
  if (!d || d.gone)
    throw new Failure({ code: 'device-gone', message: 'The device is no longer connected.', hresult: '0x8007048F' });
  return d;
}

const canceled = new Set();
const used = (d, storageId) =>
  [...d.objects.values()]
    .filter((o) => o.storageId === storageId && o.kind === 'file')
    .reduce((n, o) => n + o.data.length, 0);

async function moveBytes(req, total, failure, onChunk) {
  const chunk = 64 * 1024;
  for (let at = 0; at < total; at += chunk) {
    if (canceled.has(req.id)) throw new Failure({ code: 'canceled', message: 'Canceled.' });
    if (failure?.afterBytes !== undefined && at >= failure.afterBytes) {
      if (failure.unplug) devices.get(req.device).gone = true;
      throw new Failure(failure.error);
    }
    onChunk(at, Math.min(at + chunk, total));
    send({ event: 'progress', id: req.id, bytes: Math.min(at + chunk, total), total });
    await new Promise((r) => setTimeout(r, scenario.chunkDelayMs ?? 0));
  }
  if (failure?.afterBytes !== undefined) {
    if (failure.unplug) devices.get(req.device).gone = true;
    throw new Failure(failure.error);
  }
}

const handlers = {
  hello: () => ({ protocol: scenario.protocol ?? V, helper: 'fake-wpd-helper', version: '0' }),
  devices: () => scenario.devices,
  open: (req) => deviceOf(req).info,
  watch: (req) => (deviceOf(req), {}),
  close: () => ({}),
  cancel: (req) => (canceled.add(req.target), {}),
  storages: (req) => {
    const d = deviceOf(req);
    if (d.info.locked) return [];
    return [...d.objects.values()]
      .filter((o) => o.kind === 'storage')
      .map(({ storage: s }) => ({
        objectId: s.objectId,
        description: s.description,
        volume: s.volume ?? '',
        capacityBytes: s.capacityBytes,
        freeBytes: Math.max(0, s.capacityBytes - used(d, s.objectId) - (s.reservedBytes ?? 0)),
        readOnly: false,
      }));
  },
  children: (req) => {
    const d = deviceOf(req);
    if (!d.objects.has(req.objectId)) throw new Failure({ code: 'not-found', message: `No object ${req.objectId}.` });
    return [...d.objects]
      .filter(([, o]) => o.parentId === req.objectId)
      .map(([id, o]) => ({
        objectId: id,
        name: o.name,
        kind: o.kind,
        size: o.kind === 'file' ? o.data.length : null,
        modified: null,
      }));
  },
  delete: (req) => {
    const d = deviceOf(req);
    if (!d.objects.delete(req.objectId))
      throw new Failure({ code: 'not-found', message: `No object ${req.objectId}.` });
    send({ event: 'object-removed', device: req.device, objectId: req.objectId });
    return {};
  },
  pull: async (req) => {
    const d = deviceOf(req);
    const o = d.objects.get(req.objectId);
    if (!o || o.kind !== 'file') throw new Failure({ code: 'not-found', message: `No file ${req.objectId}.` });
    const failure = failureFor('pull', req);
    const out = Buffer.from(o.data);
    if (failure?.corrupt) out[0] ^= 0xff;
    writeFileSync(req.localPath, Buffer.alloc(0));
    await moveBytes(req, out.length, failure?.corrupt ? null : failure, (from, to) =>
      appendFileSync(req.localPath, out.subarray(from, to)),
    );
    return { bytes: out.length };
  },
  push: async (req) => {
    const d = deviceOf(req);
    const parent = d.objects.get(req.parentId);
    if (!parent) throw new Failure({ code: 'not-found', message: `No folder ${req.parentId}.` });
    const failure = failureFor('push', req);
    if (failure && failure.afterBytes === undefined) throw new Failure(failure.error);
    const data = readFileSync(req.localPath);
    const storageId = parent.kind === 'storage' ? req.parentId : parent.storageId;
    const s = d.objects.get(storageId).storage;
    if (data.length > s.capacityBytes - used(d, storageId) - (s.reservedBytes ?? 0)) {
      throw new Failure({
        code: 'disk-full',
        message: 'There is not enough space on the disk.',
        hresult: '0x80070070',
      });
    }
    const id = `o${nextObject++}`;
    const partial = { kind: 'file', name: req.name, parentId: req.parentId, storageId, data: Buffer.alloc(0) };
    d.objects.set(id, partial);
    try {
      await moveBytes(req, data.length, failure, (_from, to) => (partial.data = data.subarray(0, to)));
    } catch (e) {
      if (!scenario.keepPartial) d.objects.delete(id);
      throw e;
    }
    send({ event: 'object-added', device: req.device, objectId: id, parentId: req.parentId, name: req.name });
    return { objectId: id };
  },
};

// Scenario-driven appearances: a file shows up after a delay (AutopilotDiagnostics.zip after the chord).
for (const a of scenario.appear ?? []) {
  setTimeout(() => {
    const d = devices.get(a.device);
    const storageId = [...d.objects].find(([, o]) => o.kind === 'storage')[0];
    const parentId = ensurePath(d.objects, storageId, a.folder);
    const id = `o${nextObject++}`;
    d.objects.set(id, { kind: 'file', name: a.name, parentId, storageId, data: Buffer.from(a.text) });
    send({ event: 'object-added', device: a.device, objectId: id, parentId, name: a.name });
  }, a.afterMs).unref();
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const req = JSON.parse(line);
  log(`${req.op} ${JSON.stringify({ ...req, v: undefined, id: undefined, op: undefined })}`);
  const handler = handlers[req.op];
  Promise.resolve()
    .then(() => {
      if (!handler) throw new Failure({ code: 'bad-request', message: `Unknown op ${req.op}.` });
      const failure = req.op === 'pull' || req.op === 'push' ? null : failureFor(req.op, req);
      if (failure?.exit) process.exit(3);
      if (failure) throw new Failure(failure.error);
      return handler(req);
    })
    .then(
      (result) => send({ id: req.id, ok: true, result }),
      (e) =>
        send({ id: req.id, ok: false, error: e instanceof Failure ? e.error : { code: 'failed', message: String(e) } }),
    );
});
