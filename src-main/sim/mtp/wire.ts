import type { DeviceInfo, ObjectInfo, StorageInfo } from '../../core/mtp/datasets.ts';

/**
 * The simulated device's own byte layer: containers and datasets written and read here, from the field tables of
 * the MTP 1.1 specification, never with the station's encoders. A field layout the initiator gets wrong then
 * fails against the simulator instead of agreeing with itself (and the golden vectors check both sides).
 */
export const CONTAINER = { command: 1, data: 2, response: 3, event: 4 } as const;
export const HEADER_BYTES = 12;
/** The data-container length of an object of 4 GB and more: "read until the short packet". */
export const LENGTH_UNKNOWN = 0xffffffff;

export class SimWriter {
  private readonly parts: number[] = [];

  u8(v: number): this {
    this.parts.push(v & 0xff);
    return this;
  }

  u16(v: number): this {
    return this.u8(v).u8(v >>> 8);
  }

  u32(v: number): this {
    return this.u16(v & 0xffff).u16(v >>> 16);
  }

  u64(v: number): this {
    return this.u32(v % 2 ** 32).u32(Math.floor(v / 2 ** 32));
  }

  /** Count of UTF-16 units including the terminating NUL (one byte), then the units; "" is a single 0. */
  str(s: string): this {
    if (s.length === 0) return this.u8(0);
    this.u8(s.length + 1);
    for (let i = 0; i < s.length; i++) this.u16(s.charCodeAt(i));
    return this.u16(0);
  }

  u16s(values: readonly number[]): this {
    this.u32(values.length);
    for (const v of values) this.u16(v);
    return this;
  }

  u32s(values: readonly number[]): this {
    this.u32(values.length);
    for (const v of values) this.u32(v);
    return this;
  }

  bytes(): Buffer {
    return Buffer.from(this.parts);
  }
}

/** Reads what the initiator sends; throws a plain Error on anything short, which the handlers answer. */
export class SimReader {
  private readonly b: Uint8Array;
  private at = 0;

  constructor(bytes: Uint8Array) {
    this.b = bytes;
  }

  u8(): number {
    if (this.at >= this.b.length) throw new Error('the dataset ends early');
    return this.b[this.at++]!;
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  str(): string {
    const count = this.u8();
    let s = '';
    for (let i = 0; i < count; i++) {
      const unit = this.u16();
      if (unit !== 0) s += String.fromCharCode(unit);
    }
    return s;
  }
}

export interface SimContainer {
  length: number;
  type: number;
  code: number;
  transactionId: number;
}

export function containerHeader(c: SimContainer): Buffer {
  return new SimWriter().u32(c.length).u16(c.type).u16(c.code).u32(c.transactionId).bytes();
}

/** A response or an event: the header and its u32 parameters. */
export function operationContainer(type: number, code: number, transactionId: number, params: number[]): Buffer {
  const w = new SimWriter()
    .u32(HEADER_BYTES + 4 * params.length)
    .u16(type)
    .u16(code)
    .u32(transactionId);
  for (const p of params) w.u32(p);
  return w.bytes();
}

export function readContainer(bytes: Uint8Array): (SimContainer & { params: number[] }) | null {
  if (bytes.length < HEADER_BYTES) return null;
  const r = new SimReader(bytes);
  const header = { length: r.u32(), type: r.u16(), code: r.u16(), transactionId: r.u32() };
  const params: number[] = [];
  if (header.type === CONTAINER.command || header.type === CONTAINER.response || header.type === CONTAINER.event) {
    for (let at = HEADER_BYTES; at + 4 <= bytes.length && params.length < 5; at += 4) params.push(r.u32());
  }
  return { ...header, params };
}

/** The data length field for a payload: its real length, or 0xFFFFFFFF where 32 bits cannot hold it. */
export function dataLength(payload: number): number {
  return HEADER_BYTES + payload >= LENGTH_UNKNOWN ? LENGTH_UNKNOWN : HEADER_BYTES + payload;
}

export function deviceInfoBytes(d: DeviceInfo): Buffer {
  return new SimWriter()
    .u16(d.standardVersion)
    .u32(d.vendorExtensionId)
    .u16(d.vendorExtensionVersion)
    .str(d.vendorExtensionDesc)
    .u16(d.functionalMode)
    .u16s(d.operationsSupported)
    .u16s(d.eventsSupported)
    .u16s(d.devicePropertiesSupported)
    .u16s(d.captureFormats)
    .u16s(d.playbackFormats)
    .str(d.manufacturer)
    .str(d.model)
    .str(d.deviceVersion)
    .str(d.serialNumber)
    .bytes();
}

export function storageInfoBytes(s: StorageInfo): Buffer {
  return new SimWriter()
    .u16(s.storageType)
    .u16(s.filesystemType)
    .u16(s.accessCapability)
    .u64(s.maxCapacity)
    .u64(s.freeSpaceInBytes)
    .u32(s.freeSpaceInObjects)
    .str(s.storageDescription)
    .str(s.volumeIdentifier)
    .bytes();
}

export function objectInfoBytes(o: ObjectInfo): Buffer {
  return new SimWriter()
    .u32(o.storageId)
    .u16(o.format)
    .u16(o.protectionStatus)
    .u32(o.compressedSize)
    .u16(o.thumbFormat)
    .u32(o.thumbCompressedSize)
    .u32(o.thumbPixWidth)
    .u32(o.thumbPixHeight)
    .u32(o.imagePixWidth)
    .u32(o.imagePixHeight)
    .u32(o.imageBitDepth)
    .u32(o.parent)
    .u16(o.associationType)
    .u32(o.associationDesc)
    .u32(o.sequenceNumber)
    .str(o.filename)
    .str(o.captureDate)
    .str(o.modificationDate)
    .str(o.keywords)
    .bytes();
}

/** The ObjectInfo fields a device needs from SendObjectInfo. */
export function readObjectInfo(bytes: Uint8Array): {
  storageId: number;
  format: number;
  compressedSize: number;
  parent: number;
  filename: string;
  modificationDate: string;
} {
  const r = new SimReader(bytes);
  const storageId = r.u32();
  const format = r.u16();
  r.u16(); // ProtectionStatus
  const compressedSize = r.u32();
  r.u16(); // ThumbFormat
  for (let i = 0; i < 6; i++) r.u32(); // thumb size and pixels, image pixels and depth
  const parent = r.u32();
  r.u16(); // AssociationType
  r.u32(); // AssociationDesc
  r.u32(); // SequenceNumber
  const filename = r.str();
  r.str(); // DateCreated
  const modificationDate = r.str();
  r.str(); // Keywords
  return { storageId, format, compressedSize, parent, filename, modificationDate };
}

const two = (n: number) => String(n).padStart(2, '0');

/** "YYYYMMDDThhmmss" in local time, as a device with no time zone setting writes it. */
export function simDate(d: Date): string {
  return `${String(d.getFullYear()).padStart(4, '0')}${two(d.getMonth() + 1)}${two(d.getDate())}T${two(d.getHours())}${two(d.getMinutes())}${two(d.getSeconds())}`;
}

export function parseSimDate(text: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})/.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi, s);
  return Number.isNaN(date.getTime()) ? null : date;
}
