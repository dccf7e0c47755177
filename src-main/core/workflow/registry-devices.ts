import type { DeviceView } from '../../shared/contract/devices.ts';
import type { DeviceRegistry, LiveDevice } from '../devices/registry.ts';
import type { SimBus } from '../../sim/sim-bus.ts';
import type { SimDevice } from '../../sim/sim-device.ts';
import type { BatchDevices, BatchDevicesListener } from './devices.ts';
import type { BatchDeviceFacts } from './types.ts';

/**
 * BatchDevices over the station's registry (real and simulated devices alike) and, in training mode, the
 * simulator, which is the only place battery, build and lock state of a simulated device can be read. Only
 * HoloLens devices with a serial number take part in a batch: the serial is how a batch knows a device again
 * after a replug or a crash.
 */
export class RegistryBatchDevices implements BatchDevices {
  private readonly registry: DeviceRegistry;
  private readonly sim: SimBus | null;

  constructor(registry: DeviceRegistry, sim: SimBus | null = null) {
    this.registry = registry;
    this.sim = sim;
  }

  list(): BatchDeviceFacts[] {
    return this.registry
      .present()
      .filter(isBatchable)
      .map((d) => this.factsOf(d));
  }

  get(serial: string): BatchDeviceFacts | null {
    const live = this.registry.present().find((d) => isBatchable(d) && d.view.serialNumber === serial);
    return live ? this.factsOf(live) : null;
  }

  subscribe(listener: BatchDevicesListener): () => void {
    const offs = [
      this.registry.events.on('attached', (live) => {
        if (isBatchable(live)) listener.attached(this.factsOf(live));
      }),
      this.registry.events.on('detached', (live) => {
        if (live.view.serialNumber) listener.detached(live.view.serialNumber);
      }),
      this.registry.events.on('changed', ({ view }) => {
        if (view.present && view.serialNumber) listener.changed(view.serialNumber);
      }),
    ];
    if (this.sim) {
      const watch = (d: SimDevice) =>
        d.events.on('state', () => {
          if (d.onBus) listener.changed(d.serialNumber);
        });
      offs.push(...this.sim.list().map(watch));
      offs.push(this.sim.events.on('created', (d) => offs.push(watch(d))));
    }
    return () => offs.splice(0).forEach((off) => off());
  }

  private simDeviceFor(view: DeviceView): SimDevice | null {
    if (view.source !== 'sim' || !this.sim) return null;
    return this.sim.list().find((d) => d.serialNumber === view.serialNumber && d.portPath === view.portPath) ?? null;
  }

  private factsOf(live: LiveDevice): BatchDeviceFacts {
    const v = live.view;
    const sim = this.simDeviceFor(v);
    return {
      serial: v.serialNumber ?? '',
      deviceId: v.id,
      deviceKey: live.ledgerKey,
      portPath: v.portPath,
      model: v.model,
      mode: v.mode,
      batteryPercent: sim ? sim.state.batteryPercent : v.batteryPercent,
      build: sim ? sim.state.build : (v.mtpInfo?.deviceVersion ?? null),
      locked: sim ? sim.state.phase === 'desktop' && sim.state.locked : lockedFromStorage(v),
      simulated: sim !== null,
    };
  }
}

function isBatchable(live: LiveDevice): boolean {
  const v = live.view;
  return v.present && v.serialNumber !== null && (v.kind === 'hololens' || v.kind === 'probable-hololens');
}

/** A real HoloLens shows no storage while locked; "checking" or "unreachable" tell nothing. */
function lockedFromStorage(v: DeviceView): boolean | null {
  if (v.storageState === 'available') return false;
  if (v.storageState === 'no-storage-yet') return true;
  return null;
}
