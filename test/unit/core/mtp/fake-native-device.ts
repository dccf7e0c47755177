import type { BulkPipe } from '../../../../src-main/core/mtp/pipe.ts';
import { decodeCancelRequest } from '../../../../src-main/core/mtp/pipe.ts';
import { encodeDeviceStatus } from '../../../../src-main/core/mtp/pipe.ts';
import type { NativeMtpDevice } from '../../../../src-main/core/mtp/native-usb.ts';

type Alt = NativeMtpDevice['configurations'][number]['interfaces'][number]['alternates'][number];

export const MTP_ALT: Alt = {
  alternateSetting: 0,
  interfaceClass: 0x06,
  interfaceSubclass: 0x01,
  interfaceProtocol: 0x01,
  interfaceName: 'MTP',
  endpoints: [
    { endpointNumber: 1, direction: 'in', type: 'bulk', packetSize: 512 },
    { endpointNumber: 2, direction: 'out', type: 'bulk', packetSize: 512 },
    { endpointNumber: 3, direction: 'in', type: 'interrupt', packetSize: 28 },
  ],
};

export const NCM_ALT: Alt = {
  alternateSetting: 0,
  interfaceClass: 0x02,
  interfaceSubclass: 0x0d,
  interfaceProtocol: 0,
  interfaceName: 'UsbNcm',
  endpoints: [{ endpointNumber: 4, direction: 'in', type: 'interrupt', packetSize: 16 }],
};

/**
 * Stands in for node-usb's native UsbDevice: records every call, and forwards transfers to a BulkPipe (usually
 * the simulator's) so the adapter can be driven end to end without a USB bus.
 */
export class FakeNativeDevice implements NativeMtpDevice {
  readonly calls: string[] = [];
  opened = false;
  configurations: NativeMtpDevice['configurations'];
  backend: BulkPipe | null;
  /** Overrides for single calls, by method name. */
  readonly overrides = new Map<string, (...args: unknown[]) => Promise<unknown>>();

  constructor(alternates: Alt[][] = [[MTP_ALT], [NCM_ALT]], backend: BulkPipe | null = null) {
    this.configurations = [
      { configurationValue: 1, interfaces: alternates.map((alts, i) => ({ interfaceNumber: i, alternates: alts })) },
    ];
    this.backend = backend;
  }

  private record<T>(name: string, args: unknown[], run: () => Promise<T>): Promise<T> {
    this.calls.push(
      `${name}(${args.map((a) => (a instanceof Uint8Array ? `[${a.length}]` : JSON.stringify(a))).join(', ')})`,
    );
    const override = this.overrides.get(name);
    return override ? (override(...args) as Promise<T>) : run();
  }

  private get pipe(): BulkPipe {
    if (!this.backend) throw new Error('transferIn error: Disconnected');
    return this.backend;
  }

  /** The configuration the device is in; tests set it to see the adapter switch. */
  configuration: { configurationValue: number } | null = { configurationValue: 1 };

  selectConfiguration(value: number) {
    return this.record('selectConfiguration', [value], () => {
      this.configuration = { configurationValue: value };
      return Promise.resolve();
    });
  }
  selectAlternateInterface(n: number, alt: number) {
    return this.record('selectAlternateInterface', [n, alt], () => Promise.resolve());
  }
  reset() {
    return this.record('reset', [], async () => {
      if (!this.pipe.resetPort) throw new Error('LIBUSB_ERROR_NOT_SUPPORTED');
      await this.pipe.resetPort(1000);
    });
  }

  open() {
    return this.record('open', [], () => {
      this.opened = true;
      return Promise.resolve();
    });
  }
  close() {
    return this.record('close', [], () => {
      this.opened = false;
      return Promise.resolve();
    });
  }
  claimInterface(n: number) {
    return this.record('claimInterface', [n], () => Promise.resolve());
  }
  releaseInterface(n: number) {
    return this.record('releaseInterface', [n], () => Promise.resolve());
  }
  detachKernelDriver(n: number) {
    return this.record('detachKernelDriver', [n], () => Promise.resolve());
  }
  attachKernelDriver(n: number) {
    return this.record('attachKernelDriver', [n], () => Promise.resolve());
  }
  nativeTransferIn(ep: number, timeout: number, length: number) {
    return this.record('nativeTransferIn', [ep, timeout, length], async () => {
      if (ep === 3) {
        const event = await this.pipe.readEvent(timeout);
        if (!event) throw new Error('transferIn error: Cancelled');
        return event;
      }
      return this.pipe.readIn(length, timeout);
    });
  }
  nativeTransferOut(ep: number, timeout: number, data: Uint8Array) {
    return this.record('nativeTransferOut', [ep, timeout, data], async () => {
      await this.pipe.writeOut(data, timeout);
      return data.length;
    });
  }
  nativeControlTransferIn(setup: unknown, timeout: number, length: number) {
    return this.record('nativeControlTransferIn', [setup, timeout, length], async () =>
      encodeDeviceStatus(await this.pipe.getDeviceStatus(timeout)),
    );
  }
  nativeControlTransferOut(setup: { request: number }, timeout: number, data?: Uint8Array | null) {
    return this.record('nativeControlTransferOut', [setup, timeout, data ?? null], async () => {
      if (setup.request === 0x64)
        await this.pipe.cancelRequest(decodeCancelRequest(data ?? new Uint8Array()) ?? 0, timeout);
      if (setup.request === 0x66) await this.pipe.resetDevice(timeout);
      return data?.length ?? 0;
    });
  }
  clearHalt(direction: 'in' | 'out', ep: number) {
    return this.record('clearHalt', [direction, ep], () => this.pipe.clearHalt(direction, 100));
  }
}
