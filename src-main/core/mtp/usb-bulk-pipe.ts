/**
 * The BulkPipe over an MTP interface the station has claimed through node-usb: every native call runs under a guard
 * timer and ends at once when the pipe closes; node-usb's errors become the pipe's error kinds, and once the cable
 * is gone every later call fails the same way. Closing gives the interface (and any kernel driver) back.
 */
import { CLASS_REQUEST } from './codes.ts';
import { classify, type ControlSetup, type MtpInterfaceMatch, type NativeMtpDevice } from './native-usb.ts';
import { PipeError, decodeDeviceStatus, encodeCancelRequest, type BulkPipe, type DeviceStatus } from './pipe.ts';

export class UsbMtpPipe implements BulkPipe {
  readonly maxPacketSize: number;
  private readonly device: NativeMtpDevice;
  private readonly match: MtpInterfaceMatch;
  private readonly detached: boolean;
  private readonly guardMs: number;
  /** Once the cable is gone every call fails the same way, at once. */
  private gone: PipeError | null = null;
  /** Rejects when the pipe is closed, so calls still waiting on the device end at once. */
  private readonly closed: Promise<never>;
  private markClosed: (error: PipeError) => void = () => undefined;
  private closing = false;

  constructor(device: NativeMtpDevice, match: MtpInterfaceMatch, detached: boolean, guardMs: number) {
    this.device = device;
    this.match = match;
    this.detached = detached;
    this.guardMs = guardMs;
    this.maxPacketSize = match.bulkIn.packetSize || 512;
    this.closed = new Promise<never>((_, reject) => (this.markClosed = reject));
    this.closed.catch(() => undefined);
  }

  private setup(request: number): ControlSetup {
    return { requestType: 'class', recipient: 'interface', request, value: 0, index: this.match.interfaceNumber };
  }

  /** Runs a native call with a guard timer: a native call that never returns must not hang the station. */
  private async call<T>(doing: string, timeoutMs: number, run: () => Promise<T>): Promise<T> {
    if (this.gone) throw this.gone;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const guard = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new PipeError('timeout', `${doing}: no answer in ${timeoutMs} ms`)),
        timeoutMs + this.guardMs,
      );
    });
    try {
      return await Promise.race([run(), guard, this.closed]);
    } catch (error) {
      const e = classify(error, doing);
      if (e.kind === 'disconnected') this.gone = e;
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  async writeOut(data: Uint8Array, timeoutMs: number): Promise<void> {
    const n = await this.call('Sending to the device', timeoutMs, () =>
      this.device.nativeTransferOut(this.match.bulkOut.endpointNumber, timeoutMs, data),
    );
    if (n < 0) throw new PipeError('stall', 'The device halted its bulk OUT endpoint.');
    if (n < data.length) throw new PipeError('io', `The device took ${n} of ${data.length} bytes.`);
  }

  async readIn(maxLength: number, timeoutMs: number): Promise<Uint8Array> {
    const bytes = await this.call('Reading from the device', timeoutMs, () =>
      this.device.nativeTransferIn(this.match.bulkIn.endpointNumber, timeoutMs, maxLength),
    );
    if (bytes === null) throw new PipeError('stall', 'The device halted its bulk IN endpoint.');
    return bytes;
  }

  async readEvent(timeoutMs: number): Promise<Uint8Array | null> {
    const ep = this.match.interruptIn;
    if (!ep) throw new PipeError('unsupported', 'The MTP interface has no event endpoint.');
    try {
      return await this.call('Waiting for device events', timeoutMs, () =>
        this.device.nativeTransferIn(ep.endpointNumber, timeoutMs, ep.packetSize || 64),
      );
    } catch (error) {
      if (error instanceof PipeError && error.kind === 'timeout') return null;
      throw error;
    }
  }

  async clearHalt(direction: 'in' | 'out', timeoutMs: number): Promise<void> {
    const ep = direction === 'in' ? this.match.bulkIn : this.match.bulkOut;
    await this.call('Clearing a halted endpoint', timeoutMs, () => this.device.clearHalt(direction, ep.endpointNumber));
  }

  async cancelRequest(transactionId: number, timeoutMs: number): Promise<void> {
    await this.call('Canceling the transfer', timeoutMs, () =>
      this.device.nativeControlTransferOut(
        this.setup(CLASS_REQUEST.Cancel),
        timeoutMs,
        encodeCancelRequest(transactionId),
      ),
    );
  }

  async getDeviceStatus(timeoutMs: number): Promise<DeviceStatus> {
    const bytes = await this.call('Asking the device for its status', timeoutMs, () =>
      this.device.nativeControlTransferIn(this.setup(CLASS_REQUEST.GetDeviceStatus), timeoutMs, 20),
    );
    const status = bytes ? decodeDeviceStatus(bytes) : null;
    if (!status) throw new PipeError('io', 'The device gave no usable status.');
    return status;
  }

  async resetDevice(timeoutMs: number): Promise<void> {
    await this.call('Resetting the device', timeoutMs, () =>
      this.device.nativeControlTransferOut(this.setup(CLASS_REQUEST.DeviceReset), timeoutMs, new Uint8Array(0)),
    );
  }

  async resetPort(timeoutMs: number): Promise<void> {
    const device = this.device;
    if (!device.reset) throw new PipeError('unsupported', 'This USB connection cannot reset the port.');
    await this.call('Resetting the USB port', timeoutMs, () => device.reset!());
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    const interfaceNumber = this.match.interfaceNumber;
    // Closed because the cable went: calls still waiting learn that the device was unplugged, not just closed.
    if (this.gone?.kind !== 'disconnected') this.gone = new PipeError('closed', 'The station closed the connection.');
    this.markClosed(this.gone);
    await this.device.releaseInterface(interfaceNumber).catch(() => undefined);
    if (this.detached) await this.device.attachKernelDriver(interfaceNumber).catch(() => undefined);
    await this.device.close().catch(() => undefined);
  }
}
