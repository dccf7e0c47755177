import { describe, expect, it } from 'vitest';
import { serialNumberOf } from '../../../../src-main/core/devices/device-readings.ts';

describe("a device's serial number, as every ledger lookup by serial takes it", () => {
  it.each([
    { rule: 'the MTP session wins over the USB descriptor', usb: 'USB1', mtp: 'MTP1', serial: 'MTP1' },
    { rule: 'the USB descriptor when MTP has not answered (yet)', usb: 'USB1', mtp: null, serial: 'USB1' },
    { rule: 'the USB descriptor when MTP reports an empty one', usb: 'USB1', mtp: '', serial: 'USB1' },
    { rule: 'MTP alone when the descriptor has none', usb: null, mtp: 'MTP1', serial: 'MTP1' },
    { rule: 'none when neither has one', usb: null, mtp: null, serial: null },
    { rule: 'none when both are empty', usb: '', mtp: '', serial: null },
  ])('$rule', ({ usb, mtp, serial }) => {
    const view = { serialNumber: usb, mtpInfo: mtp === null ? null : { serialNumber: mtp } };
    expect(serialNumberOf(view)).toBe(serial);
  });
});
