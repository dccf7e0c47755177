import { encodeResponse, writeHeader } from '../../../../src-main/core/mtp/container.ts';
import { PipeError, type BulkPipe, type DeviceStatus } from '../../../../src-main/core/mtp/pipe.ts';

/** A pipe that answers reads from a script and records writes: for exact byte-level transport tests. */
export class ScriptedPipe implements BulkPipe {
  readonly maxPacketSize: number;
  readonly written: Uint8Array[] = [];
  readonly reads: number[] = [];
  readonly calls: string[] = [];
  private readonly script: (Uint8Array | PipeError)[];

  constructor(script: (Uint8Array | PipeError)[], maxPacketSize = 512) {
    this.script = [...script];
    this.maxPacketSize = maxPacketSize;
  }

  get remaining(): number {
    return this.script.length;
  }

  writeOut(data: Uint8Array): Promise<void> {
    this.written.push(Uint8Array.from(data));
    return Promise.resolve();
  }

  readIn(maxLength: number): Promise<Uint8Array> {
    this.reads.push(maxLength);
    const next = this.script.shift();
    if (next === undefined) return Promise.reject(new PipeError('timeout', 'script ended'));
    if (next instanceof PipeError) return Promise.reject(next);
    if (next.length > maxLength) {
      // A transfer never exceeds the read: the rest comes with the next one, as a device's further packets would.
      this.script.unshift(next.subarray(maxLength));
      return Promise.resolve(next.subarray(0, maxLength));
    }
    return Promise.resolve(next);
  }

  readEvent(): Promise<Uint8Array | null> {
    return Promise.resolve(null);
  }

  clearHalt(direction: 'in' | 'out'): Promise<void> {
    this.calls.push(`clearHalt:${direction}`);
    return Promise.resolve();
  }

  cancelRequest(transactionId: number): Promise<void> {
    this.calls.push(`cancel:${transactionId}`);
    return Promise.resolve();
  }

  getDeviceStatus(): Promise<DeviceStatus> {
    this.calls.push('status');
    return Promise.resolve({ code: 0x2001, stalledEndpoints: [] });
  }

  resetDevice(): Promise<void> {
    this.calls.push('reset');
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

export function dataHeader(length: number, code: number, transactionId: number): Uint8Array {
  const h = new Uint8Array(12);
  writeHeader(h, { length, type: 2, code, transactionId });
  return h;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(parts));
}

export const ok = (transactionId: number, params: number[] = []) =>
  encodeResponse({ code: 0x2001, transactionId, params });

export function payload(n: number, seed = 1): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 31 + seed) & 0xff;
  return out;
}
