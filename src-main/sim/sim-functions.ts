import type { BulkPipe } from '../core/mtp/pipe.ts';
import { buildAutopilotDiagnosticsZip } from './autopilot/diagnostics-zip.ts';
import { createSimMtpPipe, SimStorageTree, type LinkModel } from './mtp/index.ts';
import type { SimDevice } from './sim-device.ts';

/** Where a simulated HoloLens keeps what the tech copies during setup, and its diagnostics. */
const DIAGNOSTICS_TEMP = 'Documents/HoloLensDiagnostics.temp';
const DIAGNOSTICS_ZIP = 'Documents/AutopilotDiagnostics.zip';

export interface SimFunctionOptions {
  /** Link speed for every simulated MTP connection (batch benchmarks); default: none, or USB 2.0 with `slow`. */
  link?: LinkModel | null;
  opLatencyMs?: number;
  now?: () => Date;
}

/**
 * Gives a simulated HoloLens its USB functions: the storage tree behind MTP (shown or hidden as the device's
 * state allows), diagnostics written by Power + Volume Down, and provisioning packages read during setup.
 */
export class SimDeviceFunctions {
  readonly tree: SimStorageTree;
  readonly device: SimDevice;
  private readonly options: SimFunctionOptions;
  private readonly pipes = new Set<ReturnType<typeof createSimMtpPipe>>();

  constructor(device: SimDevice, options: SimFunctionOptions = {}) {
    this.device = device;
    this.options = options;
    this.tree = new SimStorageTree({ visible: device.storageVisible, now: options.now });
    // A used device has a few files of its own, so browsing in training mode shows something real.
    if (device.state.phase === 'desktop') {
      this.tree.addPatternFile(
        'Pictures/Camera Roll/WIN_20260301_101500_HoloLens.jpg',
        1_250_000,
        seedOf(device.serialNumber),
      );
      this.tree.addFile('Documents/Bench notes.txt', `Simulated device ${device.serialNumber}\n`);
    }
    device.hooks = {
      storageVisibilityChanged: (_d, visible) => this.tree.setVisible(visible),
      collectDiagnostics: () => this.collectDiagnostics(),
      pendingPackages: () => this.pendingPackages(),
      packagesApplied: (_d, names) => this.removePackages(names),
      wiped: () => this.wipe(),
      batteryChanged: (_d, percent) => {
        for (const pipe of this.pipes) pipe.sim.setBatteryPercent(percent);
      },
    };
    // Pulling the cable or switching the device off ends every open connection, as on a real bus.
    device.events.on('detach', () => {
      for (const pipe of this.pipes) pipe.sim.unplug();
      this.pipes.clear();
    });
  }

  /** A new MTP connection to this device, as the station gets when it opens the USB interface. */
  openPipe(): BulkPipe {
    const d = this.device;
    const pipe = createSimMtpPipe(this.tree, {
      model: d.model === 'hololens1' ? 'HoloLens' : 'HoloLens 2',
      serialNumber: d.serialNumber,
      deviceVersion: `10.0.${d.state.build}`,
      batteryPercent: d.state.batteryPercent,
      faults: d.faults,
      link: this.options.link,
      opLatencyMs: this.options.opLatencyMs,
    });
    this.pipes.add(pipe);
    return pipe;
  }

  private async collectDiagnostics(): Promise<void> {
    const d = this.device;
    this.tree.addFile(DIAGNOSTICS_TEMP, 'collecting');
    await new Promise((r) => setTimeout(r, d.timing.diagnosticsMs));
    const zip = buildAutopilotDiagnosticsZip({
      serialNumber: d.serialNumber,
      productId: productIdFor(d.serialNumber),
      now: this.options.now?.() ?? new Date(),
    });
    if (this.tree.exists(DIAGNOSTICS_ZIP)) this.tree.remove(DIAGNOSTICS_ZIP);
    this.tree.addFile(DIAGNOSTICS_ZIP, zip);
    if (this.tree.exists(DIAGNOSTICS_TEMP)) this.tree.remove(DIAGNOSTICS_TEMP);
  }

  /** Packages copied during setup: .ppkg files at the top of the storage or in Documents. */
  private pendingPackages(): string[] {
    const found: string[] = [];
    for (const folder of ['', 'Documents']) {
      for (const entry of this.tree.list(folder)) {
        if (entry.kind === 'file' && entry.name.toLowerCase().endsWith('.ppkg')) found.push(entry.name);
      }
    }
    return found;
  }

  private removePackages(names: string[]): void {
    for (const folder of ['', 'Documents']) {
      for (const name of names) {
        const path = folder ? `${folder}/${name}` : name;
        if (this.tree.exists(path)) this.tree.remove(path);
      }
    }
  }

  private wipe(): void {
    for (const entry of this.tree.list('')) {
      if (entry.kind === 'file') this.tree.remove(entry.name);
      else for (const child of this.tree.list(entry.name)) this.tree.remove(`${entry.name}/${child.name}`);
    }
  }
}

function seedOf(text: string): number {
  let h = 7;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

/** A Windows Product ID in its usual shape (00330-NNNNN-NNNNN-AANNN), stable per serial. */
export function productIdFor(serial: string): string {
  let h = 2166136261;
  for (const c of serial) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  const digits = String(h).padStart(10, '0') + String(Math.imul(h, 2654435761) >>> 0).padStart(10, '0');
  return `00330-${digits.slice(0, 5)}-${digits.slice(5, 10)}-AA${digits.slice(10, 13)}`;
}
