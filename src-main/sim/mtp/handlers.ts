import {
  ACCESS,
  ALL_STORAGES,
  ASSOCIATION,
  DEVICE_PROP,
  FILESYSTEM_TYPE,
  FORMAT,
  OBJECT_PROP,
  OPERATION,
  PROTECTION,
  RESPONSE,
  ROOT_PARENT,
  STORAGE_TYPE,
} from '../../core/mtp/codes.ts';
import type { OperationContainer } from '../../core/mtp/container.ts';
import type { DeviceInfo, ObjectInfo } from '../../core/mtp/datasets.ts';
import { memoryWriter, spillWriter } from './blobs.ts';
import { StoreFull } from './faults.ts';
import type { SimObject, SimStorageTree } from './storage-tree.ts';
import {
  SimWriter,
  deviceInfoBytes,
  objectInfoBytes,
  parseSimDate,
  readObjectInfo,
  simDate,
  storageInfoBytes,
} from './wire.ts';

export type OpResult = { code: number; params?: number[] } | null;

export interface DataOutcome {
  ok: boolean;
  received: number;
}

/** What operation handlers may use of the responder. */
export interface OpContext {
  readonly tree: SimStorageTree;
  readonly deviceInfo: DeviceInfo;
  readonly keepPartialObjects: boolean;
  battery(): number | null;
  /** Sends a data phase; false when a fault cut it short (no response follows then). */
  sendData(
    cmd: OperationContainer,
    size: number,
    pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    object: boolean,
  ): Promise<boolean>;
  receiveData(cmd: OperationContainer, sink: (chunk: Uint8Array) => unknown, object: boolean): Promise<DataOutcome>;
  pendingSend: { handle: number; declared: number } | null;
}

export type OpHandler = (ctx: OpContext, cmd: OperationContainer) => Promise<OpResult>;

const ok = (params: number[] = []): OpResult => ({ code: RESPONSE.OK, params });
const fail = (code: number): OpResult => ({ code });

async function sendBytes(ctx: OpContext, cmd: OperationContainer, bytes: Uint8Array): Promise<OpResult> {
  return (await ctx.sendData(cmd, bytes.length, [bytes], false)) ? ok() : null;
}

function storageProblem(ctx: OpContext, storageId: number, allowAll = false): number | null {
  if (storageId !== ctx.tree.storageId && !(allowAll && storageId === ALL_STORAGES)) return RESPONSE.InvalidStorageID;
  if (!ctx.tree.visible) return RESPONSE.StoreNotAvailable;
  return null;
}

function objectFor(ctx: OpContext, handle: number): SimObject | number {
  if (!ctx.tree.visible) return RESPONSE.StoreNotAvailable;
  return ctx.tree.object(handle) ?? RESPONSE.InvalidObjectHandle;
}

function objectInfoOf(ctx: OpContext, o: SimObject): ObjectInfo {
  const date = simDate(o.modified);
  return {
    storageId: ctx.tree.storageId,
    format: o.format,
    protectionStatus: PROTECTION.None,
    compressedSize: Math.min(o.size, 0xffffffff),
    thumbFormat: 0,
    thumbCompressedSize: 0,
    thumbPixWidth: 0,
    thumbPixHeight: 0,
    imagePixWidth: 0,
    imagePixHeight: 0,
    imageBitDepth: 0,
    parent: o.parent,
    associationType: o.kind === 'folder' ? ASSOCIATION.GenericFolder : ASSOCIATION.Undefined,
    associationDesc: 0,
    sequenceNumber: 0,
    filename: o.name,
    captureDate: date,
    modificationDate: date,
    keywords: '',
  };
}

const p = (cmd: OperationContainer, i: number) => cmd.params[i] ?? 0;

export const HANDLERS: ReadonlyMap<number, OpHandler> = new Map<number, OpHandler>([
  [OPERATION.GetDeviceInfo, (ctx, cmd) => sendBytes(ctx, cmd, deviceInfoBytes(ctx.deviceInfo))],
  [
    OPERATION.GetStorageIDs,
    (ctx, cmd) => sendBytes(ctx, cmd, new SimWriter().u32s(ctx.tree.visible ? [ctx.tree.storageId] : []).bytes()),
  ],
  [
    OPERATION.GetStorageInfo,
    (ctx, cmd) => {
      const problem = storageProblem(ctx, p(cmd, 0));
      if (problem) return Promise.resolve(fail(problem));
      const t = ctx.tree;
      return sendBytes(
        ctx,
        cmd,
        storageInfoBytes({
          storageType: STORAGE_TYPE.FixedRAM,
          filesystemType: FILESYSTEM_TYPE.GenericHierarchical,
          accessCapability: ACCESS.ReadWrite,
          maxCapacity: t.capacityBytes,
          freeSpaceInBytes: t.freeBytes,
          freeSpaceInObjects: 0xffffffff,
          storageDescription: t.description,
          volumeIdentifier: t.volume,
        }),
      );
    },
  ],
  [
    OPERATION.GetObjectHandles,
    (ctx, cmd) => {
      const [storageId = 0, format = 0, parent = 0] = cmd.params;
      if (storageId === ALL_STORAGES && !ctx.tree.visible) return sendBytes(ctx, cmd, new SimWriter().u32s([]).bytes());
      const problem = storageProblem(ctx, storageId, true);
      if (problem) return Promise.resolve(fail(problem));
      let objects = ctx.tree.allObjects();
      if (parent === ROOT_PARENT) objects = ctx.tree.childrenOf(0);
      else if (parent !== 0) {
        const folder = ctx.tree.object(parent);
        if (!folder || folder.kind !== 'folder') return Promise.resolve(fail(RESPONSE.InvalidParentObject));
        objects = ctx.tree.childrenOf(parent);
      }
      if (format !== 0) objects = objects.filter((o) => o.format === format);
      const handles = objects.map((o) => o.handle).sort((a, b) => a - b);
      return sendBytes(ctx, cmd, new SimWriter().u32s(handles).bytes());
    },
  ],
  [
    OPERATION.GetObjectInfo,
    (ctx, cmd) => {
      const o = objectFor(ctx, p(cmd, 0));
      if (typeof o === 'number') return Promise.resolve(fail(o));
      return sendBytes(ctx, cmd, objectInfoBytes(objectInfoOf(ctx, o)));
    },
  ],
  [
    OPERATION.GetObject,
    async (ctx, cmd) => {
      const o = objectFor(ctx, p(cmd, 0));
      if (typeof o === 'number') return fail(o);
      if (o.kind !== 'file' || !o.blob) return fail(RESPONSE.InvalidObjectHandle);
      return (await ctx.sendData(cmd, o.size, o.blob.pieces(0, o.size), true)) ? ok() : null;
    },
  ],
  [
    OPERATION.GetPartialObject,
    async (ctx, cmd) => {
      const o = objectFor(ctx, p(cmd, 0));
      if (typeof o === 'number') return fail(o);
      if (o.kind !== 'file' || !o.blob) return fail(RESPONSE.InvalidObjectHandle);
      const offset = p(cmd, 1);
      if (offset > o.size) return fail(RESPONSE.InvalidParameter);
      const n = Math.min(p(cmd, 2), o.size - offset);
      return (await ctx.sendData(cmd, n, o.blob.pieces(offset, n), true)) ? ok([n]) : null;
    },
  ],
  [
    OPERATION.DeleteObject,
    (ctx, cmd) => {
      const handle = p(cmd, 0);
      // "Delete everything" is legal MTP; a careful device refuses it, and the station never asks.
      if (handle === 0xffffffff) return Promise.resolve(fail(RESPONSE.ParameterNotSupported));
      const o = objectFor(ctx, handle);
      if (typeof o === 'number') return Promise.resolve(fail(o));
      if (ctx.pendingSend?.handle === handle) ctx.pendingSend = null;
      ctx.tree.deleteObject(handle, 'mtp');
      return Promise.resolve(ok());
    },
  ],
  [OPERATION.SendObjectInfo, sendObjectInfo],
  [OPERATION.SendObject, sendObject],
  [
    OPERATION.GetDevicePropValue,
    (ctx, cmd) => {
      const code = p(cmd, 0);
      const battery = ctx.battery();
      if (code === DEVICE_PROP.BatteryLevel && battery !== null) return sendBytes(ctx, cmd, Uint8Array.of(battery));
      if (code === DEVICE_PROP.DeviceFriendlyName) {
        return sendBytes(ctx, cmd, new SimWriter().str(ctx.deviceInfo.model).bytes());
      }
      return Promise.resolve(fail(RESPONSE.DevicePropNotSupported));
    },
  ],
  [
    OPERATION.GetObjectPropValue,
    (ctx, cmd) => {
      const o = objectFor(ctx, p(cmd, 0));
      if (typeof o === 'number') return Promise.resolve(fail(o));
      const w = new SimWriter();
      switch (p(cmd, 1)) {
        case OBJECT_PROP.ObjectSize:
          return sendBytes(ctx, cmd, w.u64(o.size).bytes());
        case OBJECT_PROP.ObjectFileName:
          return sendBytes(ctx, cmd, w.str(o.name).bytes());
        case OBJECT_PROP.StorageID:
          return sendBytes(ctx, cmd, w.u32(ctx.tree.storageId).bytes());
        case OBJECT_PROP.ParentObject:
          return sendBytes(ctx, cmd, w.u32(o.parent).bytes());
        default:
          return Promise.resolve(fail(RESPONSE.ObjectPropNotSupported));
      }
    },
  ],
]);

async function sendObjectInfo(ctx: OpContext, cmd: OperationContainer): Promise<OpResult> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const outcome = await ctx.receiveData(
    cmd,
    (c) => {
      size += c.length;
      if (size <= 65536) chunks.push(c);
    },
    false,
  );
  if (!outcome.ok) return fail(RESPONSE.IncompleteTransfer);
  if (size > 65536) return fail(RESPONSE.InvalidDataset);
  const [storageId = 0, parentParam = 0] = cmd.params;
  const problem = storageProblem(ctx, storageId);
  if (problem) return fail(problem);
  const parent = parentParam === ROOT_PARENT || parentParam === 0 ? 0 : parentParam;
  if (parent !== 0 && ctx.tree.object(parent)?.kind !== 'folder') return fail(RESPONSE.InvalidParentObject);
  let info: ReturnType<typeof readObjectInfo>;
  try {
    info = readObjectInfo(Buffer.concat(chunks));
  } catch {
    return fail(RESPONSE.InvalidDataset);
  }
  if (!info.filename || /[/\\]/.test(info.filename)) return fail(RESPONSE.InvalidDataset);
  if (ctx.tree.findChild(parent, info.filename)) return fail(RESPONSE.GeneralError);
  const folder = info.format === FORMAT.Association;
  if (!folder && info.compressedSize > ctx.tree.freeBytes) return fail(RESPONSE.StoreFull);
  const created = ctx.tree.create(parent, info.filename, folder ? 'folder' : 'file', info.format, 'mtp');
  const modified = parseSimDate(info.modificationDate);
  if (modified) created.modified = modified;
  if (!folder) {
    ctx.tree.reserve(info.compressedSize);
    ctx.pendingSend = { handle: created.handle, declared: info.compressedSize };
  }
  return ok([storageId, parentParam, created.handle]);
}

async function sendObject(ctx: OpContext, cmd: OperationContainer): Promise<OpResult> {
  const pending = ctx.pendingSend;
  ctx.pendingSend = null;
  const target = pending ? ctx.tree.object(pending.handle) : undefined;
  const writer = ctx.tree.spillDir ? spillWriter(ctx.tree.spillDir) : memoryWriter();
  const settle = async (complete: boolean) => {
    if (!pending || !target) return;
    ctx.tree.release(pending.declared);
    const blob = await writer.finish();
    if (complete || ctx.keepPartialObjects) ctx.tree.setContent(target.handle, blob, complete, 'mtp', target.modified);
    else ctx.tree.deleteObject(target.handle, 'mtp');
  };
  let outcome: DataOutcome;
  try {
    outcome = await ctx.receiveData(cmd, (c) => (target ? writer.append(c) : undefined), true);
  } catch (error) {
    if (error instanceof StoreFull && pending && target) {
      // Out of room: the device drops what it got and says why once the host cleared the halt.
      ctx.tree.release(pending.declared);
      await writer.finish();
      ctx.tree.deleteObject(target.handle, 'mtp');
      return fail(RESPONSE.StoreFull);
    }
    // Cancel, stall or unplug mid-object: what arrived stays, marked incomplete (a picky device keeps garbage).
    await settle(false);
    throw error;
  }
  if (!pending || !target) return fail(RESPONSE.NoValidObjectInfo);
  const complete = outcome.ok && outcome.received === pending.declared;
  await settle(complete);
  return complete ? ok() : fail(RESPONSE.IncompleteTransfer);
}
