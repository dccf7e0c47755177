import { describe, expect, it } from 'vitest';
import {
  ScanBinder,
  type AwaitingScanInfo,
  type ScanTarget,
} from '../../../../src-main/core/peripherals/scan-binder.ts';
import type { Scan } from '../../../../src-main/core/workflow/types.ts';

function target(asking: AwaitingScanInfo | null, manifestTags: Record<string, string> = {}) {
  const bound: [string, Scan][] = [];
  const t: ScanTarget = {
    awaitingScan: () => asking,
    bindScan: (serial, scan) => {
      bound.push([serial, scan]);
      return true;
    },
    findSerial: (text) =>
      ['000111', '000222'].includes(text.toUpperCase()) ? { serial: text.toUpperCase(), portPath: '9-1.2' } : null,
    assetTagOwner: (tag) => manifestTags[tag.toUpperCase()] ?? null,
  };
  return { binder: new ScanBinder(t, () => new Date('2025-01-01T00:00:00Z')), bound };
}

const asking = (extra: Partial<AwaitingScanInfo> = {}): AwaitingScanInfo => ({
  serial: '000111',
  portPath: '9-1.1',
  expect: 'either',
  assetTag: null,
  ...extra,
});

describe('binding scans to the device being asked about', () => {
  it('refuses a scan when no device is waiting for one', () => {
    const { binder, bound } = target(null);
    expect(binder.bind({ text: 'AT-1' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/no device is waiting/) as unknown,
    });
    expect(bound).toEqual([]);
  });

  it("binds the asked device's own serial label", () => {
    const { binder, bound } = target(asking());
    expect(binder.bind({ text: '000111', kind: 'serial' })).toMatchObject({ ok: true, serial: '000111' });
    expect(bound).toEqual([['000111', { kind: 'serial', text: '000111', at: '2025-01-01T00:00:00.000Z' }]]);
  });

  it("refuses another device's serial, saying which device the station asks about", () => {
    const { binder, bound } = target(asking());
    const r = binder.bind({ text: '000222', kind: 'serial' });
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.reason).toBe(
      'That label is for device 000222 (in port 9-1.2), but the station is asking about the device in port 9-1.1 (SN 000111). Scan the label on that one.',
    );
    expect(bound).toEqual([]);
  });

  it('binds an asset tag, but not one the manifest gives another device or that differs from the manifest', () => {
    expect(target(asking()).binder.bind({ text: 'AT-7' })).toMatchObject({ ok: true, scan: { kind: 'asset-tag' } });
    const taken = target(asking(), { 'AT-8': '000222' }).binder.bind({ text: 'at-8' });
    expect(!taken.ok && taken.reason).toMatch(/^Asset tag at-8 belongs to device 000222/);
    const differs = target(asking({ assetTag: 'AT-1' })).binder.bind({ text: 'AT-2' });
    expect(!differs.ok && differs.reason).toMatch(
      /gives the device in port 9-1.1 \(SN 000111\) the asset tag AT-1, not AT-2/,
    );
  });

  it('holds to what the card asked for', () => {
    const serialOnly = target(asking({ expect: 'serial' })).binder.bind({ text: 'AT-7' });
    expect(!serialOnly.ok && serialOnly.reason).toMatch(/is not the serial number of/);
    const tagOnly = target(asking({ expect: 'asset-tag' })).binder.bind({ text: '000111' });
    expect(!tagOnly.ok && tagOnly.reason).toMatch(/That is the serial number label; scan the asset tag label/);
  });

  it('announces bound and refused scans for the UI', () => {
    const { binder } = target(asking());
    const seen: string[] = [];
    binder.events.on('bound', (b) => seen.push(`bound ${b.serial}`));
    binder.events.on('refused', (r) => seen.push(`refused ${r.text}`));
    binder.bind({ text: '000111' });
    binder.bind({ text: '000222' });
    expect(seen).toEqual(['bound 000111', 'refused 000222']);
  });
});
