import { existsSync, mkdirSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { StationError } from '../../shared/errors.ts';
import type { UsbDescriptor } from '../devices/descriptor.ts';
import { StorageUnreachableError, explainUnreachable } from '../storage-access/unreachable.ts';
import { WpdHelperClient, type HelperClientOptions, type HelperLaunch } from './helper-client.ts';
import { matchWpdDevice } from './device-match.ts';
import { WpdDeviceStorage } from './wpd-storage.ts';
import { say } from '../language.ts';

export interface WpdOpenerOptions extends HelperClientOptions {
  /** How to start the helper; default: the shipped HoloBenchWpd.exe, compiled on first use where it is missing. */
  launch?: () => Promise<HelperLaunch>;
}

/**
 * Opens a bench device's storage through Windows Portable Devices: finds the WPD device that is this USB device
 * (VID, PID, serial, then port) and hands out a DeviceStorage over the helper. One helper process serves every
 * device; it is started on first use and again after it exits.
 */
export class WpdStorageOpener {
  private client: Promise<WpdHelperClient> | null = null;
  private readonly options: WpdOpenerOptions;
  private readonly resourcesDir: string;
  private readonly cacheDir: string;

  constructor(resourcesDir: string, cacheDir: string, options: WpdOpenerOptions = {}) {
    this.resourcesDir = resourcesDir;
    this.cacheDir = cacheDir;
    this.options = options;
  }

  async open(usb: UsbDescriptor, model: 'hololens1' | 'hololens2' | 'unknown'): Promise<WpdDeviceStorage> {
    const client = await this.helper().catch((error: unknown) => {
      throw new StorageUnreachableError(explainUnreachable('windows-driver', model), error);
    });
    const devices = await client.request('devices', {});
    const match = matchWpdDevice(usb, devices);
    if (match.kind === 'none') {
      throw new StorageUnreachableError(explainUnreachable('windows-driver', model));
    }
    if (match.kind === 'ambiguous') {
      throw new StationError(
        'wpd-ambiguous',
        say('transfer:wpd.ambiguous.title'),
        say('transfer:wpd.ambiguous.message', {
          count: match.candidates.length,
          names: match.candidates.map((c) => c.friendlyName).join(', '),
        }),
      );
    }
    return WpdDeviceStorage.open(client, match.device.wpdId);
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    if (client) await (await client.catch(() => null))?.close();
  }

  private helper(): Promise<WpdHelperClient> {
    if (!this.client) {
      const starting = (async () => {
        const launch = await (this.options.launch ?? (() => defaultLaunch(this.resourcesDir, this.cacheDir)))();
        const client = await WpdHelperClient.start(launch, this.options);
        client.events.on('exit', () => {
          if (this.client === starting) this.client = null;
        });
        return client;
      })();
      this.client = starting;
      starting.catch(() => {
        if (this.client === starting) this.client = null;
      });
    }
    return this.client;
  }
}

const HELPER_SOURCES = ['Protocol.cs', 'WpdInterop.cs', 'WpdDevices.cs', 'Program.cs'];

/**
 * The helper shipped with the app (compiled ahead for .NET Framework 4.x); where the package holds only its
 * source, the C# compiler every Windows 10/11 carries in its .NET Framework folder builds it once into the
 * station's data folder. Neither needs admin rights.
 */
export async function defaultLaunch(resourcesDir: string, cacheDir: string): Promise<HelperLaunch> {
  const dir = join(resourcesDir, 'windows', 'wpd-helper');
  const shipped = join(dir, 'HoloBenchWpd.exe');
  if (existsSync(shipped)) return { command: shipped, args: [] };
  const built = join(cacheDir, 'HoloBenchWpd.exe');
  if (existsSync(built)) return { command: built, args: [] };
  const windir = process.env.WINDIR ?? 'C:\\Windows';
  const csc = [
    join(windir, 'Microsoft.NET', 'Framework64', 'v4.0.30319', 'csc.exe'),
    join(windir, 'Microsoft.NET', 'Framework', 'v4.0.30319', 'csc.exe'),
  ].find((p) => existsSync(p));
  if (!csc) throw new Error('neither the shipped helper nor the .NET Framework 4 compiler was found');
  mkdirSync(cacheDir, { recursive: true });
  await new Promise<void>((resolve, reject) =>
    execFile(
      csc,
      ['/nologo', '/target:exe', '/optimize+', `/out:${built}`, ...HELPER_SOURCES.map((f) => join(dir, f))],
      { windowsHide: true },
      (error, stdout) =>
        error ? reject(new Error(`compiling the helper failed: ${stdout.slice(0, 300)}`)) : resolve(),
    ),
  );
  return { command: built, args: [] };
}
