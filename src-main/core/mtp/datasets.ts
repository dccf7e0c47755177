import { ASSOCIATION, FORMAT, PROTECTION } from './codes.ts';
import { ByteReader, ByteWriter } from './bytes.ts';

/** PTP 5.5.1 DeviceInfo. */
export interface DeviceInfo {
  standardVersion: number;
  vendorExtensionId: number;
  vendorExtensionVersion: number;
  vendorExtensionDesc: string;
  functionalMode: number;
  operationsSupported: number[];
  eventsSupported: number[];
  devicePropertiesSupported: number[];
  captureFormats: number[];
  playbackFormats: number[];
  manufacturer: string;
  model: string;
  deviceVersion: string;
  serialNumber: string;
}

/** PTP 5.5.3 StorageInfo. */
export interface StorageInfo {
  storageType: number;
  filesystemType: number;
  accessCapability: number;
  maxCapacity: number;
  freeSpaceInBytes: number;
  freeSpaceInObjects: number;
  storageDescription: string;
  volumeIdentifier: string;
}

/** PTP 5.5.2 ObjectInfo. Dates stay as the device wrote them ("YYYYMMDDThhmmss"): its time zone is unknown. */
export interface ObjectInfo {
  storageId: number;
  format: number;
  protectionStatus: number;
  /** 0xFFFFFFFF for objects of 4 GB and more: ask ObjectSize (0xDC04) for the real size. */
  compressedSize: number;
  thumbFormat: number;
  thumbCompressedSize: number;
  thumbPixWidth: number;
  thumbPixHeight: number;
  imagePixWidth: number;
  imagePixHeight: number;
  imageBitDepth: number;
  /** 0 for objects at the root of their storage. */
  parent: number;
  associationType: number;
  associationDesc: number;
  sequenceNumber: number;
  filename: string;
  captureDate: string;
  modificationDate: string;
  keywords: string;
}

export function decodeDeviceInfo(bytes: Uint8Array): DeviceInfo {
  const r = new ByteReader(bytes, 'DeviceInfo');
  return {
    standardVersion: r.u16('StandardVersion'),
    vendorExtensionId: r.u32('VendorExtensionID'),
    vendorExtensionVersion: r.u16('VendorExtensionVersion'),
    vendorExtensionDesc: r.string('VendorExtensionDesc'),
    functionalMode: r.u16('FunctionalMode'),
    operationsSupported: r.u16Array('OperationsSupported'),
    eventsSupported: r.u16Array('EventsSupported'),
    devicePropertiesSupported: r.u16Array('DevicePropertiesSupported'),
    captureFormats: r.u16Array('CaptureFormats'),
    playbackFormats: r.u16Array('PlaybackFormats'),
    manufacturer: r.string('Manufacturer'),
    model: r.string('Model'),
    deviceVersion: r.string('DeviceVersion'),
    serialNumber: r.string('SerialNumber'),
  };
}

export function encodeDeviceInfo(d: DeviceInfo): Buffer {
  return new ByteWriter()
    .u16(d.standardVersion)
    .u32(d.vendorExtensionId)
    .u16(d.vendorExtensionVersion)
    .string(d.vendorExtensionDesc)
    .u16(d.functionalMode)
    .u16Array(d.operationsSupported)
    .u16Array(d.eventsSupported)
    .u16Array(d.devicePropertiesSupported)
    .u16Array(d.captureFormats)
    .u16Array(d.playbackFormats)
    .string(d.manufacturer)
    .string(d.model)
    .string(d.deviceVersion)
    .string(d.serialNumber)
    .finish();
}

export function decodeStorageInfo(bytes: Uint8Array): StorageInfo {
  const r = new ByteReader(bytes, 'StorageInfo');
  return {
    storageType: r.u16('StorageType'),
    filesystemType: r.u16('FilesystemType'),
    accessCapability: r.u16('AccessCapability'),
    maxCapacity: r.u64('MaxCapacity'),
    freeSpaceInBytes: r.u64('FreeSpaceInBytes'),
    freeSpaceInObjects: r.u32('FreeSpaceInObjects'),
    storageDescription: r.string('StorageDescription'),
    volumeIdentifier: r.string('VolumeIdentifier'),
  };
}

export function encodeStorageInfo(s: StorageInfo): Buffer {
  return new ByteWriter()
    .u16(s.storageType)
    .u16(s.filesystemType)
    .u16(s.accessCapability)
    .u64(s.maxCapacity)
    .u64(s.freeSpaceInBytes)
    .u32(s.freeSpaceInObjects)
    .string(s.storageDescription)
    .string(s.volumeIdentifier)
    .finish();
}

export function decodeObjectInfo(bytes: Uint8Array): ObjectInfo {
  const r = new ByteReader(bytes, 'ObjectInfo');
  return {
    storageId: r.u32('StorageID'),
    format: r.u16('ObjectFormat'),
    protectionStatus: r.u16('ProtectionStatus'),
    compressedSize: r.u32('ObjectCompressedSize'),
    thumbFormat: r.u16('ThumbFormat'),
    thumbCompressedSize: r.u32('ThumbCompressedSize'),
    thumbPixWidth: r.u32('ThumbPixWidth'),
    thumbPixHeight: r.u32('ThumbPixHeight'),
    imagePixWidth: r.u32('ImagePixWidth'),
    imagePixHeight: r.u32('ImagePixHeight'),
    imageBitDepth: r.u32('ImageBitDepth'),
    parent: r.u32('ParentObject'),
    associationType: r.u16('AssociationType'),
    associationDesc: r.u32('AssociationDesc'),
    sequenceNumber: r.u32('SequenceNumber'),
    filename: r.string('Filename'),
    captureDate: r.string('CaptureDate'),
    modificationDate: r.string('ModificationDate'),
    keywords: r.string('Keywords'),
  };
}

export function encodeObjectInfo(o: ObjectInfo): Buffer {
  return new ByteWriter()
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
    .string(o.filename)
    .string(o.captureDate)
    .string(o.modificationDate)
    .string(o.keywords)
    .finish();
}

/** A minimal ObjectInfo for a file or folder; everything image-related stays zero. */
export function objectInfoFor(fields: {
  storageId: number;
  parent: number;
  filename: string;
  size: number;
  folder?: boolean;
  format?: number;
  modified?: Date;
}): ObjectInfo {
  const date = fields.modified ? formatMtpDate(fields.modified) : '';
  return {
    storageId: fields.storageId,
    format: fields.folder ? FORMAT.Association : (fields.format ?? FORMAT.Undefined),
    protectionStatus: PROTECTION.None,
    compressedSize: fields.folder ? 0 : Math.min(fields.size, 0xffffffff),
    thumbFormat: 0,
    thumbCompressedSize: 0,
    thumbPixWidth: 0,
    thumbPixHeight: 0,
    imagePixWidth: 0,
    imagePixHeight: 0,
    imageBitDepth: 0,
    parent: fields.parent,
    associationType: fields.folder ? ASSOCIATION.GenericFolder : ASSOCIATION.Undefined,
    associationDesc: 0,
    sequenceNumber: 0,
    filename: fields.filename,
    captureDate: date,
    modificationDate: date,
    keywords: '',
  };
}

export function isFolder(info: Pick<ObjectInfo, 'format' | 'associationType'>): boolean {
  return info.format === FORMAT.Association;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** "YYYYMMDDThhmmss" in this PC's local time: MTP dates carry no zone and devices read them as local. */
export function formatMtpDate(date: Date): string {
  return (
    `${pad(date.getFullYear(), 4)}${pad(date.getMonth() + 1)}${pad(date.getDate())}` +
    `T${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  );
}

const DATE_RE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(?:\.(\d))?(Z|[+-]\d{4})?$/;

/** Parses an MTP date string; null when empty or malformed. Without a zone it is taken as local time. */
export function parseMtpDate(text: string): Date | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const tenths = m[7] ? Number(m[7]) * 100 : 0;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const zone = m[8];
  if (zone === undefined) return new Date(y, mo - 1, d, h, mi, s, tenths);
  const utc = Date.UTC(y, mo - 1, d, h, mi, s, tenths);
  if (zone === 'Z') return new Date(utc);
  const sign = zone.startsWith('-') ? -1 : 1;
  const offsetMin = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  return new Date(utc - offsetMin * 60_000);
}
