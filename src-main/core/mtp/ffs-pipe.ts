import { CLASS_REQUEST } from './codes.ts';
import { FRAME_ACK, type Frame, type FrameChannel } from './ffs-frames.ts';
import { PipeError, decodeDeviceStatus, encodeCancelRequest, type BulkPipe, type DeviceStatus } from './pipe.ts';

/** The endpoint sockets of one gadget once it is enabled: control, bulk IN, bulk OUT, interrupt IN. */
export interface FfsEndpoints {
  ep0: FrameChannel;
  bulkIn: FrameChannel;
  bulkOut: FrameChannel;
  interrupt: FrameChannel;
}

const FUNCTIONFS_SETUP = 4;
/** bmRequestType of class requests to the interface: host-to-device 0x21, device-to-host 0xA1. */
const CLASS_OUT = 0x21;
const CLASS_IN = 0xa1;

/**
 * A BulkPipe over an ffs-loopback gadget: the station plays the USB host. Each device write arrives as one frame;
 * the host side puts the USB rules back on top: a bulk IN transfer ends when the host buffer is full, at a short
 * packet (a frame whose length is not a multiple of wMaxPacketSize) or at a zero-length packet, and frames that
 * fill their last packet run on into the next one, exactly as packets do on a wire.
 */
export class FfsBulkPipe implements BulkPipe {
  readonly maxPacketSize: number;
  private readonly eps: FfsEndpoints;
  private readonly interfaceNumber: number;
  /** The rest of a device frame a transfer did not take (the host buffer filled up inside it). */
  private partial: { frame: Uint8Array; offset: number } | null = null;
  /** Control requests take turns: ep0 carries one setup and its reply at a time. */
  private controlTail: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(eps: FfsEndpoints, maxPacketSize: number, interfaceNumber = 0) {
    this.eps = eps;
    this.maxPacketSize = maxPacketSize;
    this.interfaceNumber = interfaceNumber;
  }

  private check(): void {
    if (this.closed) throw new PipeError('closed', 'The station closed the connection.');
  }

  async writeOut(data: Uint8Array, timeoutMs: number): Promise<void> {
    this.check();
    await this.eps.bulkOut.send(data, timeoutMs);
  }

  async readIn(maxLength: number, timeoutMs: number): Promise<Uint8Array> {
    this.check();
    const mps = this.maxPacketSize;
    if (maxLength <= 0 || maxLength % mps !== 0) {
      throw new PipeError('io', `A read of ${maxLength} bytes is not a whole number of packets.`);
    }
    const deadline = performance.now() + timeoutMs;
    const parts: Uint8Array[] = [];
    let got = 0;
    for (;;) {
      let frame: Uint8Array;
      let offset = 0;
      if (this.partial) {
        ({ frame, offset } = this.partial);
        this.partial = null;
      } else {
        const next = await this.eps.bulkIn.next(Math.max(1, deadline - performance.now()));
        frame = bulkFrame(next, 'bulk IN');
        if (frame.length === 0) break; // a zero-length packet ends the transfer
      }
      const take = Math.min(frame.length - offset, maxLength - got);
      parts.push(frame.subarray(offset, offset + take));
      got += take;
      if (offset + take < frame.length) {
        this.partial = { frame, offset: offset + take };
        break;
      }
      if (frame.length % mps !== 0 || got === maxLength) break;
    }
    if (parts.length === 1) return parts[0]!;
    return Buffer.concat(parts, got);
  }

  async readEvent(timeoutMs: number): Promise<Uint8Array | null> {
    this.check();
    try {
      return bulkFrame(await this.eps.interrupt.next(timeoutMs), 'interrupt');
    } catch (error) {
      if (error instanceof PipeError && error.kind === 'timeout') return null;
      throw error;
    }
  }

  /** FunctionFS handles ENDPOINT_HALT in the kernel and the loopback has no halts to clear. */
  clearHalt(): Promise<void> {
    this.check();
    return Promise.resolve();
  }

  async cancelRequest(transactionId: number, timeoutMs: number): Promise<void> {
    const reply = await this.control(CLASS_OUT, CLASS_REQUEST.Cancel, encodeCancelRequest(transactionId), timeoutMs);
    if (reply !== FRAME_ACK) throw new PipeError('stall', 'The device refused Cancel Request.');
  }

  async getDeviceStatus(timeoutMs: number): Promise<DeviceStatus> {
    const reply = await this.control(CLASS_IN, CLASS_REQUEST.GetDeviceStatus, null, timeoutMs, 20);
    if (reply === FRAME_ACK) throw new PipeError('stall', 'The device refused Get Device Status.');
    const status = decodeDeviceStatus(reply);
    if (!status) throw new PipeError('io', 'The device gave no usable status.');
    return status;
  }

  async resetDevice(timeoutMs: number): Promise<void> {
    const reply = await this.control(CLASS_OUT, CLASS_REQUEST.DeviceReset, null, timeoutMs);
    if (reply !== FRAME_ACK) throw new PipeError('stall', 'The device refused Device Reset.');
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    for (const ep of [this.eps.bulkIn, this.eps.bulkOut, this.eps.interrupt, this.eps.ep0]) ep.close();
    return Promise.resolve();
  }

  /**
   * One class request: a SETUP event (the 8-byte setup packet, type 4, padding) with any OUT data stage in the
   * same frame, then one reply frame: the acknowledgement, a zero-length frame (a stalled OUT request) or data.
   */
  private control(
    requestType: number,
    request: number,
    data: Uint8Array | null,
    timeoutMs: number,
    inLength = 0,
  ): Promise<Frame> {
    const run = async (): Promise<Frame> => {
      this.check();
      const event = Buffer.alloc(12 + (data?.length ?? 0));
      event.writeUInt8(requestType, 0);
      event.writeUInt8(request, 1);
      event.writeUInt16LE(0, 2);
      event.writeUInt16LE(this.interfaceNumber, 4);
      event.writeUInt16LE(data ? data.length : inLength, 6);
      event.writeUInt8(FUNCTIONFS_SETUP, 8);
      if (data) event.set(data, 12);
      this.eps.ep0.discardQueued();
      await this.eps.ep0.send(event, timeoutMs);
      const reply = await this.eps.ep0.next(timeoutMs);
      if (reply !== FRAME_ACK && reply.length === 0 && requestType === CLASS_OUT) {
        throw new PipeError('stall', 'The device stalled the control request.');
      }
      return reply;
    };
    const result = this.controlTail.then(run, run);
    this.controlTail = result.catch(() => undefined);
    return result;
  }
}

function bulkFrame(frame: Frame, what: string): Uint8Array {
  if (frame === FRAME_ACK) throw new PipeError('io', `An acknowledgement frame on the ${what} endpoint.`);
  return frame;
}
