import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DeviceLabel } from '../../../../src-main/shared/contract/devices.ts';
import type { InterfaceDescriptor, UsbDescriptor } from '../../../../src-main/core/devices/descriptor.ts';
import { identifyDevice } from '../../../../src-main/core/devices/identify.ts';
import { loadIdTable, parseIdTable } from '../../../../src-main/core/devices/id-table.ts';
import { simDescriptor } from '../../../../src-main/sim/presets.ts';

const table = loadIdTable(join(import.meta.dirname, '../../../../resources'));
const noLabels = new Map<string, DeviceLabel>();

const MTP: InterfaceDescriptor = iface(0x06, 0x01, 0x01, 'MTP');
const MTP_BY_NAME: InterfaceDescriptor = iface(0xff, 0xff, 0x00, 'MTP');
const NCM: InterfaceDescriptor = iface(0x02, 0x0d, 0x00, 'UsbNcm');
const NCM_DATA: InterfaceDescriptor = iface(0x0a, 0x00, 0x01, null);
const HID: InterfaceDescriptor = iface(0x03, 0x01, 0x02, null);
const VENDOR: InterfaceDescriptor = iface(0xff, 0x00, 0x00, null);

function iface(
  classCode: number,
  subclassCode: number,
  protocolCode: number,
  name: string | null,
): InterfaceDescriptor {
  return { number: 0, alternate: 0, classCode, subclassCode, protocolCode, name, endpoints: [] };
}

function device(vid: number, pid: number, product: string | null, interfaces: InterfaceDescriptor[]): UsbDescriptor {
  return {
    key: '1-2',
    vendorId: vid,
    productId: pid,
    deviceClass: 0,
    deviceSubclass: 0,
    deviceProtocol: 0,
    deviceVersion: '1.0.0',
    usbVersion: '2.0.0',
    manufacturer: 'Microsoft',
    product,
    serialNumber: 'X1',
    portPath: '1-2',
    configurations: [{ value: 1, name: null, interfaces: interfaces.map((i, n) => ({ ...i, number: n })) }],
  };
}

type Row = [rule: string, d: UsbDescriptor, expected: Partial<ReturnType<typeof identifyDevice>> | null];

const rows: Row[] = [
  [
    'table: 045E:0652 is HoloLens (1st gen), heuristic because the source is unofficial',
    device(0x045e, 0x0652, 'HoloLens', [MTP]),
    { model: 'hololens1', mode: 'normal', confidence: 'heuristic', kind: 'hololens', rule: 'table:hololens1-normal' },
  ],
  [
    'trap: 045E:0659 "HoloLens Sensors" is a Mixed Reality headset, never a HoloLens',
    device(0x045e, 0x0659, 'HoloLens Sensors', [HID, VENDOR]),
    { model: 'unknown', kind: 'not-hololens', confidence: 'confirmed' },
  ],
  [
    'trap: 045E:065B motion controller is not a HoloLens',
    device(0x045e, 0x065b, 'Motion Controller', [HID]),
    { model: 'unknown', kind: 'not-hololens' },
  ],
  [
    'trap: any "HoloLens Sensors" product string is a headset, even on an unlisted PID',
    device(0x045e, 0x0700, 'HoloLens Sensors', [MTP, NCM]),
    { model: 'unknown', kind: 'not-hololens' },
  ],
  [
    'heuristic: Microsoft + "HoloLens 2" + MTP + NCM is a HoloLens 2, confirmed by name and functions',
    device(0x045e, 0x0b00, 'HoloLens 2', [MTP, NCM, NCM_DATA]),
    { model: 'hololens2', mode: 'normal', confidence: 'confirmed', kind: 'hololens' },
  ],
  [
    'heuristic: Microsoft + MTP + NCM without the name is a HoloLens 2, heuristic',
    device(0x045e, 0x0b00, 'Windows device', [MTP, NCM]),
    { model: 'hololens2', mode: 'normal', confidence: 'heuristic' },
  ],
  [
    'heuristic: an interface named "MTP" counts as MTP',
    device(0x045e, 0x0b00, 'HoloLens 2', [MTP_BY_NAME, NCM]),
    { model: 'hololens2', confidence: 'confirmed' },
  ],
  [
    'heuristic: Microsoft + "HoloLens" + MTP without NCM is HoloLens (1st gen)',
    device(0x045e, 0x0b01, 'HoloLens', [MTP, VENDOR]),
    { model: 'hololens1', mode: 'normal', confidence: 'heuristic' },
  ],
  [
    'heuristic: a Microsoft device naming HoloLens (1st gen) with no MTP or network function is an HL1 in flashing mode',
    device(0x045e, 0x0b03, 'HoloLens (1st gen) Recovery', [VENDOR]),
    { model: 'hololens1', mode: 'flashing', confidence: 'heuristic', rule: 'heuristic:hl1-flashing' },
  ],
  [
    'heuristic: "Microsoft HoloLens Recovery" is a HoloLens 2 in flashing mode, unsure because Windows\' driver gives that name',
    device(0x045e, 0x0b02, 'Microsoft HoloLens Recovery', [VENDOR]),
    {
      model: 'hololens2',
      mode: 'flashing',
      confidence: 'heuristic',
      kind: 'hololens',
      rule: 'heuristic:recovery-string',
    },
  ],
  [
    'heuristic: a HoloLens name offering MTP is never taken for flashing mode',
    device(0x045e, 0x0b04, 'HoloLens Recovery', [MTP]),
    { mode: 'normal' },
  ],
  [
    'heuristic: an HL1 on an old build (HoloLens string, MTP) stays in normal mode',
    device(0x045e, 0x0b01, 'HoloLens (1st gen)', [MTP, VENDOR]),
    { model: 'hololens1', mode: 'normal' },
  ],
  [
    'heuristic: Qualcomm 05C6:9008 QUSB_BULK is a probable HoloLens 2 in flashing mode',
    device(0x05c6, 0x9008, 'QUSB_BULK_CID:0402_SN:1A2B', [VENDOR]),
    { model: 'hololens2', mode: 'flashing', confidence: 'heuristic', kind: 'probable-hololens' },
  ],
  [
    'heuristic: Qualcomm 05C6:9008 without a QUSB string is still only probable',
    device(0x05c6, 0x9008, null, [VENDOR]),
    { model: 'hololens2', mode: 'flashing', kind: 'probable-hololens', rule: 'heuristic:qualcomm-9008' },
  ],
  [
    'peripheral: a Microsoft HID-only device is not a HoloLens',
    device(0x045e, 0x07a5, 'Wireless Receiver', [HID, HID]),
    { model: 'unknown', kind: 'not-hololens', rule: 'heuristic:microsoft-peripheral' },
  ],
  [
    'unknown: any other Microsoft device is shown as unknown, to be labelled',
    device(0x045e, 0x0c00, 'Some gadget', [VENDOR]),
    { model: 'unknown', mode: 'unknown', kind: 'unknown-microsoft' },
  ],
  [
    "ignored: a non-Microsoft, non-Qualcomm device is not the bench's business",
    device(0x1234, 0x5678, 'Keyboard', [HID]),
    null,
  ],
  ['ignored: another Qualcomm PID is not download mode', device(0x05c6, 0x9025, 'Phone', [VENDOR]), null],
];

describe('identifyDevice', () => {
  it.each(rows)('%s', (_rule, d, expected) => {
    const got = identifyDevice(d, { table, labels: noLabels });
    if (expected === null) expect(got).toBeNull();
    else expect(got).toMatchObject(expected);
  });

  it('flashing mode: every flashing-mode identification is a heuristic that says what it is unsure of', () => {
    for (const [, d] of rows) {
      const got = identifyDevice(d, { table, labels: noLabels });
      if (got?.mode !== 'flashing') continue;
      expect(got.confidence).toBe('heuristic');
      expect(got.reason).toMatch(/Unsure:/);
    }
  });

  it('flashing mode: both simulated models in flashing mode are recognised for their wizards', () => {
    const hl2 = simDescriptor('hl2', 'flashing', 'SN1', '1-2');
    expect(identifyDevice(hl2, { table, labels: noLabels })).toMatchObject({ model: 'hololens2', mode: 'flashing' });
    const hl1 = simDescriptor('hl1', 'flashing', 'SN2', '1-3');
    expect(identifyDevice(hl1, { table, labels: noLabels })).toMatchObject({
      model: 'hololens1',
      mode: 'flashing',
      rule: 'heuristic:hl1-flashing',
    });
  });

  it('label: a technician label wins over heuristics and is confirmed', () => {
    const labels = new Map<string, DeviceLabel>([
      [
        '045E:0C00',
        {
          usbId: '045E:0C00',
          model: 'hololens2',
          mode: 'flashing',
          note: 'bench 3',
          labelledBy: 'ana',
          labelledAt: '2026-01-01T00:00:00Z',
        },
      ],
    ]);
    const got = identifyDevice(device(0x045e, 0x0c00, 'Some gadget', [VENDOR]), { table, labels });
    expect(got).toMatchObject({
      model: 'hololens2',
      mode: 'flashing',
      confidence: 'confirmed',
      labelled: true,
      rule: 'label',
    });
  });

  it('every table entry names its source and a confidence', () => {
    for (const e of table.entries) {
      expect(e.source.length).toBeGreaterThan(10);
      expect(['confirmed', 'heuristic']).toContain(e.confidence);
    }
  });

  it('a table listing one VID:PID twice is refused', () => {
    const entry = table.entries[0]!;
    expect(() => parseIdTable({ version: 1, entries: [entry, entry] })).toThrow(/listed twice/);
  });
});
