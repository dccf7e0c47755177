import { SerialPortMock } from 'serialport';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../src-main/core/api/index.ts';
import type { ScanSeen, ScannerView } from '../../../../src-main/shared/contract/index.ts';
import { openTestStation, waitFor } from '../../../support/station.ts';

// The same mock binding instance SerialPortMock uses (see scanner-port.test.ts).
const MockBinding = Reflect.get(SerialPortMock, 'binding') as { reset: () => void; createPort: (p: string) => void };
const PATH = '/dev/ttyMOCKBENCH';
let opened: SerialPortMock[] = [];

beforeEach(() => {
  MockBinding.reset();
  MockBinding.createPort(PATH);
  opened = [];
});
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});

async function stationWithScanner(list?: () => Promise<{ path: string }[]>) {
  const station = await openTestStation({
    simulate: [{ preset: 'hl2', faults: [] }],
    batches: {
      timing: { pollMs: 20, workingAfterMs: 10 },
      scanner: {
        retry: { initialMs: 5, maxMs: 20 },
        open: (path, baudRate) => {
          const p = new SerialPortMock({ path, baudRate, autoOpen: false });
          opened.push(p);
          return p;
        },
        ...(list ? { list } : {}),
      },
    },
  });
  cleanup.push(() => station.dispose());
  const seen = { scans: [] as ScanSeen[], status: [] as ScannerView[] };
  station.events.on('event', (e) => {
    if (e.name === 'scanSeen') seen.scans.push(e.payload);
    if (e.name === 'scannerChanged') seen.status.push(e.payload);
  });
  return { station, h: createHandlers(station), seen };
}

const type = (text: string | Buffer) =>
  (opened.at(-1)!.port as unknown as { emitData: (d: Buffer | string) => void }).emitData(text);

describe('the station scanner', () => {
  it('opens on the chosen port, remembers it, and shows every scan with what became of it', async () => {
    const { station, h, seen } = await stationWithScanner();
    const view = await h.scannerStart({ path: PATH, baudRate: 19200 });
    expect(view).toMatchObject({ path: PATH, baudRate: 19200 });
    await waitFor(() => seen.status.some((s) => s.state === 'open'), 2000, 'scanner open');

    type('T-500\r\n');
    await waitFor(() => seen.scans.length === 1, 2000, 'the scan');
    expect(seen.scans[0]).toMatchObject({ ok: false, source: 'scanner', text: 'T-500' });
    expect(seen.scans[0]!.reason).toContain('no batch is running');

    type(Buffer.from([0x41, 0xff, 0x42, 0x0d, 0x0a]));
    await waitFor(() => seen.scans.length === 2, 2000, 'the garbled scan');
    expect(seen.scans[1]).toMatchObject({ ok: false, text: 'A\\xffB' });
    expect(seen.scans[1]!.reason).toContain('garbled');

    expect(await h.scannerStop({})).toMatchObject({ state: 'off', path: PATH });
    // Remembered for the form next time.
    expect(station.ledger.getSetting('scanner')).toEqual({ path: PATH, baudRate: 19200 });
    expect((await h.batchState({})).scans).toHaveLength(2);
  });

  it('lists serial ports, and says so plainly when it cannot', async () => {
    const ok = await stationWithScanner(() => Promise.resolve([{ path: '/dev/ttyACM0', manufacturer: 'Zebra' }]));
    expect(await ok.h.scannerPorts({})).toEqual({
      ports: [{ path: '/dev/ttyACM0', manufacturer: 'Zebra', serialNumber: null, vendorId: null, productId: null }],
      error: null,
    });
    const broken = await stationWithScanner(() => Promise.reject(new Error('no native binding')));
    const r = await broken.h.scannerPorts({});
    expect(r.ports).toEqual([]);
    expect(r.error).toContain('Type the port path instead');
  });
});
