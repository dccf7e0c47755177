import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isMtpError } from '../../../../src-main/core/mtp/errors.ts';
import type { StorageChange, TransferProgress } from '../../../../src-main/core/mtp/storage-port.ts';
import { SimStorageTree } from '../../../../src-main/sim/mtp/index.ts';
import { patternPeriod } from '../../../../src-main/sim/mtp/blobs.ts';
import { caught, openSim, tempDir, type SimFixture } from './sim-fixture.ts';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
let tmp: ReturnType<typeof tempDir>;
let fx: SimFixture | null = null;

beforeEach(() => {
  tmp = tempDir();
});
afterEach(async () => {
  if (fx) expect(fx.pipe.sim.violations).toEqual([]);
  await fx?.storage.close();
  fx = null;
  tmp.cleanup();
});

async function sim(setup?: (tree: SimStorageTree) => void, options: Parameters<typeof openSim>[0] = {}) {
  const tree = options.tree ?? new SimStorageTree();
  setup?.(tree);
  fx = await openSim({ ...options, tree });
  return fx;
}

describe('MtpStorage: browsing', () => {
  it('lists storages, folders and files; paths match case-insensitively with either separator', async () => {
    const { storage } = await sim((t) => t.addFile('Documents/notes.txt', 'abc'));
    expect((await storage.list('')).map((e) => [e.name, e.kind])).toEqual([['Internal Storage', 'storage']]);
    expect((await storage.list('Internal Storage')).map((e) => e.name)).toEqual([
      '3D Objects',
      'Documents',
      'Downloads',
      'Music',
      'Pictures',
      'Videos',
    ]);
    const docs = await storage.list('internal storage\\DOCUMENTS');
    expect(docs).toEqual([
      expect.objectContaining({
        name: 'notes.txt',
        path: 'Internal Storage/Documents/notes.txt',
        kind: 'file',
        size: 3,
      }),
    ]);
    expect(await storage.stat('Internal Storage/Documents/missing.zip')).toBeNull();
    expect(isMtpError(await caught(() => storage.list('Internal Storage/Nope')), 'mtp-not-found')).toBe(true);
    expect(isMtpError(await caught(() => storage.list('Internal Storage/Documents/notes.txt')), 'mtp-bad-path')).toBe(
      true,
    );
    expect(isMtpError(await caught(() => storage.list('Internal Storage/../x')), 'mtp-bad-path')).toBe(true);
  });

  it('a device without visible storage (locked, or waiting for sign-in) says so plainly', async () => {
    const { storage } = await sim((t) => t.setVisible(false));
    expect(await storage.storages()).toEqual([]);
    const error = await caught(() => storage.list('Internal Storage'));
    expect(isMtpError(error, 'mtp-no-storage')).toBe(true);
    expect((error as Error).message).toMatch(/unlock/i);
  });

  it('deletes files and whole folders', async () => {
    const { storage, tree } = await sim((t) => {
      t.addFile('Documents/a.txt', 'a');
      t.addFile('Documents/sub/b.txt', 'b');
    });
    await storage.delete('Internal Storage/Documents/a.txt');
    await storage.delete('Internal Storage/Documents/sub');
    expect(tree.list('Documents')).toEqual([]);
    expect(isMtpError(await caught(() => storage.delete('Internal Storage')), 'mtp-bad-path')).toBe(true);
  });
});

describe('MtpStorage: pull', () => {
  it('streams to a temp file, renames it, reports size and SHA-256', async () => {
    const body = Buffer.from(patternPeriod(3).subarray(0, 3 * 1024 * 1024 + 77));
    const { storage } = await sim((t) => t.addFile('Documents/AutopilotDiagnostics.zip', body));
    const seen: TransferProgress[] = [];
    const target = join(tmp.dir, 'diag.zip');
    writeFileSync(target, 'old contents');
    const result = await storage.pull('Internal Storage/Documents/AutopilotDiagnostics.zip', target, {
      onProgress: (p) => seen.push(p),
    });
    expect(result).toEqual({ ok: true, bytes: body.length, sha256: sha(body), localPath: target });
    expect(readFileSync(target).equals(body)).toBe(true);
    expect(tmp.files()).toEqual(['diag.zip']);
    expect(seen.at(-1)).toEqual({ phase: 'receive', bytes: body.length, total: body.length });
    expect(seen.every((p, i) => i === 0 || p.bytes >= seen[i - 1]!.bytes)).toBe(true);
  });

  it('an object sent with the 0xFFFFFFFF length (as from 4 GB) arrives whole; its size comes from ObjectSize', async () => {
    const tree = new SimStorageTree();
    tree.addPatternFile('Videos/big.mp4', 2 * 1024 * 1024 + 5, 9);
    const { storage } = await sim(undefined, { tree, sim: { unknownLengthAbove: 1000 } });
    const target = join(tmp.dir, 'big.mp4');
    const result = await storage.pull('Internal Storage/Videos/big.mp4', target);
    expect(result.bytes).toBe(2 * 1024 * 1024 + 5);
    expect(result.sha256).toBe(sha(tree.readFile('Videos/big.mp4')));
  });

  it('an object of 5 GB: size from ObjectSize, streamed without buffering (canceled after 32 MiB here)', async () => {
    const tree = new SimStorageTree();
    const handle = tree.addPatternFile('Videos/huge.mp4', 5e9, 2);
    const { storage } = await sim(undefined, { tree });
    expect((await storage.stat('Internal Storage/Videos/huge.mp4'))?.size).toBeNull();
    expect(await storage.session.transaction((ops) => ops.getObjectSize(handle))).toBe(5e9);
    const ac = new AbortController();
    const target = join(tmp.dir, 'huge.mp4');
    let total: number | null = null;
    const error = await caught(() =>
      storage.pull('Internal Storage/Videos/huge.mp4', target, {
        signal: ac.signal,
        onProgress: (p) => {
          total = p.total;
          if (p.bytes > 32 * 1024 * 1024) ac.abort();
        },
      }),
    );
    expect(isMtpError(error, 'mtp-canceled')).toBe(true);
    expect(total).toBe(5e9);
    expect(tmp.files()).toEqual([]);
  });

  it('a folder or a missing path is a typed error and leaves nothing behind', async () => {
    const { storage } = await sim();
    expect(
      isMtpError(await caught(() => storage.pull('Internal Storage/Documents', join(tmp.dir, 'x'))), 'mtp-bad-path'),
    ).toBe(true);
    expect(
      isMtpError(
        await caught(() => storage.pull('Internal Storage/Documents/none', join(tmp.dir, 'x'))),
        'mtp-not-found',
      ),
    ).toBe(true);
    expect(
      isMtpError(
        await caught(() => storage.pull('Internal Storage/Documents', join(tmp.dir, 'no/such/dir/x'))),
        'mtp-bad-path',
      ),
    ).toBe(true);
    expect(tmp.files()).toEqual([]);
  });

  it('a local folder that does not exist is a local-file error, not a crash', async () => {
    const { storage } = await sim((t) => t.addFile('Documents/a.txt', 'a'));
    const error = await caught(() => storage.pull('Internal Storage/Documents/a.txt', join(tmp.dir, 'no/such/dir/x')));
    expect(isMtpError(error, 'mtp-local-file')).toBe(true);
  });
});

describe('MtpStorage: push', () => {
  it('streams a file up, reads it back and compares before saying ok', async () => {
    const body = Buffer.from(patternPeriod(4).subarray(0, 2 * 1024 * 1024 - 12));
    const local = join(tmp.dir, 'wifi.ppkg');
    writeFileSync(local, body);
    const { storage, tree } = await sim();
    const phases = new Set<string>();
    const result = await storage.push(local, 'Internal Storage/Documents', { onProgress: (p) => phases.add(p.phase) });
    expect(result).toMatchObject({
      ok: true,
      bytes: body.length,
      sha256: sha(body),
      remotePath: 'Internal Storage/Documents/wifi.ppkg',
      verified: true,
    });
    expect(tree.readFile('Documents/wifi.ppkg').equals(body)).toBe(true);
    expect([...phases]).toEqual(['send', 'verify']);
  });

  it('pushing again replaces the old copy; ifExists "fail" refuses', async () => {
    const local = join(tmp.dir, 'a.ppkg');
    writeFileSync(local, 'one');
    const { storage, tree } = await sim();
    await storage.push(local, 'Internal Storage/Documents');
    writeFileSync(local, 'two!');
    await storage.push(local, 'Internal Storage/Documents');
    expect(tree.list('Documents')).toEqual([{ name: 'a.ppkg', kind: 'file', size: 4 }]);
    expect(
      isMtpError(
        await caught(() => storage.push(local, 'Internal Storage/Documents', { ifExists: 'fail' })),
        'mtp-exists',
      ),
    ).toBe(true);
  });

  it('pushes to the top of a storage and empty files', async () => {
    const local = join(tmp.dir, 'empty.txt');
    writeFileSync(local, '');
    const { storage, tree } = await sim();
    expect(await storage.push(local, 'Internal Storage')).toMatchObject({ ok: true, bytes: 0 });
    expect(tree.readFile('empty.txt').length).toBe(0);
  });

  it('refuses a file that does not fit, before sending anything', async () => {
    const local = join(tmp.dir, 'big.bin');
    writeFileSync(local, Buffer.alloc(4000));
    const { storage, tree } = await sim(undefined, {
      tree: new SimStorageTree({ capacityBytes: 3000, systemBytes: 0 }),
    });
    expect(isMtpError(await caught(() => storage.push(local, 'Internal Storage/Documents')), 'mtp-store-full')).toBe(
      true,
    );
    expect(tree.list('Documents')).toEqual([]);
  });

  it('the device itself answers Store Full when asked to take more than it has', async () => {
    const { storage } = await sim(undefined, { tree: new SimStorageTree({ capacityBytes: 3000, systemBytes: 0 }) });
    const { objectInfoFor } = await import('../../../../src-main/core/mtp/datasets.ts');
    const error = await caught(() =>
      storage.session.transaction((ops) =>
        ops.sendObjectInfo(
          0x10001,
          0xffffffff,
          objectInfoFor({ storageId: 0x10001, parent: 0xffffffff, filename: 'x', size: 5000 }),
        ),
      ),
    );
    expect(isMtpError(error, 'mtp-store-full')).toBe(true);
  });

  it('a missing local file or folder target is a typed error', async () => {
    const { storage } = await sim((t) => t.addFile('Documents/f.txt', 'x'));
    expect(
      isMtpError(
        await caught(() => storage.push(join(tmp.dir, 'nope'), 'Internal Storage/Documents')),
        'mtp-local-file',
      ),
    ).toBe(true);
    writeFileSync(join(tmp.dir, 'a'), 'a');
    expect(
      isMtpError(
        await caught(() => storage.push(join(tmp.dir, 'a'), 'Internal Storage/Documents/f.txt')),
        'mtp-bad-path',
      ),
    ).toBe(true);
    expect(isMtpError(await caught(() => storage.push(tmp.dir, 'Internal Storage/Documents')), 'mtp-local-file')).toBe(
      true,
    );
  });
});

describe('MtpStorage: cancel', () => {
  it('cancels a pull: class Cancel Request, no file left, session still usable', async () => {
    const { storage, tree, pipe } = await sim((t) => t.addPatternFile('Videos/long.mp4', 16 * 1024 * 1024));
    const cancels: number[] = [];
    const cancelRequest = pipe.cancelRequest.bind(pipe);
    pipe.cancelRequest = (tid, timeoutMs) => {
      cancels.push(tid);
      return cancelRequest(tid, timeoutMs);
    };
    const ac = new AbortController();
    const target = join(tmp.dir, 'long.mp4');
    const error = await caught(() =>
      storage.pull('Internal Storage/Videos/long.mp4', target, {
        signal: ac.signal,
        onProgress: (p) => p.bytes > 2e6 && ac.abort(),
      }),
    );
    expect(isMtpError(error, 'mtp-canceled') && (error as { canceled: boolean }).canceled).toBe(true);
    expect(cancels).toHaveLength(1);
    expect(existsSync(target)).toBe(false);
    expect(tmp.files()).toEqual([]);
    expect((await storage.list('Internal Storage/Videos')).map((e) => e.name)).toEqual(['long.mp4']);
    expect(tree.exists('Videos/long.mp4')).toBe(true);
  });

  it('cancels a push and removes the partial object from the device', async () => {
    const local = join(tmp.dir, 'big.ppkg');
    writeFileSync(local, Buffer.alloc(12 * 1024 * 1024, 3));
    const { storage, tree } = await sim();
    const ac = new AbortController();
    const error = await caught(() =>
      storage.push(local, 'Internal Storage/Documents', {
        signal: ac.signal,
        onProgress: (p) => p.bytes > 3e6 && ac.abort(),
      }),
    );
    expect(isMtpError(error, 'mtp-canceled')).toBe(true);
    expect(tree.list('Documents')).toEqual([]);
    expect(await storage.list('Internal Storage/Documents')).toEqual([]);
  });
});

describe('MtpStorage: cancel before anything moved', () => {
  it('an already-canceled pull sends nothing and leaves no gap in transaction ids', async () => {
    const { storage, pipe } = await sim((t) => t.addFile('Documents/a.txt', 'a'));
    const ac = new AbortController();
    ac.abort();
    expect(
      isMtpError(
        await caught(() => storage.pull('Internal Storage/Documents/a.txt', join(tmp.dir, 'a'), { signal: ac.signal })),
        'mtp-canceled',
      ),
    ).toBe(true);
    expect((await storage.list('Internal Storage/Documents')).map((e) => e.name)).toEqual(['a.txt']);
    expect(pipe.sim.violations).toEqual([]);
    expect(tmp.files()).toEqual([]);
  });
});

describe('MtpStorage: watching', () => {
  it('reports what the device adds and removes, with paths', async () => {
    const { storage, tree } = await sim();
    const changes: StorageChange[] = [];
    const seen = new Promise<void>((resolve) => {
      storage.watch((c) => {
        changes.push(c);
        if (c.kind === 'removed') resolve();
      });
    });
    const handle = tree.addFile('Documents/AutopilotDiagnostics.zip', 'PK');
    await new Promise((r) => setTimeout(r, 30));
    tree.remove('Documents/AutopilotDiagnostics.zip');
    await seen;
    expect(changes).toEqual([
      {
        kind: 'added',
        id: handle,
        name: 'AutopilotDiagnostics.zip',
        path: 'Internal Storage/Documents/AutopilotDiagnostics.zip',
      },
      { kind: 'removed', id: handle, path: 'Internal Storage/Documents/AutopilotDiagnostics.zip' },
    ]);
  });

  it('waitFor wakes on the device event, well before its next poll', async () => {
    const { storage, tree } = await sim((t) => t.setVisible(false));
    const started = performance.now();
    const waiting = storage.waitFor('Internal Storage/Documents/AutopilotDiagnostics.zip', {
      timeoutMs: 5000,
      pollMs: 4000,
    });
    setTimeout(() => {
      tree.setVisible(true);
      setTimeout(() => tree.addFile('Documents/AutopilotDiagnostics.zip', 'PK'), 20);
    }, 20);
    expect((await waiting).name).toBe('AutopilotDiagnostics.zip');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('waitFor gives up with a typed error', async () => {
    const { storage } = await sim();
    expect(
      isMtpError(
        await caught(() => storage.waitFor('Internal Storage/Documents/x', { timeoutMs: 50, pollMs: 20 })),
        'mtp-wait-timeout',
      ),
    ).toBe(true);
  });
});
