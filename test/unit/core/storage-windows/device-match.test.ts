import { describe, expect, it } from 'vitest';
import { parseUsbInstanceId, portsOfLocationPath } from '../../../../src-main/core/storage-windows/device-match.ts';

describe('reading what Windows says about a USB device', () => {
  it.each([
    [
      'USB\\VID_045E&PID_0652\\REAL001',
      { vendorId: 0x045e, productId: 0x0652, serialNumber: 'REAL001', interfaceNumber: null },
    ],
    [
      'usb\\vid_045e&pid_0652\\abc',
      { vendorId: 0x045e, productId: 0x0652, serialNumber: 'abc', interfaceNumber: null },
    ],
    // No serial on the device: Windows makes up an id with "&" in it, which must not pass for a serial.
    [
      'USB\\VID_045E&PID_0652\\6&2F1E1&0&4',
      { vendorId: 0x045e, productId: 0x0652, serialNumber: null, interfaceNumber: null },
    ],
    // One function of a composite device: the last part is the function's own id, not the serial.
    [
      'USB\\VID_045E&PID_0652&MI_00\\7&1A2B3C&0&0000',
      { vendorId: 0x045e, productId: 0x0652, serialNumber: null, interfaceNumber: 0 },
    ],
  ])('%s', (id, expected) => {
    expect(parseUsbInstanceId(id)).toEqual(expected);
  });

  it.each(['', 'HID\\VID_045E&PID_0652\\1', 'USB\\ROOT_HUB30\\4&1', 'USB\\VID_045E\\X'])(
    'not a USB device id: %j',
    (id) => {
      expect(parseUsbInstanceId(id)).toBeNull();
    },
  );

  it.each([
    ['PCIROOT(0)#PCI(1400)#USBROOT(0)#USB(4)#USB(2)', [4, 2]],
    ['PCIROOT(0)#PCI(1400)#USBROOT(0)#USB(11)', [11]],
    ['ACPI(_SB_)#ACPI(PCI0)#ACPI(XHC_)#ACPI(RHUB)#ACPI(HS04)', null],
    ['PCIROOT(0)#PCI(1400)#USBROOT(0)', null],
  ])('ports of %s', (path, ports) => {
    expect(portsOfLocationPath(path)).toEqual(ports);
  });
});
