import { SIM_FAULTS, SIM_PRESETS, type SimFault, type SimPreset } from '../shared/contract/sim.ts';
import { StationError } from '../shared/errors.ts';
import { Emitter } from '../core/emitter.ts';
import type { NativeUsb } from '../core/devices/usb-source.ts';
import { SimNativeUsb } from './native-usb.ts';
import { SimDevice, type SimTiming } from './sim-device.ts';
import { SimDeviceFunctions, type SimFunctionOptions } from './sim-functions.ts';
import { simPortPath, simSerial } from './presets.ts';

export interface SimSpec {
  preset: SimPreset;
  faults: SimFault[];
}

/**
 * Parses `--simulate hl2,hl2-oobe:busy,wmr-sensors` into specs. Unknown presets or faults are a usage error
 * naming what was wrong and what is allowed.
 */
export function parseSimulateList(text: string): SimSpec[] {
  const specs: SimSpec[] = [];
  for (const raw of text.split(',')) {
    const item = raw.trim();
    if (!item) continue;
    const [preset, ...faults] = item.split(':');
    if (!(SIM_PRESETS as readonly string[]).includes(preset ?? '')) {
      throw new StationError(
        'usage',
        'Unknown simulator preset',
        `unknown simulator preset "${preset}"; use one of: ${SIM_PRESETS.join(', ')}`,
      );
    }
    for (const f of faults) {
      if (!(SIM_FAULTS as readonly string[]).includes(f)) {
        throw new StationError(
          'usage',
          'Unknown simulator fault',
          `unknown fault "${f}" in "${item}"; use one of: ${SIM_FAULTS.join(', ')}`,
        );
      }
    }
    specs.push({ preset: preset as SimPreset, faults: faults as SimFault[] });
  }
  if (specs.length === 0) {
    throw new StationError(
      'usage',
      'Nothing to simulate',
      `--simulate needs at least one preset: ${SIM_PRESETS.join(', ')}`,
    );
  }
  return specs;
}

export interface SimBusEvents extends Record<string, unknown> {
  changed: SimDevice[];
  created: SimDevice;
}

/**
 * The simulated USB bus: devices plug into numbered hub ports, hot-plug and re-enumerate like real ones. The
 * station reads it through the same node-usb adapter as the real bus (see native-usb.ts), so everything above it
 * (descriptors, identification, registry, the MTP pipe and session, workflows) runs its real code.
 */
export class SimBus {
  readonly events = new Emitter<SimBusEvents>();
  private readonly devices = new Map<string, SimDevice>();
  private readonly perPreset = new Map<SimPreset, number>();
  private readonly native = new SimNativeUsb(this);
  private nextIndex = 0;
  private readonly timing: Partial<SimTiming>;
  private readonly functionOptions: SimFunctionOptions;
  private readonly functions = new Map<string, SimDeviceFunctions>();

  constructor(opts: { timing?: Partial<SimTiming>; functions?: SimFunctionOptions } = {}) {
    this.timing = opts.timing ?? {};
    this.functionOptions = opts.functions ?? {};
  }

  /** The storage and MTP side of a simulated HoloLens (null for look-alikes without them). */
  functionsOf(simId: string): SimDeviceFunctions | null {
    return this.functions.get(simId) ?? null;
  }

  /** The bus as node-usb's native binding: what the station's NodeUsbSource loads in training mode. */
  nativeBinding(): NativeUsb {
    return this.native.binding();
  }

  /** Switches every device off the bus for good (training mode turned off, the station closing). */
  stop(): void {
    for (const d of this.devices.values()) d.dispose();
  }

  list(): SimDevice[] {
    return [...this.devices.values()];
  }

  get(simId: string): SimDevice {
    const d = this.devices.get(simId);
    if (!d)
      throw new StationError(
        'sim-unknown-device',
        'No such simulated device',
        `There is no simulated device "${simId}".`,
      );
    return d;
  }

  /** Adds a device of this preset on the next free port and plugs it in. */
  add(spec: SimSpec, plug = true): SimDevice {
    const ordinal = (this.perPreset.get(spec.preset) ?? 0) + 1;
    this.perPreset.set(spec.preset, ordinal);
    const index = this.nextIndex++;
    const device = new SimDevice({
      simId: `${spec.preset}-${ordinal}`,
      preset: spec.preset,
      faults: spec.faults,
      serialNumber: simSerial(spec.preset, ordinal),
      portPath: simPortPath(index),
      timing: this.timing,
    });
    device.events.on('attach', (d) => this.native.attached(d));
    device.events.on('detach', (d) => this.native.detached(d));
    device.events.on('state', () => this.events.emit('changed', this.list()));
    if (device.isHoloLens) this.functions.set(device.simId, new SimDeviceFunctions(device, this.functionOptions));
    this.devices.set(device.simId, device);
    this.events.emit('created', device);
    if (plug) device.plug();
    this.events.emit('changed', this.list());
    return device;
  }

  addAll(specs: SimSpec[]): SimDevice[] {
    return specs.map((s) => this.add(s));
  }
}

/** What a real station meets on this OS when something else owns the device's storage (the `storage-owned` fault). */
