import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChunkDecoder } from '../../../../src-main/core/packages/wim/decode-window.ts';
import {
  DecodeFault,
  LzxDecoder,
  SUBTABLE,
  XpressDecoder,
  buildHuffmanTable,
} from '../../../../src-main/core/packages/wim/wasm-decoders.ts';
import { encodeLzx, encodeXpress, expand, type Token } from './support/lz-encode.ts';

const GUARD = 64;

/** Decodes into the middle of a buffer and checks nothing outside the chunk was touched. */
function decodeGuarded(decoder: ChunkDecoder, input: Uint8Array, outLength: number): string {
  const out = new Uint8Array(GUARD + outLength + GUARD).fill(0xa5);
  let result = 'ok';
  try {
    decoder.decode(input, 0, input.length, out, GUARD, outLength);
  } catch (error) {
    if (!(error instanceof DecodeFault)) throw error;
    result = 'ppkg.corrupt';
  }
  for (let i = 0; i < GUARD; i++) {
    expect(out[i]).toBe(0xa5);
    expect(out[GUARD + outLength + i]).toBe(0xa5);
  }
  return result;
}

describe('chunk decoders on arbitrary input', () => {
  it.each([
    ['XPRESS', () => new XpressDecoder()],
    ['LZX (32 KiB window)', () => new LzxDecoder(32768)],
    ['LZX (2 MiB window)', () => new LzxDecoder(1 << 21)],
  ])('%s: typed errors only, never a write outside the chunk (fast-check)', (_, make) => {
    const decoder = make();
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 2048 }),
        fc.integer({ min: 1, max: 4096 }),
        (input, outLength) => {
          const result = decodeGuarded(decoder, input, outLength);
          expect(['ok', 'ppkg.corrupt']).toContain(result);
        },
      ),
      { seed: 7, numRuns: 1500 },
    );
  });

  it('XPRESS: a code table of all-ones lengths is over-subscribed', () => {
    expect(decodeGuarded(new XpressDecoder(), new Uint8Array(300).fill(0x11), 100)).toBe('ppkg.corrupt');
  });

  it('XPRESS: a literal-only code decodes literals', () => {
    // Symbols 0..255 with length 8 each (a complete code): the bit stream is the bytes themselves.
    const input = new Uint8Array(256 + 4);
    input.fill(0x88, 0, 128);
    input.set([0x42, 0x41, 0x44, 0x43], 256); // units are little-endian: "AB" then "CD"
    const out = new Uint8Array(4);
    new XpressDecoder().decode(input, 0, input.length, out, 0, 4);
    expect(Buffer.from(out).toString()).toBe('ABCD');
  });
});

describe('Huffman decode tables', () => {
  const top = (bits: string): number => (parseInt(bits.padEnd(32, '0'), 2) | 0) >>> 0;
  interface Table {
    entries: Uint32Array;
    rootBits: number;
    maxLen: number;
  }
  const build = (lens: number[], maxLen: number, rootBits = 11): Table | null => {
    const entries = buildHuffmanTable(Uint8Array.from(lens), Math.min(rootBits, maxLen), maxLen);
    return entries && { entries, rootBits: Math.min(rootBits, maxLen), maxLen };
  };
  /** The entry for the codeword at the top of `bitbuf`, as the decoders look it up. */
  const lookup = ({ entries, rootBits, maxLen }: Table, bitbuf: number): number => {
    const entry = entries[bitbuf >>> (32 - rootBits)]!;
    if ((entry & SUBTABLE) === 0) return entry;
    return entries[(entry >>> 8) + ((bitbuf << rootBits) >>> (32 - (maxLen - rootBits)))]!;
  };

  it('an incomplete code leaves unused patterns invalid (entry 0)', () => {
    const table = build([1, 0, 2], 4)!;
    expect(lookup(table, top('0'))).toBe((0 << 8) | 1); // "0…" is symbol 0
    expect(lookup(table, top('10'))).toBe((2 << 8) | 2); // "10…" is symbol 2
    expect(lookup(table, top('11'))).toBe(0); // "11…" is no codeword
  });

  it('codewords longer than the root bits are found through their subtable', () => {
    // Lengths 1, 2, 3, 5, 5, 5, 5 (a complete code) with a 2-bit root: the 3- and 5-bit codes live in subtables.
    const table = build([1, 2, 3, 5, 5, 5, 5], 5, 2)!;
    const cases: [string, number, number][] = [
      ['0', 0, 1],
      ['10', 1, 2],
      ['110', 2, 3],
      ['11100', 3, 5],
      ['11101', 4, 5],
      ['11110', 5, 5],
      ['11111', 6, 5],
    ];
    for (const [bits, symbol, length] of cases) expect(lookup(table, top(bits)), bits).toBe((symbol << 8) | length);
  });

  it('an unused pattern inside a subtable is invalid too', () => {
    const table = build([1, 2, 3, 5], 5, 2)!;
    expect(lookup(table, top('11100'))).toBe((3 << 8) | 5);
    expect(lookup(table, top('11101'))).toBe(0);
  });

  it('an over-subscribed code is refused', () => {
    expect(build([1, 1, 1], 4)).toBeNull();
  });

  it('a length above the maximum is refused', () => {
    expect(build([5], 4)).toBeNull();
  });
});

/**
 * The decoders' match copies against a byte-by-byte reference, on streams that say exactly which matches to make:
 * offsets of 8 or more are copied 8 bytes at a time and 4 to 7 four at a time (either may write past the match,
 * never past the chunk), a run of one byte is filled, 2 and 3 go byte by byte.
 */
describe('match copies and chunk ends, literal by literal and match by match', () => {
  const codecs: [string, (tokens: Token[]) => Uint8Array, () => ChunkDecoder][] = [
    ['XPRESS', encodeXpress, () => new XpressDecoder()],
    ['LZX verbatim', (t) => encodeLzx(t), () => new LzxDecoder(32768)],
    ['LZX aligned offsets', (t) => encodeLzx(t, true), () => new LzxDecoder(32768)],
  ];
  const prefix = (n: number): Token[] => Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0x7f);

  const roundTrip = (encode: (tokens: Token[]) => Uint8Array, make: () => ChunkDecoder, tokens: Token[]): void => {
    const expected = expand(tokens);
    const out = new Uint8Array(GUARD + expected.length + GUARD).fill(0xa5);
    make().decode(encode(tokens), 0, encode(tokens).length, out, GUARD, expected.length);
    expect(Buffer.from(out.subarray(GUARD, GUARD + expected.length)).equals(expected)).toBe(true);
    expect(out.subarray(0, GUARD).every((b) => b === 0xa5)).toBe(true);
    expect(out.subarray(GUARD + expected.length).every((b) => b === 0xa5)).toBe(true);
  };

  const cases: { name: string; tokens: Token[] }[] = [];
  for (const offset of [1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 40]) {
    for (const length of [3, 4, 7, 8, 9, 12, 15, 16, 17, 31, 32, 33, 100, 257]) {
      cases.push({
        name: `offset ${offset}, length ${length}, then literals`,
        tokens: [...prefix(40), { offset, length }, ...prefix(20)],
      });
      cases.push({
        name: `offset ${offset}, length ${length}, ending the chunk`,
        tokens: [...prefix(40), { offset, length }],
      });
    }
  }
  for (const before of [1, 2, 3, 4, 5, 6, 7, 8, 9, 12]) {
    cases.push({
      name: `a match ending ${before} bytes before the chunk's end`,
      tokens: [...prefix(50), { offset: 20, length: 9 }, ...prefix(before)],
    });
  }
  // 9-bit (XPRESS) and 10-bit (LZX) symbols put consecutive matches at every bit phase of a 16-bit refill.
  cases.push({
    name: 'matches back to back at every bit phase',
    tokens: [
      ...prefix(64),
      ...Array.from({ length: 40 }, (_, i) => ({ offset: 1 + ((i * 7) % 60), length: 3 + (i % 13) })),
    ],
  });
  cases.push({
    name: 'a literal run at the end of the chunk',
    tokens: [...prefix(30), { offset: 10, length: 20 }, ...prefix(333)],
  });
  cases.push({ name: 'literals only', tokens: prefix(1000) });

  for (const [codec, encode, make] of codecs) {
    it.each(cases)(`${codec}: $name`, ({ tokens }) => roundTrip(encode, make, tokens));
  }

  it.each([18, 272, 273, 300, 5000])('XPRESS: a match of %i bytes (one and two extra length bytes)', (length) =>
    roundTrip(encodeXpress, () => new XpressDecoder(), [...prefix(10), { offset: 3, length }, ...prefix(5)]),
  );

  it.each(codecs)('%s: any stream of literals and matches decodes to its reference (fast-check)', (_, encode, make) => {
    const token = fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 0x7f }) },
      {
        weight: 1,
        arbitrary: fc.record({ offset: fc.integer({ min: 1, max: 64 }), length: fc.integer({ min: 3, max: 40 }) }),
      },
      {
        weight: 1,
        arbitrary: fc.record({ offset: fc.integer({ min: 1, max: 4000 }), length: fc.integer({ min: 3, max: 257 }) }),
      },
    );
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 300 }), (drawn) => {
        // Matches may only reach back as far as the bytes already made.
        let made = 0;
        const tokens: Token[] = [];
        for (const t of drawn) {
          if (typeof t === 'number') {
            tokens.push(t);
            made++;
          } else if (made > 0) {
            tokens.push({ offset: Math.min(t.offset, made), length: t.length });
            made += t.length;
          }
        }
        if (made === 0 || made > 32768) return;
        roundTrip(encode, make, tokens);
      }),
      { seed: 18, numRuns: 300 },
    );
  });
});

describe('decoder memory', () => {
  /** A window of `chunks` XPRESS chunks of 32 KiB, each literals then one long match. */
  const windowOf = (chunks: number) => {
    const parts: Uint8Array[] = [];
    const starts = [0];
    for (let c = 0; c < chunks; c++) {
      const tokens: Token[] = [
        ...Array.from({ length: 64 }, (_, i) => (i * 31 + c) & 0x7f),
        { offset: 64, length: 32768 - 64 },
      ];
      parts.push(encodeXpress(tokens));
      starts.push(starts.at(-1)! + parts.at(-1)!.length);
    }
    return {
      input: Buffer.concat(parts),
      starts: Int32Array.from(starts),
      chunkSize: 32768,
      outLength: chunks * 32768,
    };
  };

  it('a decoder holds its tables and one window in and out, however many windows it decodes', () => {
    const decoder = new XpressDecoder();
    const job = windowOf(32);
    const bound = decoder.tableBytes + job.outLength + job.input.length + 2 * 65536;
    decoder.decodeWindow(windowOf(32));
    const after = decoder.memoryBytes;
    expect(after).toBeLessThanOrEqual(bound);
    for (let i = 0; i < 20; i++) decoder.decodeWindow(windowOf(32));
    expect(decoder.memoryBytes).toBe(after);
    // A smaller window reuses the same memory.
    decoder.decodeWindow(windowOf(3));
    expect(decoder.memoryBytes).toBe(after);
  });

  it('a window decodes to the same bytes as its chunks one at a time', () => {
    const job = windowOf(5);
    const whole = new XpressDecoder().decodeWindow(job);
    const one = new XpressDecoder();
    const byChunk = new Uint8Array(job.outLength);
    for (let c = 0; c < 5; c++) one.decode(job.input, job.starts[c]!, job.starts[c + 1]!, byChunk, c * 32768, 32768);
    expect(Buffer.compare(Buffer.from(whole), Buffer.from(byChunk))).toBe(0);
  });
});
