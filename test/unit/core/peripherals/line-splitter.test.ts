import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineSplitter, type LinePiece } from '../../../../src-main/core/peripherals/line-splitter.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const lines = (pieces: LinePiece[]) =>
  pieces.map((p) => (p.kind === 'line' ? new TextDecoder().decode(p.bytes) : `<overflow ${p.length}>`));

describe('line splitter', () => {
  it('accepts CR, LF and CR LF, and skips blank lines', () => {
    const s = new LineSplitter(32);
    expect(lines(s.push(enc('A1\rB2\nC3\r\n\r\n\nD4')))).toEqual(['A1', 'B2', 'C3']);
    expect(lines(s.push(enc('\r')))).toEqual(['D4']);
  });

  it('keeps a CR LF split across two reads as one line end', () => {
    const s = new LineSplitter(32);
    expect(lines(s.push(enc('A1\r')))).toEqual(['A1']);
    expect(lines(s.push(enc('\nB2\n')))).toEqual(['B2']);
  });

  it('drops an over-long line whole and reports it once, then carries on', () => {
    const s = new LineSplitter(4);
    expect(lines(s.push(enc('ABCD\nABCDE')))).toEqual(['ABCD']);
    expect(lines(s.push(enc('FGH\nOK\n')))).toEqual(['<overflow 8>', 'OK']);
  });

  it('finds the same lines however the stream is cut into reads', () => {
    const line = fc.stringMatching(/^[A-Z0-9-]{1,12}$/);
    const end = fc.constantFrom('\r', '\n', '\r\n');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(line, end), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 7 }),
        (items, cut) => {
          const bytes = enc(items.map(([l, e]) => l + e).join(''));
          const s = new LineSplitter(12);
          const out: string[] = [];
          for (let i = 0; i < bytes.length; i += cut) out.push(...lines(s.push(bytes.subarray(i, i + cut))));
          expect(out).toEqual(items.map(([l]) => l));
        },
      ),
    );
  });
});
