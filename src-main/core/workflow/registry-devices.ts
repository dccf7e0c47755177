import type { DeviceRegistry, LiveDevice } from '../devices/registry.ts';
import { deviceReadings } from '../devices/device-readings.ts';
import type { BatchDevices, BatchDevicesListener } from './devices.ts';
import type { BatchDeviceFacts } from './types.ts';

/**
 * BatchDevices over the station's registry: real and simulated devices alike, with battery, build and lock state
 * as read over USB (device-readings.ts). Only HoloLens devices with a serial number take part in a batch: the
 * serial is how a batch knows a device again after a replug or a crash.
 */
export class RegistryBatchDevices implements BatchDevices {
  private readonly registry: DeviceRegistry;

  constructor(registry: DeviceRegistry) {
    this.registry = registry;
  }

  list(): BatchDeviceFacts[] {
    return this.registry.present().filter(isBatchable).map(factsOf);
  }

  get(serial: string): BatchDeviceFacts | null {
    const live = this.registry.present().find((d) => isBatchable(d) && d.view.serialNumber === serial);
    return live ? factsOf(live) : null;
  }

  subscribe(listener: BatchDevicesListener): () => void {
    const offs = [
      this.registry.events.on('attached', (live) => {
        if (isBatchable(live)) listener.attached(factsOf(live));
      }),
      this.registry.events.on('detached', (live) => {
        if (live.view.serialNumber) listener.detached(live.view.serialNumber);
      }),
      this.registry.events.on('changed', ({ view }) => {
        if (view.present && view.serialNumber) listener.changed(view.serialNumber);
      }),
    ];
    return () => offs.splice(0).forEach((off) => off());
  }
}

function factsOf(live: LiveDevice): BatchDeviceFacts {
  const v = live.view;
  return {
    serial: v.serialNumber ?? '',
    deviceId: v.id,
    deviceKey: live.ledgerKey,
    portPath: v.portPath,
    model: v.model,
    mode: v.mode,
    ...deviceReadings(v),
    simulated: live.sourceKind === 'sim',
  };
}

function isBatchable(live: LiveDevice): boolean {
  const v = live.view;
  return v.present && v.serialNumber !== null && (v.kind === 'hololens' || v.kind === 'probable-hololens');
}
