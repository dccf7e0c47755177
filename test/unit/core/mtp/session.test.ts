import { afterEach, describe, expect, it } from 'vitest';
import { OPERATION } from '../../../../src-main/core/mtp/codes.ts';
import { readHeader } from '../../../../src-main/core/mtp/container.ts';
import { isMtpError } from '../../../../src-main/core/mtp/errors.ts';
import type { MtpEvent } from '../../../../src-main/core/mtp/events.ts';
import { CollectSink } from '../../../../src-main/core/mtp/operations.ts';
import { MtpSession } from '../../../../src-main/core/mtp/session.ts';
import { MtpStorage } from '../../../../src-main/core/mtp/mtp-storage.ts';
import { describeMtpDevice } from '../../../../src-main/core/mtp/summary.ts';
import { TransactionRunner } from '../../../../src-main/core/mtp/transaction.ts';
import { MtpTransport } from '../../../../src-main/core/mtp/transport.ts';
import { SimStorageTree, createSimMtpPipe } from '../../../../src-main/sim/mtp/index.ts';
import { caught } from './sim-fixture.ts';

const sessions: MtpSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});

async function open(tree = new SimStorageTree(), sim: Parameters<typeof createSimMtpPipe>[1] = {}) {
  const pipe = createSimMtpPipe(tree, {
    serialNumber: 'HL2-0042',
    deviceVersion: '10.0.22621.1244',
    batteryPercent: 64,
    ...sim,
  });
  const commands: { code: number; transactionId: number }[] = [];
  const writeOut = pipe.writeOut.bind(pipe);
  pipe.writeOut = (data, timeoutMs) => {
    if (data.length >= 12 && readHeader(data).type === 1)
      commands.push({ code: readHeader(data).code, transactionId: readHeader(data).transactionId });
    return writeOut(data, timeoutMs);
  };
  const session = await MtpSession.open(pipe, { timeoutMs: 1000, eventPollMs: 100 });
  sessions.push(session);
  return { tree, pipe, session, commands };
}

function nextEvent(session: MtpSession, type: MtpEvent['type']): Promise<MtpEvent> {
  return new Promise((resolve) => {
    const off = session.on('event', (e) => {
      if (e.type !== type) return;
      off();
      resolve(e);
    });
  });
}

describe('MtpSession against the strict simulated HoloLens', () => {
  it('opens with GetDeviceInfo and OpenSession at transaction 0, then counts from 1', async () => {
    const { session, commands, pipe } = await open();
    expect(session.deviceInfo).toMatchObject({
      manufacturer: 'Microsoft Corporation',
      model: 'HoloLens 2',
      serialNumber: 'HL2-0042',
      deviceVersion: '10.0.22621.1244',
    });
    await session.getStorageIds();
    await session.getStorageIds();
    expect(commands).toEqual([
      { code: OPERATION.GetDeviceInfo, transactionId: 0 },
      { code: OPERATION.OpenSession, transactionId: 0 },
      { code: OPERATION.GetStorageIDs, transactionId: 1 },
      { code: OPERATION.GetStorageIDs, transactionId: 2 },
    ]);
    expect(pipe.sim.violations).toEqual([]);
  });

  it('transaction ids wrap from 0xFFFFFFFE back to 1', () => {
    const runner = new TransactionRunner(
      new MtpTransport(createSimMtpPipe(new SimStorageTree()), { timeoutMs: 10, transferSize: 1 << 20 }),
      {
        busyRetries: 0,
        busyBackoffMs: 0,
        stallRetries: 0,
        cleanupTimeoutMs: 10,
        sleep: () => Promise.resolve(),
      },
    );
    runner.restartTransactionIds(0xfffffffd);
    expect([runner.nextTransactionId(), runner.nextTransactionId(), runner.nextTransactionId()]).toEqual([
      0xfffffffe, 1, 2,
    ]);
  });

  it('storage, handles, object info, battery', async () => {
    const tree = new SimStorageTree();
    tree.addFile('Documents/a.txt', 'hello');
    const { session } = await open(tree);
    const [id] = await session.getStorageIds();
    expect((await session.getStorageInfo(id!)).storageDescription).toBe('Internal Storage');
    const root = await session.getObjectHandles(id!);
    expect(root).toHaveLength(6);
    const docs = tree.stat('Documents')!.handle;
    const [file] = await session.getObjectHandles(id!, docs);
    expect(await session.getObjectInfo(file!)).toMatchObject({ filename: 'a.txt', compressedSize: 5, parent: docs });
    expect(await session.getBatteryLevel()).toBe(64);
  });

  it('GetPartialObject reads a window of an object', async () => {
    const tree = new SimStorageTree();
    const handle = tree.addFile('Documents/p.bin', Buffer.from('0123456789abcdefghij'));
    const { session } = await open(tree);
    const sink = new CollectSink();
    const n = await session.transaction((ops) => ops.getPartialObject(handle, 5, 8, sink));
    expect(n).toBe(8);
    expect(sink.bytes().toString()).toBe('56789abc');
  });

  it('refuses GetPartialObject itself when the device does not list it', async () => {
    const tree = new SimStorageTree();
    const handle = tree.addFile('Documents/p.bin', 'x');
    const { session, pipe } = await open(tree, { supportsPartialObject: false });
    const error = await caught(() =>
      session.transaction((ops) => ops.getPartialObject(handle, 0, 1, new CollectSink())),
    );
    expect(isMtpError(error, 'mtp-operation-not-supported')).toBe(true);
    expect(pipe.sim.violations).toEqual([]);
  });

  it('no battery property: null, without asking', async () => {
    const { session } = await open(new SimStorageTree(), { batteryPercent: null });
    expect(await session.getBatteryLevel()).toBeNull();
  });

  it('typed errors for invalid handles and storages', async () => {
    const { session } = await open();
    expect(isMtpError(await caught(() => session.getObjectInfo(999)), 'mtp-invalid-object-handle')).toBe(true);
    expect(isMtpError(await caught(() => session.getStorageInfo(0x20001)), 'mtp-invalid-storage-id')).toBe(true);
    expect(isMtpError(await caught(() => session.getObjectHandles(0x10001, 999)), 'mtp-invalid-parent-object')).toBe(
      true,
    );
  });

  it('events: objects the device adds or removes, storage appearing and going, battery changes', async () => {
    const { session, tree, pipe } = await open();
    const added = nextEvent(session, 'object-added');
    const handle = tree.addFile('Documents/AutopilotDiagnostics.zip', 'PK');
    expect(await added).toEqual({ type: 'object-added', handle });
    const removed = nextEvent(session, 'object-removed');
    tree.remove('Documents/AutopilotDiagnostics.zip');
    expect(await removed).toEqual({ type: 'object-removed', handle });
    const gone = nextEvent(session, 'store-removed');
    tree.setVisible(false);
    expect(await gone).toEqual({ type: 'store-removed', storageId: tree.storageId });
    expect(await session.getStorageIds()).toEqual([]);
    const back = nextEvent(session, 'store-added');
    tree.setVisible(true);
    expect(await back).toEqual({ type: 'store-added', storageId: tree.storageId });
    const battery = nextEvent(session, 'device-prop-changed');
    pipe.sim.setBatteryPercent(50);
    expect(await battery).toEqual({ type: 'device-prop-changed', property: 0x5001 });
    expect(await session.getBatteryLevel()).toBe(50);
  });

  it('summarises a device for its card: identity, firmware, battery, storage', async () => {
    const tree = new SimStorageTree({ visible: false });
    const pipe = createSimMtpPipe(tree, {
      serialNumber: 'HL1-7',
      model: 'HoloLens',
      deviceVersion: '10.0.17763.3046',
      batteryPercent: 45,
    });
    const storage = await MtpStorage.open(pipe, { timeoutMs: 1000 });
    expect(await describeMtpDevice(storage)).toEqual({
      manufacturer: 'Microsoft Corporation',
      model: 'HoloLens',
      serialNumber: 'HL1-7',
      firmware: '10.0.17763.3046',
      batteryPercent: 45,
      storages: [],
      storageVisible: false,
    });
    tree.setVisible(true);
    expect((await describeMtpDevice(storage)).storages.map((s) => s.description)).toEqual(['Internal Storage']);
    await storage.close();
  });

  it('a session that cannot open closes its pipe', async () => {
    const pipe = createSimMtpPipe(new SimStorageTree(), { faults: ['busy'], faultTuning: { busyCount: 10 } });
    let closed = false;
    const close = pipe.close.bind(pipe);
    pipe.close = () => {
      closed = true;
      return close();
    };
    expect(
      isMtpError(await caught(() => MtpSession.open(pipe, { busyRetries: 1, busyBackoffMs: 1 })), 'mtp-device-busy'),
    ).toBe(true);
    expect(closed).toBe(true);
  });

  it('after close every call fails with a typed error', async () => {
    const { session } = await open();
    await session.close();
    expect(isMtpError(await caught(() => session.getStorageIds()), 'mtp-closed')).toBe(true);
  });
});
