import type { DeviceConnections } from '../devices/connections.ts';
import type { BatchDeviceFacts, StoragePort } from './types.ts';

/**
 * The batch steps' view of a device's storage, over the station's MTP connections: "available" when the device
 * shows a storage, "no-storage" when its session is open but shows none (a locked HoloLens, or one at the setup
 * page), "unreachable" when the station cannot open it at all.
 */
export class ConnectionsStoragePort implements StoragePort {
  private readonly connections: DeviceConnections;

  constructor(connections: DeviceConnections) {
    this.connections = connections;
  }

  readonly state = async (device: BatchDeviceFacts): Promise<'available' | 'no-storage' | 'unreachable'> => {
    try {
      const storage = await this.connections.storage(device.deviceId);
      return (await storage.storages()).length > 0 ? 'available' : 'no-storage';
    } catch {
      return 'unreachable';
    }
  };
}
