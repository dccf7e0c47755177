import { describe, expect, it } from 'vitest';
import { OPERATION, RESPONSE } from '../../../../src-main/core/mtp/codes.ts';
import { decodeResponse, encodeCommand, encodeData, writeHeader } from '../../../../src-main/core/mtp/container.ts';
import { encodeObjectInfo, objectInfoFor } from '../../../../src-main/core/mtp/datasets.ts';
import { SimStorageTree, createSimMtpPipe, type SimMtpPipe } from '../../../../src-main/sim/mtp/index.ts';

/** Talks to the responder container by container, the way a sloppy initiator might. */
function raw(tree = new SimStorageTree(), options: Parameters<typeof createSimMtpPipe>[1] = {}) {
  const pipe: SimMtpPipe = createSimMtpPipe(tree, options);
  const send = (code: number, tid: number, params: number[] = []) =>
    pipe.writeOut(encodeCommand({ code, transactionId: tid, params }), 200);
  const answer = async () => {
    for (;;) {
      const bytes = await pipe.readIn(1 << 20, 200);
      if (bytes.length >= 8 && bytes[4] === 3) return decodeResponse(bytes);
    }
  };
  const call = async (code: number, tid: number, params: number[] = []) => {
    await send(code, tid, params);
    return answer();
  };
  const data = async (code: number, tid: number, payload: Uint8Array) => {
    const container = encodeData(code, tid, payload);
    await pipe.writeOut(container, 200);
    if (container.length % 512 === 0) await pipe.writeOut(new Uint8Array(0), 200);
  };
  const open = async () => expect((await call(OPERATION.OpenSession, 0, [1])).code).toBe(RESPONSE.OK);
  return { pipe, tree, send, answer, call, data, open };
}

const info = (name: string, size: number) =>
  encodeObjectInfo(objectInfoFor({ storageId: 0x10001, parent: 0xffffffff, filename: name, size }));

describe('the simulated responder is strict about sessions and transaction ids', () => {
  it('refuses operations outside a session', async () => {
    const r = raw();
    expect((await r.call(OPERATION.GetStorageIDs, 0)).code).toBe(RESPONSE.SessionNotOpen);
    expect(r.pipe.sim.violations[0]).toMatch(/outside a session/);
  });

  it('outside a session the transaction id must be 0; session ids must not be 0', async () => {
    const r = raw();
    expect((await r.call(OPERATION.GetDeviceInfo, 5)).code).toBe(RESPONSE.InvalidTransactionID);
    expect((await r.call(OPERATION.OpenSession, 0, [0])).code).toBe(RESPONSE.InvalidParameter);
  });

  it('inside a session ids go 1, 2, 3: skipped or repeated ids are refused', async () => {
    const r = raw();
    await r.open();
    expect((await r.call(OPERATION.GetStorageIDs, 1)).code).toBe(RESPONSE.OK);
    expect((await r.call(OPERATION.GetStorageIDs, 1)).code).toBe(RESPONSE.InvalidTransactionID);
    expect((await r.call(OPERATION.GetStorageIDs, 3)).code).toBe(RESPONSE.InvalidTransactionID);
    expect((await r.call(OPERATION.GetStorageIDs, 2)).code).toBe(RESPONSE.OK);
    expect((await r.call(OPERATION.OpenSession, 0, [1])).code).toBe(RESPONSE.SessionAlreadyOpen);
  });

  it('oversize and truncated command containers are refused', async () => {
    const r = raw();
    await r.open();
    const oversize = new Uint8Array(36);
    writeHeader(oversize, { length: 36, type: 1, code: OPERATION.GetStorageIDs, transactionId: 1 });
    await r.pipe.writeOut(oversize, 200);
    expect((await r.answer()).code).toBe(RESPONSE.GeneralError);
    const truncated = new Uint8Array(16);
    writeHeader(truncated, { length: 20, type: 1, code: OPERATION.GetStorageIDs, transactionId: 1 });
    await r.pipe.writeOut(truncated, 200);
    expect((await r.answer()).code).toBe(RESPONSE.GeneralError);
    expect(r.pipe.sim.violations).toHaveLength(2);
  });

  it('unsupported operations are answered as such', async () => {
    const r = raw();
    await r.open();
    expect((await r.call(OPERATION.FormatStore, 1, [0x10001])).code).toBe(RESPONSE.OperationNotSupported);
    expect((await r.call(OPERATION.DeleteObject, 2, [0xffffffff, 0])).code).toBe(RESPONSE.ParameterNotSupported);
  });
});

describe('the simulated responder is strict about objects and data phases', () => {
  it('invalid storage ids and handles, and storage that is hidden', async () => {
    const r = raw();
    await r.open();
    expect((await r.call(OPERATION.GetStorageInfo, 1, [0x20001])).code).toBe(RESPONSE.InvalidStorageID);
    expect((await r.call(OPERATION.GetObjectInfo, 2, [4242])).code).toBe(RESPONSE.InvalidObjectHandle);
    r.tree.setVisible(false);
    expect((await r.call(OPERATION.GetStorageInfo, 3, [0x10001])).code).toBe(RESPONSE.StoreNotAvailable);
  });

  it('SendObject needs the SendObjectInfo right before it', async () => {
    const r = raw();
    await r.open();
    await r.send(OPERATION.SendObject, 1);
    await r.data(OPERATION.SendObject, 1, new Uint8Array(4));
    expect((await r.answer()).code).toBe(RESPONSE.NoValidObjectInfo);
    await r.send(OPERATION.SendObjectInfo, 2, [0x10001, 0xffffffff]);
    await r.data(OPERATION.SendObjectInfo, 2, info('a.bin', 4));
    expect((await r.answer()).code).toBe(RESPONSE.OK);
    expect((await r.call(OPERATION.GetStorageIDs, 3)).code).toBe(RESPONSE.OK);
    await r.send(OPERATION.SendObject, 4);
    await r.data(OPERATION.SendObject, 4, new Uint8Array(4));
    expect((await r.answer()).code).toBe(RESPONSE.NoValidObjectInfo);
    expect(r.tree.exists('a.bin')).toBe(false);
  });

  it('a data phase shorter than the object info said is an incomplete transfer', async () => {
    const r = raw();
    await r.open();
    await r.send(OPERATION.SendObjectInfo, 1, [0x10001, 0xffffffff]);
    await r.data(OPERATION.SendObjectInfo, 1, info('a.bin', 100));
    expect((await r.answer()).code).toBe(RESPONSE.OK);
    await r.send(OPERATION.SendObject, 2);
    await r.data(OPERATION.SendObject, 2, new Uint8Array(60));
    expect((await r.answer()).code).toBe(RESPONSE.IncompleteTransfer);
  });

  it('a data container whose header overstates what arrives is caught', async () => {
    const r = raw();
    await r.open();
    await r.send(OPERATION.SendObjectInfo, 1, [0x10001, 0xffffffff]);
    const lying = encodeData(OPERATION.SendObjectInfo, 1, info('a.bin', 1));
    new DataView(lying.buffer).setUint32(0, lying.length + 100, true);
    await r.pipe.writeOut(lying, 200);
    expect((await r.answer()).code).toBe(RESPONSE.IncompleteTransfer);
    expect(r.pipe.sim.violations.join()).toMatch(/header said/);
  });

  it('an aligned data phase without its zero-length packet is a violation', async () => {
    const r = raw();
    await r.open();
    await r.send(OPERATION.SendObjectInfo, 1, [0x10001, 0xffffffff]);
    await r.data(OPERATION.SendObjectInfo, 1, info('z.bin', 500));
    expect((await r.answer()).code).toBe(RESPONSE.OK);
    await r.send(OPERATION.SendObject, 2);
    await r.pipe.writeOut(encodeData(OPERATION.SendObject, 2, new Uint8Array(500)), 200);
    await r.send(OPERATION.GetStorageIDs, 3);
    expect((await r.answer()).code).toBe(RESPONSE.OK);
    expect(r.pipe.sim.violations.join()).toMatch(/no zero-length packet/);
  });

  it('refuses objects larger than the free space', async () => {
    const r = raw(new SimStorageTree({ capacityBytes: 1000, systemBytes: 0 }));
    await r.open();
    await r.send(OPERATION.SendObjectInfo, 1, [0x10001, 0xffffffff]);
    await r.data(OPERATION.SendObjectInfo, 1, info('big.bin', 5000));
    expect((await r.answer()).code).toBe(RESPONSE.StoreFull);
  });

  it('Cancel Request during GetObject: no response, busy until unwound, then the next id works', async () => {
    const tree = new SimStorageTree();
    const handle = tree.addPatternFile('Videos/v.mp4', 32 * 1024 * 1024);
    const r = raw(tree);
    await r.open();
    await r.send(OPERATION.GetObject, 1, [handle]);
    expect((await r.pipe.readIn(1 << 20, 200)).length).toBe(1 << 20);
    await r.pipe.cancelRequest(1, 200);
    let status = await r.pipe.getDeviceStatus(200);
    for (let i = 0; i < 20 && status.code === RESPONSE.DeviceBusy; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      status = await r.pipe.getDeviceStatus(200);
    }
    expect(status.code).toBe(RESPONSE.OK);
    await expect(r.pipe.readIn(1 << 20, 50)).rejects.toMatchObject({ kind: 'timeout' });
    expect((await r.call(OPERATION.GetStorageIDs, 2)).code).toBe(RESPONSE.OK);
  });
});
