import { EVENT, eventName } from './codes.ts';
import { decodeEvent } from './container.ts';

/** What the device announces on its interrupt pipe, in the station's terms. */
export type MtpEvent =
  | { type: 'object-added'; handle: number }
  | { type: 'object-removed'; handle: number }
  | { type: 'object-info-changed'; handle: number }
  | { type: 'store-added'; storageId: number }
  | { type: 'store-removed'; storageId: number }
  | { type: 'storage-info-changed'; storageId: number }
  | { type: 'store-full'; storageId: number }
  | { type: 'device-prop-changed'; property: number }
  | { type: 'device-info-changed' }
  | { type: 'device-reset' }
  | { type: 'other'; code: number; name: string; params: number[] };

/** Parses one interrupt transfer; throws a typed protocol error on a malformed container. */
export function parseEvent(bytes: Uint8Array): MtpEvent {
  const { code, params } = decodeEvent(bytes);
  const p0 = params[0] ?? 0;
  switch (code) {
    case EVENT.ObjectAdded:
      return { type: 'object-added', handle: p0 };
    case EVENT.ObjectRemoved:
      return { type: 'object-removed', handle: p0 };
    case EVENT.ObjectInfoChanged:
      return { type: 'object-info-changed', handle: p0 };
    case EVENT.StoreAdded:
      return { type: 'store-added', storageId: p0 };
    case EVENT.StoreRemoved:
      return { type: 'store-removed', storageId: p0 };
    case EVENT.StorageInfoChanged:
      return { type: 'storage-info-changed', storageId: p0 };
    case EVENT.StoreFull:
      return { type: 'store-full', storageId: p0 };
    case EVENT.DevicePropChanged:
      return { type: 'device-prop-changed', property: p0 };
    case EVENT.DeviceInfoChanged:
      return { type: 'device-info-changed' };
    case EVENT.DeviceReset:
      return { type: 'device-reset' };
    default:
      return { type: 'other', code, name: eventName(code), params };
  }
}
