import { resolve } from 'node:path';
import { StationError } from '../../shared/errors.ts';
import type { FfsFunction } from '../mtp/ffs-descriptors.ts';
import { FfsGadgetHost, type FfsGadget } from '../mtp/ffs-gadget.ts';
import { isPipeError, type BulkPipe } from '../mtp/pipe.ts';
import type { UsbDescriptor } from './descriptor.ts';
import type { DeviceSource, DeviceSourceListener, SourceState } from './source.ts';
import { say } from '../language.ts';

/** Port paths of gadgets from this source start with this, so they read as what they are. */
export const FFS_PORT_PREFIX = 'ffs:';

export function isFfsPortPath(portPath: string): boolean {
  return portPath.startsWith(FFS_PORT_PREFIX);
}

/**
 * A "bus" with one port: the ffs-loopback sockets in a folder (`holobench ... --ffs-dir <dir>`). The station is the
 * USB host; whatever FunctionFS program connects there (uMTP-Responder under the shim, in tests and demos) is
 * enumerated and attached like a device plugged into that port, and detached when it closes its endpoints. Then
 * the next one may connect.
 */
export class FfsDeviceSource implements DeviceSource {
  readonly kind = 'usb' as const;
  readonly dir: string;
  private host: FfsGadgetHost | null = null;
  private current: SourceState = { available: false, detail: say('station:usb.notStarted') };
  private gadget: { key: string; gadget: FfsGadget; opened: boolean } | null = null;
  private readonly stopping = new AbortController();
  private loop: Promise<void> | null = null;

  constructor(dir: string) {
    this.dir = resolve(dir);
  }

  state(): SourceState {
    return this.current;
  }

  async start(listener: DeviceSourceListener): Promise<SourceState> {
    try {
      this.host = await FfsGadgetHost.listen(this.dir);
    } catch (error) {
      return this.set(listener, { available: false, detail: say('station:ffs.unusable', { reason: text(error) }) });
    }
    this.loop = this.accept(this.host, listener);
    return this.set(listener, { available: true, detail: say('station:ffs.waiting', { dir: this.dir }) });
  }

  private async accept(host: FfsGadgetHost, listener: DeviceSourceListener): Promise<void> {
    let count = 0;
    while (!this.stopping.signal.aborted) {
      let gadget: FfsGadget;
      try {
        gadget = await host.waitForGadget(60_000, this.stopping.signal);
      } catch (error) {
        if (isPipeError(error, 'timeout')) continue;
        if (this.stopping.signal.aborted) return;
        // A program that connected but did not enumerate: wait for the next one.
        continue;
      }
      const key = `ffs-${++count}`;
      this.gadget = { key, gadget, opened: false };
      const seenAt = performance.now();
      try {
        listener.attach({ descriptor: describeGadget(key, `${FFS_PORT_PREFIX}${this.dir}`, gadget.function), seenAt });
      } catch {
        // A listener's failure must not stop the port.
      }
      await gadget.gone;
      if (this.gadget?.key === key) this.gadget = null;
      if (!this.stopping.signal.aborted) listener.detach(key);
    }
  }

  openMtpPipe(key: string): Promise<BulkPipe> {
    const attached = this.gadget;
    if (!attached || attached.key !== key) {
      return Promise.reject(
        new StationError(
          'device-not-found',
          say('station:device.notConnected.title'),
          say('station:device.notConnectedAt', { dir: this.dir }),
          { disconnected: true },
        ),
      );
    }
    if (attached.opened) {
      return Promise.reject(
        new StationError('device-busy', say('station:device.busy.title'), say('station:device.busy.message')),
      );
    }
    attached.opened = true;
    return Promise.resolve(attached.gadget.pipe);
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.gadget?.gadget.pipe.close();
    await this.host?.close();
    await this.loop?.catch(() => undefined);
  }

  private set(listener: DeviceSourceListener, state: SourceState): SourceState {
    this.current = state;
    listener.state?.(state);
    return state;
  }
}

/**
 * FunctionFS carries the function's descriptors only: the device descriptor (VID:PID, names) belongs to whoever
 * sets up the gadget, so it is unknown here and stays 0000:0000 with no names. The interfaces are as described.
 */
export function describeGadget(key: string, portPath: string, fn: FfsFunction): UsbDescriptor {
  return {
    key,
    vendorId: 0,
    productId: 0,
    deviceClass: 0,
    deviceSubclass: 0,
    deviceProtocol: 0,
    deviceVersion: '0.0.0',
    usbVersion: fn.speed === 'super' ? '3.0.0' : '2.0.0',
    manufacturer: null,
    product: null,
    serialNumber: null,
    portPath,
    configurations: [
      {
        value: 1,
        name: null,
        interfaces: fn.interfaces.map((i) => ({
          number: i.number,
          alternate: i.alternate,
          classCode: i.classCode,
          subclassCode: i.subclassCode,
          protocolCode: i.protocolCode,
          name: i.name,
          endpoints: i.endpoints.map((e) => ({
            number: e.address & 0x0f,
            direction: e.direction,
            type: e.type,
            maxPacketSize: e.maxPacketSize,
          })),
        })),
      },
    ],
  };
}

function text(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
