/**
 * PTP (ISO 15740) and MTP 1.1 code tables, as published in the MTP specification and mirrored by libmtp's
 * src/ptp.h. Kept as plain data so tests can walk them and names show up in logs and errors.
 */

export const CONTAINER_TYPE = { Command: 1, Data: 2, Response: 3, Event: 4 } as const;

export const OPERATION = {
  GetDeviceInfo: 0x1001,
  OpenSession: 0x1002,
  CloseSession: 0x1003,
  GetStorageIDs: 0x1004,
  GetStorageInfo: 0x1005,
  GetNumObjects: 0x1006,
  GetObjectHandles: 0x1007,
  GetObjectInfo: 0x1008,
  GetObject: 0x1009,
  GetThumb: 0x100a,
  DeleteObject: 0x100b,
  SendObjectInfo: 0x100c,
  SendObject: 0x100d,
  InitiateCapture: 0x100e,
  FormatStore: 0x100f,
  ResetDevice: 0x1010,
  SelfTest: 0x1011,
  SetObjectProtection: 0x1012,
  PowerDown: 0x1013,
  GetDevicePropDesc: 0x1014,
  GetDevicePropValue: 0x1015,
  SetDevicePropValue: 0x1016,
  ResetDevicePropValue: 0x1017,
  TerminateOpenCapture: 0x1018,
  MoveObject: 0x1019,
  CopyObject: 0x101a,
  GetPartialObject: 0x101b,
  InitiateOpenCapture: 0x101c,
  GetObjectPropsSupported: 0x9801,
  GetObjectPropDesc: 0x9802,
  GetObjectPropValue: 0x9803,
  SetObjectPropValue: 0x9804,
  GetObjectPropList: 0x9805,
  SetObjectPropList: 0x9806,
  GetInterdependentPropDesc: 0x9807,
  SendObjectPropList: 0x9808,
  GetObjectReferences: 0x9810,
  SetObjectReferences: 0x9811,
  Skip: 0x9820,
} as const;

export const RESPONSE = {
  Undefined: 0x2000,
  OK: 0x2001,
  GeneralError: 0x2002,
  SessionNotOpen: 0x2003,
  InvalidTransactionID: 0x2004,
  OperationNotSupported: 0x2005,
  ParameterNotSupported: 0x2006,
  IncompleteTransfer: 0x2007,
  InvalidStorageID: 0x2008,
  InvalidObjectHandle: 0x2009,
  DevicePropNotSupported: 0x200a,
  InvalidObjectFormatCode: 0x200b,
  StoreFull: 0x200c,
  ObjectWriteProtected: 0x200d,
  StoreReadOnly: 0x200e,
  AccessDenied: 0x200f,
  NoThumbnailPresent: 0x2010,
  SelfTestFailed: 0x2011,
  PartialDeletion: 0x2012,
  StoreNotAvailable: 0x2013,
  SpecificationByFormatUnsupported: 0x2014,
  NoValidObjectInfo: 0x2015,
  InvalidCodeFormat: 0x2016,
  UnknownVendorCode: 0x2017,
  CaptureAlreadyTerminated: 0x2018,
  DeviceBusy: 0x2019,
  InvalidParentObject: 0x201a,
  InvalidDevicePropFormat: 0x201b,
  InvalidDevicePropValue: 0x201c,
  InvalidParameter: 0x201d,
  SessionAlreadyOpen: 0x201e,
  TransactionCancelled: 0x201f,
  SpecificationOfDestinationUnsupported: 0x2020,
  InvalidObjectPropCode: 0xa801,
  InvalidObjectPropFormat: 0xa802,
  InvalidObjectPropValue: 0xa803,
  InvalidObjectReference: 0xa804,
  GroupNotSupported: 0xa805,
  InvalidDataset: 0xa806,
  SpecificationByGroupUnsupported: 0xa807,
  SpecificationByDepthUnsupported: 0xa808,
  ObjectTooLarge: 0xa809,
  ObjectPropNotSupported: 0xa80a,
} as const;

export const EVENT = {
  Undefined: 0x4000,
  CancelTransaction: 0x4001,
  ObjectAdded: 0x4002,
  ObjectRemoved: 0x4003,
  StoreAdded: 0x4004,
  StoreRemoved: 0x4005,
  DevicePropChanged: 0x4006,
  ObjectInfoChanged: 0x4007,
  DeviceInfoChanged: 0x4008,
  RequestObjectTransfer: 0x4009,
  StoreFull: 0x400a,
  DeviceReset: 0x400b,
  StorageInfoChanged: 0x400c,
  CaptureComplete: 0x400d,
  UnreportedStatus: 0x400e,
  ObjectPropChanged: 0xc801,
  ObjectPropDescChanged: 0xc802,
  ObjectReferencesChanged: 0xc803,
} as const;

export const FORMAT = {
  Undefined: 0x3000,
  Association: 0x3001,
  Script: 0x3002,
  Executable: 0x3003,
  Text: 0x3004,
  HTML: 0x3005,
  DPOF: 0x3006,
  AIFF: 0x3007,
  WAV: 0x3008,
  MP3: 0x3009,
  AVI: 0x300a,
  MPEG: 0x300b,
  ASF: 0x300c,
  UndefinedImage: 0x3800,
  EXIF_JPEG: 0x3801,
  TIFF_EP: 0x3802,
  BMP: 0x3804,
  GIF: 0x3807,
  JFIF: 0x3808,
  PNG: 0x380b,
  TIFF: 0x380d,
  Firmware: 0xb802,
  WindowsImageFormat: 0xb881,
  WMA: 0xb901,
  MP4Container: 0xb982,
  UndefinedDocument: 0xba80,
  XMLDocument: 0xba82,
} as const;

export const DEVICE_PROP = {
  Undefined: 0x5000,
  BatteryLevel: 0x5001,
  FunctionalMode: 0x5002,
  DateTime: 0x5011,
  SynchronizationPartner: 0xd401,
  DeviceFriendlyName: 0xd402,
} as const;

export const OBJECT_PROP = {
  StorageID: 0xdc01,
  ObjectFormat: 0xdc02,
  ObjectSize: 0xdc04,
  ObjectFileName: 0xdc07,
  ParentObject: 0xdc0b,
} as const;

export const DATA_TYPE = {
  INT8: 0x0001,
  UINT8: 0x0002,
  INT16: 0x0003,
  UINT16: 0x0004,
  INT32: 0x0005,
  UINT32: 0x0006,
  INT64: 0x0007,
  UINT64: 0x0008,
  STR: 0xffff,
} as const;

export const ASSOCIATION = { Undefined: 0x0000, GenericFolder: 0x0001 } as const;
export const STORAGE_TYPE = { Undefined: 0, FixedROM: 1, RemovableROM: 2, FixedRAM: 3, RemovableRAM: 4 } as const;
export const FILESYSTEM_TYPE = { Undefined: 0, GenericFlat: 1, GenericHierarchical: 2, DCF: 3 } as const;
export const ACCESS = { ReadWrite: 0, ReadOnly: 1, ReadOnlyWithDeletion: 2 } as const;
export const PROTECTION = { None: 0, ReadOnly: 1 } as const;

/** USB Still Image Capture Device Definition class requests, sent to the MTP interface. */
export const CLASS_REQUEST = {
  Cancel: 0x64,
  GetExtendedEventData: 0x65,
  DeviceReset: 0x66,
  GetDeviceStatus: 0x67,
} as const;

/** GetObjectHandles / SendObjectInfo: "all storages" and "the root of a storage". */
export const ALL_STORAGES = 0xffffffff;
export const ROOT_PARENT = 0xffffffff;
/** The data container length used when 12 + payload does not fit in 32 bits (objects of 4 GB and more). */
export const UNKNOWN_LENGTH = 0xffffffff;

function reverse(table: Record<string, number>): Map<number, string> {
  return new Map(Object.entries(table).map(([name, code]) => [code, name]));
}

const operationNames = reverse(OPERATION);
const responseNames = reverse(RESPONSE);
const eventNames = reverse(EVENT);
const formatNames = reverse(FORMAT);

const hex = (code: number) => `0x${code.toString(16).toUpperCase().padStart(4, '0')}`;

export function operationName(code: number): string {
  return operationNames.get(code) ?? `Operation ${hex(code)}`;
}
export function responseName(code: number): string {
  return responseNames.get(code) ?? `Response ${hex(code)}`;
}
export function eventName(code: number): string {
  return eventNames.get(code) ?? `Event ${hex(code)}`;
}
export function formatName(code: number): string {
  return formatNames.get(code) ?? `Format ${hex(code)}`;
}
export function hexCode(code: number): string {
  return hex(code);
}
