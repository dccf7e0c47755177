import { DEVICE_PROP, OBJECT_PROP, OPERATION, ROOT_PARENT, operationName } from './codes.ts';
import { ByteReader } from './bytes.ts';
import {
  decodeDeviceInfo,
  decodeObjectInfo,
  decodeStorageInfo,
  encodeObjectInfo,
  type DeviceInfo,
  type ObjectInfo,
  type StorageInfo,
} from './datasets.ts';
import { MtpError, protocolError } from './errors.ts';
import type { TransactionRunner } from './transaction.ts';
import type { DataOutSource, DataSink, PhaseControl } from './transport.ts';
import { say } from '../language.ts';

/** Datasets are small; a reply beyond this is a broken or hostile device, not a big folder. */
const MAX_DATASET_BYTES = 16 * 1024 * 1024;

/** Collects a small data phase in memory (datasets, handle lists). Never used for file contents. */
export class CollectSink implements DataSink {
  private chunks: Uint8Array[] = [];
  private size = 0;
  private readonly max: number;

  constructor(max = MAX_DATASET_BYTES) {
    this.max = max;
  }

  write(chunk: Uint8Array): void {
    this.size += chunk.length;
    if (this.size > this.max) throw protocolError(`a reply of more than ${this.max} bytes`);
    this.chunks.push(chunk);
  }

  reset(): void {
    this.chunks = [];
    this.size = 0;
  }

  bytes(): Buffer {
    return Buffer.concat(this.chunks, this.size);
  }
}

export function bytesSource(bytes: Uint8Array): DataOutSource {
  let at = 0;
  return {
    size: bytes.length,
    fill(target) {
      target.set(bytes.subarray(at, at + target.length));
      at += target.length;
    },
  };
}

export interface SentObjectInfo {
  storageId: number;
  parent: number;
  handle: number;
}

/**
 * The MTP operations the station uses, one transaction each, without locking: MtpSession serialises them.
 * Operations the device does not list in DeviceInfo are refused here, before anything is sent.
 */
export class MtpOperations {
  private readonly runner: TransactionRunner;
  deviceInfo: DeviceInfo | null = null;

  constructor(runner: TransactionRunner) {
    this.runner = runner;
  }

  supports(operation: number): boolean {
    return this.deviceInfo?.operationsSupported.includes(operation) ?? false;
  }

  private require(operation: number): void {
    if (this.deviceInfo && !this.supports(operation)) {
      throw new MtpError(
        'mtp-operation-not-supported',
        say('transfer:mtp-operation-not-supported.title'),
        say('transfer:notOffered', { operation: operationName(operation) }),
      );
    }
  }

  private async dataset(code: number, params: number[], transactionId?: number): Promise<Buffer> {
    const sink = new CollectSink();
    await this.runner.run({ code, params, sink, transactionId });
    return sink.bytes();
  }

  /** Outside a session it uses transaction id 0, as PTP asks. */
  async getDeviceInfo(outsideSession: boolean): Promise<DeviceInfo> {
    const info = decodeDeviceInfo(await this.dataset(OPERATION.GetDeviceInfo, [], outsideSession ? 0 : undefined));
    this.deviceInfo = info;
    return info;
  }

  async openSession(sessionId: number): Promise<void> {
    await this.runner.run({ code: OPERATION.OpenSession, params: [sessionId], transactionId: 0 });
  }

  async closeSession(): Promise<void> {
    await this.runner.run({ code: OPERATION.CloseSession });
  }

  async getStorageIds(): Promise<number[]> {
    return new ByteReader(await this.dataset(OPERATION.GetStorageIDs, []), 'StorageIDs').u32Array('StorageIDs');
  }

  async getStorageInfo(storageId: number): Promise<StorageInfo> {
    return decodeStorageInfo(await this.dataset(OPERATION.GetStorageInfo, [storageId]));
  }

  /** `parent`: ROOT_PARENT for the top of the storage, a folder handle, or 0 for every object in the storage. */
  async getObjectHandles(storageId: number, parent: number = ROOT_PARENT, format = 0): Promise<number[]> {
    const bytes = await this.dataset(OPERATION.GetObjectHandles, [storageId, format, parent]);
    return new ByteReader(bytes, 'ObjectHandles').u32Array('ObjectHandles');
  }

  async getObjectInfo(handle: number): Promise<ObjectInfo> {
    return decodeObjectInfo(await this.dataset(OPERATION.GetObjectInfo, [handle]));
  }

  /** The real size, also for objects of 4 GB and more (ObjectInfo then says 0xFFFFFFFF); null if unknowable. */
  async getObjectSize(handle: number, info?: ObjectInfo): Promise<number | null> {
    const known = info ?? (await this.getObjectInfo(handle));
    if (known.compressedSize !== 0xffffffff) return known.compressedSize;
    if (!this.supports(OPERATION.GetObjectPropValue)) return null;
    const bytes = await this.dataset(OPERATION.GetObjectPropValue, [handle, OBJECT_PROP.ObjectSize]);
    return new ByteReader(bytes, 'ObjectSize').u64('ObjectSize');
  }

  /** Streams the object into `sink`; returns the byte count. */
  async getObject(handle: number, sink: DataSink, control: PhaseControl = {}): Promise<number> {
    let bytes = 0;
    await this.runner.run({
      code: OPERATION.GetObject,
      params: [handle],
      sink,
      signal: control.signal,
      onBytes: (n) => {
        bytes = n;
        control.onBytes?.(n);
      },
    });
    return bytes;
  }

  /** Only where the device lists GetPartialObject. Returns the byte count the device says it sent. */
  async getPartialObject(
    handle: number,
    offset: number,
    maxBytes: number,
    sink: DataSink,
    control: PhaseControl = {},
  ): Promise<number> {
    this.require(OPERATION.GetPartialObject);
    if (offset > 0xffffffff || maxBytes > 0xffffffff) throw new RangeError('GetPartialObject reaches 4 GB at most');
    const response = await this.runner.run({
      code: OPERATION.GetPartialObject,
      params: [handle, offset, maxBytes],
      sink,
      signal: control.signal,
      onBytes: control.onBytes,
    });
    return response.params[0] ?? 0;
  }

  async sendObjectInfo(storageId: number, parent: number, info: ObjectInfo): Promise<SentObjectInfo> {
    const payload = encodeObjectInfo(info);
    const response = await this.runner.run({
      code: OPERATION.SendObjectInfo,
      params: [storageId, parent],
      dataOut: () => bytesSource(payload),
    });
    const [s, p, handle] = response.params;
    if (handle === undefined) throw protocolError('SendObjectInfo answered without an object handle');
    return { storageId: s ?? storageId, parent: p ?? parent, handle };
  }

  /** Must follow sendObjectInfo directly; the caller holds the session lock across both. */
  async sendObject(source: () => DataOutSource, control: PhaseControl = {}): Promise<void> {
    await this.runner.run({
      code: OPERATION.SendObject,
      dataOut: source,
      signal: control.signal,
      onBytes: control.onBytes,
    });
  }

  async deleteObject(handle: number): Promise<void> {
    await this.runner.run({ code: OPERATION.DeleteObject, params: [handle, 0] });
  }

  async getDevicePropValue(property: number): Promise<Buffer> {
    return this.dataset(OPERATION.GetDevicePropValue, [property]);
  }

  /** Battery level in percent, or null when the device does not offer the property. */
  async getBatteryLevel(): Promise<number | null> {
    if (!this.deviceInfo?.devicePropertiesSupported.includes(DEVICE_PROP.BatteryLevel)) return null;
    const bytes = await this.getDevicePropValue(DEVICE_PROP.BatteryLevel);
    // BatteryLevel is UINT8 in PTP; some devices widen it, so read whatever width arrived.
    const r = new ByteReader(bytes, 'BatteryLevel');
    if (bytes.length === 1) return r.u8();
    if (bytes.length === 2) return r.u16();
    if (bytes.length === 4) return r.u32();
    throw protocolError(`a battery level of ${bytes.length} bytes`);
  }
}
