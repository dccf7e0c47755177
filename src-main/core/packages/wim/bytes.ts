import { corrupt } from './errors.ts';

/** Little-endian field access over a byte array; every read is bounds-checked so a short buffer is a finding. */
export function u16(b: Uint8Array, at: number): number {
  if (at < 0 || at + 2 > b.length) throw corrupt(`16-bit field at ${at} is outside its ${b.length}-byte record`);
  return b[at]! | (b[at + 1]! << 8);
}

export function u32(b: Uint8Array, at: number): number {
  if (at < 0 || at + 4 > b.length) throw corrupt(`32-bit field at ${at} is outside its ${b.length}-byte record`);
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

/** A 64-bit value as a JavaScript number; values past 2^53 cannot be real sizes or offsets, so they are damage. */
export function u64(b: Uint8Array, at: number, what: string): number {
  const lo = u32(b, at);
  const hi = u32(b, at + 4);
  if (hi >= 0x200000) throw corrupt(`${what} is impossibly large`);
  return hi * 0x1_0000_0000 + lo;
}

/** The 7-byte size field of a resource header. */
export function u56(b: Uint8Array, at: number, what: string): number {
  const lo = u32(b, at);
  const hi = u16(b, at + 4) + b[at + 6]! * 0x10000;
  if (hi >= 0x200000) throw corrupt(`${what} is impossibly large`);
  return hi * 0x1_0000_0000 + lo;
}

export function hex(b: Uint8Array, at: number, length: number): string {
  return Buffer.from(b.buffer, b.byteOffset + at, length).toString('hex');
}

export function isZero(b: Uint8Array, at: number, length: number): boolean {
  for (let i = at; i < at + length; i++) if (b[i] !== 0) return false;
  return true;
}

const utf16 = new TextDecoder('utf-16le');

export function utf16le(b: Uint8Array, at: number, byteLength: number): string {
  if (at < 0 || at + byteLength > b.length) throw corrupt(`name at ${at} runs past its record`);
  return utf16.decode(b.subarray(at, at + byteLength));
}

export const align8 = (n: number): number => Math.ceil(n / 8) * 8;

/** Windows FILETIME (100 ns ticks since 1601) to a Date; zero means "not recorded". */
export function fileTime(b: Uint8Array, at: number): Date | null {
  const lo = u32(b, at);
  const hi = u32(b, at + 4);
  if (lo === 0 && hi === 0) return null;
  const ms = (hi * 0x1_0000_0000 + lo) / 10_000 - 11_644_473_600_000;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date;
}
