import { MtpError, protocolError } from './errors.ts';
import { say } from '../language.ts';

/**
 * Little-endian readers and writers for PTP datasets. The reader checks every length against what is left before
 * it allocates, so a hostile or corrupted reply can only end in a typed error, never in a huge allocation.
 */
export class ByteReader {
  private readonly view: DataView;
  private readonly bytes: Uint8Array;
  private readonly what: string;
  private pos = 0;

  constructor(bytes: Uint8Array, what: string) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.what = what;
  }

  get offset(): number {
    return this.pos;
  }

  get remaining(): number {
    return this.bytes.length - this.pos;
  }

  private need(n: number, field: string): void {
    if (n > this.remaining) throw protocolError(`${this.what} ends early, in ${field}`);
  }

  u8(field = 'a byte'): number {
    this.need(1, field);
    return this.view.getUint8(this.pos++);
  }

  u16(field = 'a 16-bit value'): number {
    this.need(2, field);
    const v = this.view.getUint16(this.pos, true);
    this.pos += 2;
    return v;
  }

  u32(field = 'a 32-bit value'): number {
    this.need(4, field);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }

  u64(field = 'a 64-bit value'): number {
    this.need(8, field);
    const v = this.view.getBigUint64(this.pos, true);
    this.pos += 8;
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw protocolError(`${this.what} has an impossible ${field}`);
    return Number(v);
  }

  /** PTP string: u8 count of UTF-16 code units including the terminating NUL, then the code units. */
  string(field = 'a string'): string {
    const count = this.u8(field);
    if (count === 0) return '';
    this.need(count * 2, field);
    let end = this.pos + count * 2;
    const start = this.pos;
    this.pos = end;
    while (end - 2 >= start && this.view.getUint16(end - 2, true) === 0) end -= 2;
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset + start, end - start).toString('utf16le');
  }

  u16Array(field = 'a list'): number[] {
    const count = this.u32(field);
    this.need(count * 2, field);
    const out = new Array<number>(count);
    for (let i = 0; i < count; i++) out[i] = this.u16(field);
    return out;
  }

  u32Array(field = 'a list'): number[] {
    const count = this.u32(field);
    this.need(count * 4, field);
    const out = new Array<number>(count);
    for (let i = 0; i < count; i++) out[i] = this.u32(field);
    return out;
  }
}

export class ByteWriter {
  private buf: Buffer;
  private pos = 0;

  constructor(initial = 256) {
    this.buf = Buffer.alloc(initial);
  }

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = Buffer.alloc(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  u8(v: number): this {
    this.room(1);
    this.buf.writeUInt8(v & 0xff, this.pos);
    this.pos += 1;
    return this;
  }

  u16(v: number): this {
    this.room(2);
    this.buf.writeUInt16LE(v & 0xffff, this.pos);
    this.pos += 2;
    return this;
  }

  u32(v: number): this {
    this.room(4);
    this.buf.writeUInt32LE(v >>> 0, this.pos);
    this.pos += 4;
    return this;
  }

  u64(v: number): this {
    this.room(8);
    this.buf.writeBigUInt64LE(BigInt(v), this.pos);
    this.pos += 8;
    return this;
  }

  string(s: string): this {
    if (s.length === 0) return this.u8(0);
    if (s.length + 1 > 255) {
      throw new MtpError(
        'mtp-name-too-long',
        say('transfer:mtp-name-too-long.title'),
        say('transfer:mtp-name-too-long.message', { name: s.slice(0, 40) }),
      );
    }
    this.u8(s.length + 1);
    this.room((s.length + 1) * 2);
    this.pos += this.buf.write(s, this.pos, 'utf16le');
    return this.u16(0);
  }

  u16Array(values: readonly number[]): this {
    this.u32(values.length);
    for (const v of values) this.u16(v);
    return this;
  }

  u32Array(values: readonly number[]): this {
    this.u32(values.length);
    for (const v of values) this.u32(v);
    return this;
  }

  finish(): Buffer {
    return this.buf.subarray(0, this.pos);
  }
}
