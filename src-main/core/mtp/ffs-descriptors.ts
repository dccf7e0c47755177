import { PipeError } from './pipe.ts';

/**
 * What a FunctionFS program writes to ep0 before it is bound: its descriptors (v2 format, magic 3) and its strings
 * (magic 2). The station reads them as a USB host reads a device's configuration: to find the interface, its
 * endpoints and their packet sizes, and the interface's name.
 */
export interface FfsEndpointDescriptor {
  address: number;
  direction: 'in' | 'out';
  type: 'control' | 'isochronous' | 'bulk' | 'interrupt';
  maxPacketSize: number;
}

export interface FfsInterfaceDescriptor {
  number: number;
  alternate: number;
  classCode: number;
  subclassCode: number;
  protocolCode: number;
  /** Index into the strings (1-based, as USB counts them), 0 for none. */
  nameIndex: number;
  name: string | null;
  endpoints: FfsEndpointDescriptor[];
}

export interface FfsFunction {
  speed: 'full' | 'high' | 'super';
  interfaces: FfsInterfaceDescriptor[];
  strings: string[];
}

const DESCRIPTORS_MAGIC_V2 = 3;
const STRINGS_MAGIC = 2;
const HAS_FS = 1;
const HAS_HS = 2;
const HAS_SS = 4;
const HAS_MS_OS = 8;
const DT_INTERFACE = 4;
const DT_ENDPOINT = 5;
const TYPES = ['control', 'isochronous', 'bulk', 'interrupt'] as const;

function bad(detail: string): PipeError {
  return new PipeError('io', `The gadget's descriptors cannot be read: ${detail}.`);
}

/** Parses the descriptors blob; the fastest speed the gadget describes wins, as a high-speed host would pick. */
export function parseFfsDescriptors(bytes: Uint8Array, strings: string[] = []): FfsFunction {
  if (bytes.length < 12) throw bad('too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0, true);
  if (magic !== DESCRIPTORS_MAGIC_V2) throw bad(`magic ${magic} (only the v2 format, 3, is read)`);
  const length = view.getUint32(4, true);
  if (length !== bytes.length) throw bad(`it says ${length} bytes but ${bytes.length} arrived`);
  const flags = view.getUint32(8, true);
  let at = 12;
  const counts: { speed: FfsFunction['speed']; count: number }[] = [];
  for (const [flag, speed] of [
    [HAS_FS, 'full'],
    [HAS_HS, 'high'],
    [HAS_SS, 'super'],
  ] as const) {
    if (!(flags & flag)) continue;
    if (at + 4 > bytes.length) throw bad('the counts end early');
    counts.push({ speed, count: view.getUint32(at, true) });
    at += 4;
  }
  if (flags & HAS_MS_OS) at += 4;
  let best: FfsFunction | null = null;
  for (const { speed, count } of counts) {
    const interfaces: FfsInterfaceDescriptor[] = [];
    for (let i = 0; i < count; i++) {
      if (at + 2 > bytes.length) throw bad(`the ${speed}-speed descriptors end early`);
      const len = bytes[at]!;
      const type = bytes[at + 1]!;
      if (len < 2 || at + len > bytes.length) throw bad(`a descriptor of length ${len}`);
      if (type === DT_INTERFACE && len >= 9) {
        const nameIndex = bytes[at + 8]!;
        interfaces.push({
          number: bytes[at + 2]!,
          alternate: bytes[at + 3]!,
          classCode: bytes[at + 5]!,
          subclassCode: bytes[at + 6]!,
          protocolCode: bytes[at + 7]!,
          nameIndex,
          name: nameIndex > 0 ? (strings[nameIndex - 1] ?? null) : null,
          endpoints: [],
        });
      } else if (type === DT_ENDPOINT && len >= 7) {
        const address = bytes[at + 2]!;
        interfaces.at(-1)?.endpoints.push({
          address,
          direction: address & 0x80 ? 'in' : 'out',
          type: TYPES[bytes[at + 3]! & 3]!,
          maxPacketSize: view.getUint16(at + 4, true) & 0x7ff,
        });
      }
      at += len;
    }
    best = { speed, interfaces, strings };
  }
  if (!best || best.interfaces.length === 0) throw bad('no interface is described');
  return best;
}

/** Parses the strings blob: the first language's strings, in order (USB string index 1 is the first). */
export function parseFfsStrings(bytes: Uint8Array): string[] {
  if (bytes.length < 16) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== STRINGS_MAGIC) return [];
  const count = view.getUint32(8, true);
  const languages = view.getUint32(12, true);
  if (languages === 0) return [];
  let at = 16 + 2;
  const out: string[] = [];
  for (let i = 0; i < count && at < bytes.length; i++) {
    let end = at;
    while (end < bytes.length && bytes[end] !== 0) end++;
    out.push(Buffer.from(bytes.buffer, bytes.byteOffset + at, end - at).toString('utf8'));
    at = end + 1;
  }
  return out;
}
