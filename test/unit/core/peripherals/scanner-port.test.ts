import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPortMock } from 'serialport';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ScannerPort,
  type RejectedScan,
  type ScanEvent,
  type ScannerStatus,
} from '../../../../src-main/core/peripherals/scanner-port.ts';
import { waitFor } from '../../../support/station.ts';

// @serialport/binding-mock, the very instance SerialPortMock uses (its ESM and CJS builds keep separate port lists).
// (Its package has no type declarations this project's module resolution finds, hence the small interface.)
interface MockPorts {
  reset: () => void;
  createPort: (path: string) => void;
}
const MockBinding = Reflect.get(SerialPortMock, 'binding') as MockPorts;
const PATH = '/dev/ttyMOCKSCAN';
let opened: SerialPortMock[] = [];
let scanner: ScannerPort | null = null;

function start(extra: Partial<ConstructorParameters<typeof ScannerPort>[0]> = {}) {
  const s = new ScannerPort({
    path: PATH,
    baudRate: 9600,
    maxLineLength: 16,
    retry: { initialMs: 5, maxMs: 20 },
    rules: { isKnownSerial: (t) => t === '000123456789' },
    open: (path, baudRate) => {
      const p = new SerialPortMock({ path, baudRate, autoOpen: false });
      opened.push(p);
      return p;
    },
    ...extra,
  });
  const seen = { scans: [] as ScanEvent[], rejected: [] as RejectedScan[], status: [] as ScannerStatus[] };
  s.events.on('scan', (e) => seen.scans.push(e));
  s.events.on('rejected', (e) => seen.rejected.push(e));
  s.events.on('status', (e) => seen.status.push(e));
  s.start();
  scanner = s;
  return { s, seen };
}

/** The device side of the mock port: what the scanner "types". */
function type(text: string | Buffer): void {
  const binding = opened.at(-1)!.port as unknown as { emitData: (d: Buffer | string) => void };
  binding.emitData(text);
}

/** Pulls the cable: the pending read fails as a real unplug does, and the port no longer exists. */
async function unplug(): Promise<void> {
  const binding = opened.at(-1)!.port as unknown as { pendingRead: ((e?: Error) => void) | null };
  const read = await waitFor(() => binding.pendingRead, 2000, 'a pending read');
  MockBinding.reset();
  read(Object.assign(new Error('device disconnected'), { disconnected: true }));
}

beforeEach(() => {
  MockBinding.reset();
  opened = [];
});
afterEach(async () => {
  await scanner?.close();
  scanner = null;
  MockBinding.reset();
});

describe('scanner port (mock binding)', () => {
  it('emits scans line by line with any line ending', async () => {
    MockBinding.createPort(PATH);
    const { s, seen } = start();
    await waitFor(() => s.status.state === 'open', 2000, 'open');
    type('000123456789\r\nAT-0001\rAT-0002\n');
    await waitFor(() => seen.scans.length === 3, 2000, 'three scans');
    expect(seen.scans.map((e) => [e.kind, e.text])).toEqual([
      ['serial', '000123456789'],
      ['asset-tag', 'AT-0001'],
      ['asset-tag', 'AT-0002'],
    ]);
    expect(seen.status.map((e) => e.state)).toEqual(['connecting', 'open']);
    expect(s.status.detail).toBe(`Scanner ready on ${PATH}`);
  });

  it('rejects garbled, over-long and unknown lines with a reason', async () => {
    MockBinding.createPort(PATH);
    const { s, seen } = start();
    await waitFor(() => s.status.state === 'open', 2000, 'open');
    type(Buffer.from([0x41, 0xfe, 0x42, 0x0d]));
    type('THIS-LINE-IS-FAR-TOO-LONG-FOR-A-LABEL\r\n');
    type('no way!\r\n');
    type('AT-9\r\n');
    await waitFor(() => seen.rejected.length === 3 && seen.scans.length === 1, 2000, 'judged');
    expect(seen.rejected.map((r) => r.shown)).toEqual(['A\\xfeB', '37 characters', 'no way!']);
    expect(seen.rejected[0]!.reason).toMatch(/garbled/);
    expect(seen.rejected[1]!.reason).toMatch(/longer than any label/);
    expect(seen.scans.map((e) => e.text)).toEqual(['AT-9']);
  });

  it('keeps retrying while the port is missing, then opens it when it appears', async () => {
    const { s, seen } = start();
    await waitFor(() => seen.status.filter((e) => e.state === 'retrying').length >= 3, 2000, 'retries');
    expect(s.status.detail).toMatch(/^No scanner answers on \/dev\/ttyMOCKSCAN \(.*\); trying again in \d+\.\d s\.$/);
    MockBinding.createPort(PATH);
    await waitFor(() => s.status.state === 'open', 2000, 'open at last');
  });

  it('reconnects after the scanner is unplugged and plugged back in', async () => {
    MockBinding.createPort(PATH);
    const { s, seen } = start();
    await waitFor(() => s.status.state === 'open', 2000, 'open');
    type('AT-1\r');
    await waitFor(() => seen.scans.length === 1, 2000, 'first scan');
    type('AT-PART'); // a half scan when the cable goes
    await unplug();
    await waitFor(() => seen.status.some((e) => e.detail.includes('went away')), 2000, 'lost');
    expect(seen.status.find((e) => e.detail.includes('went away'))).toMatchObject({
      state: 'retrying',
      detail: expect.stringMatching(/^The scanner on \/dev\/ttyMOCKSCAN went away; trying again in/) as unknown,
    });
    MockBinding.createPort(PATH);
    await waitFor(() => s.status.state === 'open', 2000, 'reopened');
    type('IAL\rAT-2\r');
    await waitFor(() => seen.scans.length >= 2, 2000, 'scan after replug');
    // The half line from before the unplug is not glued to what comes after.
    expect(seen.scans.map((e) => e.text)).toEqual(['AT-1', 'IAL', 'AT-2']);
  });

  it('stops retrying once closed', async () => {
    const { s, seen } = start();
    await waitFor(() => seen.status.some((e) => e.state === 'retrying'), 2000, 'retrying');
    await s.close();
    const count = seen.status.length;
    await new Promise((r) => setTimeout(r, 60));
    expect(seen.status.length).toBe(count);
    expect(s.status.state).toBe('closed');
  });

  it('notices a device path that disappears even when the port itself says nothing', async () => {
    // A real file stands in for /dev/tty...: the mock port never closes, only the path goes away.
    const dir = mkdtempSync(join(tmpdir(), 'holobench-scanner-path-'));
    const path = join(dir, 'ttyACM0');
    writeFileSync(path, '');
    MockBinding.createPort(path);
    try {
      const { s } = start({ path, presenceMs: 20 });
      await waitFor(() => s.status.state === 'open', 2000, 'open');
      rmSync(path);
      await waitFor(() => s.status.state === 'retrying', 2000, 'path gone noticed');
      expect(s.status.detail).toMatch(/went away/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
