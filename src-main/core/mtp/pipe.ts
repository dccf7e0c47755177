import { StationError } from '../../shared/errors.ts';
import { say } from '../language.ts';

/**
 * The USB side of an MTP conversation, kept as small as serialport's Binding: the session above it never knows
 * whether it talks to node-usb or to the simulator.
 *
 * Contract every adapter keeps:
 * - `writeOut` sends one bulk OUT transfer. A length that is not a multiple of `maxPacketSize` ends with a short
 *   packet (and so ends the device's read); an empty array sends a zero-length packet. When it resolves the pipe no
 *   longer references `data`, so callers may reuse their buffer.
 * - `readIn` reads one bulk IN transfer: at most `maxLength` bytes (a multiple of `maxPacketSize`), fewer when the
 *   device ends the transfer with a short or zero-length packet. The returned bytes belong to the caller.
 * - `readEvent` waits for one interrupt IN transfer (an event container) and resolves null when none came in time.
 * - Every call takes its own timeout. Failures reject with PipeError; `disconnected: true` means the cable is gone.
 */
export interface BulkPipe {
  readonly maxPacketSize: number;
  writeOut(data: Uint8Array, timeoutMs: number): Promise<void>;
  readIn(maxLength: number, timeoutMs: number): Promise<Uint8Array>;
  readEvent(timeoutMs: number): Promise<Uint8Array | null>;
  clearHalt(direction: 'in' | 'out', timeoutMs: number): Promise<void>;
  /** Class request 0x64: ask the device to abandon the transaction with this id. */
  cancelRequest(transactionId: number, timeoutMs: number): Promise<void>;
  /** Class request 0x67. */
  getDeviceStatus(timeoutMs: number): Promise<DeviceStatus>;
  /** Class request 0x66: the device closes its session and clears its pipes. */
  resetDevice(timeoutMs: number): Promise<void>;
  /**
   * A USB port reset (the device re-enumerates its configuration), for a device that stalls Device Reset. Only
   * pipes to a real bus have one; after it the pipe is usable again (same interface claimed).
   */
  resetPort?(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export interface DeviceStatus {
  /** A response code: OK (0x2001), Device Busy (0x2019), Transaction Cancelled (0x201F), ... */
  code: number;
  /** Endpoint addresses (with the 0x80 direction bit) the device has halted. */
  stalledEndpoints: number[];
}

export type PipeErrorKind = 'timeout' | 'stall' | 'disconnected' | 'closed' | 'unsupported' | 'io';

/** A failed USB call. The session turns these into MtpErrors with plain-words messages. */
export class PipeError extends StationError {
  readonly kind: PipeErrorKind;

  constructor(kind: PipeErrorKind, detail: string, cause?: unknown) {
    // The detail names the USB fault for the log and the doctor report; the title is what a technician reads.
    super(`usb-${kind}`, say(`transfer:usb-${kind}`), detail, { disconnected: kind === 'disconnected', cause });
    this.name = 'PipeError';
    this.kind = kind;
  }
}

export function isPipeError(error: unknown, kind?: PipeErrorKind): error is PipeError {
  return error instanceof PipeError && (kind === undefined || error.kind === kind);
}

/** The 6-byte data stage of Cancel Request: CancellationCode 0x4001, then the transaction id (both LE). */
export function encodeCancelRequest(transactionId: number): Uint8Array {
  const out = new Uint8Array(6);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0x4001, true);
  view.setUint32(2, transactionId >>> 0, true);
  return out;
}

export function decodeCancelRequest(data: Uint8Array): number | null {
  if (data.length !== 6) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (view.getUint16(0, true) !== 0x4001) return null;
  return view.getUint32(2, true);
}

/** Get Device Status data: wLength (u16), Code (u16), then one u32 per halted endpoint. */
export function encodeDeviceStatus(status: DeviceStatus): Uint8Array {
  const length = 4 + 4 * status.stalledEndpoints.length;
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  view.setUint16(0, length, true);
  view.setUint16(2, status.code, true);
  status.stalledEndpoints.forEach((ep, i) => view.setUint32(4 + 4 * i, ep, true));
  return out;
}

/** Lenient on purpose: devices pad this reply or report a wLength larger than what they send. */
export function decodeDeviceStatus(data: Uint8Array): DeviceStatus | null {
  if (data.length < 4) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const declared = view.getUint16(0, true);
  if (declared < 4) return null;
  const length = Math.min(declared, data.length);
  const stalledEndpoints: number[] = [];
  for (let at = 4; at + 4 <= length; at += 4) {
    const ep = view.getUint32(at, true);
    if (ep !== 0) stalledEndpoints.push(ep & 0xff);
  }
  return { code: view.getUint16(2, true), stalledEndpoints };
}
