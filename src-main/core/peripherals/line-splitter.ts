/**
 * Cuts a serial byte stream into lines. Scanners end a scan with CR, LF or CR LF (a setting on the scanner);
 * all three are accepted, and a CR LF split across two reads is still one line end. A line longer than the
 * limit is dropped whole and reported once, at its end, so a stuck or noisy line can never grow without bound.
 */
export type LinePiece = { kind: 'line'; bytes: Uint8Array } | { kind: 'overflow'; length: number };

const CR = 0x0d;
const LF = 0x0a;

export class LineSplitter {
  private readonly maxLength: number;
  private buffer: number[] = [];
  private overflowLength = 0;
  private lastWasCr = false;

  constructor(maxLength: number) {
    this.maxLength = maxLength;
  }

  push(chunk: Uint8Array): LinePiece[] {
    const out: LinePiece[] = [];
    for (const byte of chunk) {
      if (byte === LF && this.lastWasCr) {
        this.lastWasCr = false;
        continue;
      }
      this.lastWasCr = byte === CR;
      if (byte === CR || byte === LF) {
        if (this.overflowLength > 0) out.push({ kind: 'overflow', length: this.overflowLength });
        else if (this.buffer.length > 0) out.push({ kind: 'line', bytes: Uint8Array.from(this.buffer) });
        this.buffer = [];
        this.overflowLength = 0;
      } else if (this.overflowLength > 0) {
        this.overflowLength++;
      } else if (this.buffer.length >= this.maxLength) {
        this.overflowLength = this.buffer.length + 1;
        this.buffer = [];
      } else {
        this.buffer.push(byte);
      }
    }
    return out;
  }

  /** Forgets a partial line (the port was reopened: what came before belongs to no scan). */
  reset(): void {
    this.buffer = [];
    this.overflowLength = 0;
    this.lastWasCr = false;
  }
}
