import { DEVICE_PROP, EVENT, FORMAT, OPERATION } from '../../core/mtp/codes.ts';
import type { DeviceInfo } from '../../core/mtp/datasets.ts';

export interface SimIdentity {
  manufacturer?: string;
  /** "HoloLens 2" or "HoloLens". */
  model?: string;
  serialNumber?: string;
  deviceVersion?: string;
  /** Offer the battery level property (0x5001). */
  battery?: boolean;
  supportsPartialObject?: boolean;
}

/** The operations the simulated responder implements; GetPartialObject only when the identity offers it. */
export function supportedOperations(partial: boolean): number[] {
  const ops: number[] = [
    OPERATION.GetDeviceInfo,
    OPERATION.OpenSession,
    OPERATION.CloseSession,
    OPERATION.GetStorageIDs,
    OPERATION.GetStorageInfo,
    OPERATION.GetObjectHandles,
    OPERATION.GetObjectInfo,
    OPERATION.GetObject,
    OPERATION.DeleteObject,
    OPERATION.SendObjectInfo,
    OPERATION.SendObject,
    OPERATION.GetDevicePropValue,
    OPERATION.GetObjectPropValue,
  ];
  if (partial) ops.push(OPERATION.GetPartialObject);
  return ops;
}

/** What a HoloLens says about itself in GetDeviceInfo (vendor extension 6 is Microsoft's). */
export function hololensDeviceInfo(id: SimIdentity): DeviceInfo {
  const props: number[] = [DEVICE_PROP.DeviceFriendlyName];
  if (id.battery) props.unshift(DEVICE_PROP.BatteryLevel);
  return {
    standardVersion: 100,
    vendorExtensionId: 6,
    vendorExtensionVersion: 100,
    vendorExtensionDesc: 'microsoft.com: 1.0; microsoft.com/WPDNA: 1.0',
    functionalMode: 0,
    operationsSupported: supportedOperations(id.supportsPartialObject ?? true),
    eventsSupported: [
      EVENT.ObjectAdded,
      EVENT.ObjectRemoved,
      EVENT.ObjectInfoChanged,
      EVENT.StoreAdded,
      EVENT.StoreRemoved,
      EVENT.DevicePropChanged,
    ],
    devicePropertiesSupported: props,
    captureFormats: [],
    playbackFormats: [
      FORMAT.Undefined,
      FORMAT.Association,
      FORMAT.Text,
      FORMAT.EXIF_JPEG,
      FORMAT.PNG,
      FORMAT.MP4Container,
    ],
    manufacturer: id.manufacturer ?? 'Microsoft Corporation',
    model: id.model ?? 'HoloLens 2',
    deviceVersion: id.deviceVersion ?? '10.0.22621.1244',
    serialNumber: id.serialNumber ?? '000000000000',
  };
}
