import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EndpointDescriptor, InterfaceDescriptor } from './descriptor.ts';

const hex = (text: string) => parseInt(text.trim(), 16);

/**
 * A USB device's interfaces as Linux already knows them (/sys/bus/usb/devices/<port>/<port>:<config>.<n>/), read
 * without opening the device: what identification needs when the device itself cannot be opened (no permission,
 * another program holds it). null where there is no such device or no sysfs (macOS, Windows).
 */
export function readSysfsInterfaces(portPath: string, root = '/sys/bus/usb/devices'): InterfaceDescriptor[] | null {
  const dir = join(root, portPath);
  if (!/^\d+-[\d.]+$/.test(portPath) || !existsSync(dir)) return null;
  const prefix = `${portPath}:`;
  const out: InterfaceDescriptor[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.startsWith(prefix))
    .sort()) {
    const at = join(dir, name);
    const read = (file: string) => (existsSync(join(at, file)) ? readFileSync(join(at, file), 'utf8').trim() : null);
    const classCode = read('bInterfaceClass');
    if (classCode === null) continue;
    out.push({
      number: hex(read('bInterfaceNumber') ?? '0'),
      alternate: hex(read('bAlternateSetting') ?? '0'),
      classCode: hex(classCode),
      subclassCode: hex(read('bInterfaceSubClass') ?? '0'),
      protocolCode: hex(read('bInterfaceProtocol') ?? '0'),
      name: read('interface'),
      endpoints: readEndpoints(at),
    });
  }
  return out;
}

function readEndpoints(dir: string): EndpointDescriptor[] {
  const out: EndpointDescriptor[] = [];
  for (const name of readdirSync(dir).filter((n) => /^ep_[0-9a-f]{2}$/.test(n))) {
    const read = (file: string) => readFileSync(join(dir, name, file), 'utf8').trim();
    try {
      const address = hex(read('bEndpointAddress'));
      const type = read('type').toLowerCase();
      out.push({
        number: address & 0x0f,
        direction: address & 0x80 ? 'in' : 'out',
        type:
          type === 'bulk' || type === 'interrupt' || type === 'isoc'
            ? type === 'isoc'
              ? 'isochronous'
              : type
            : 'control',
        maxPacketSize: hex(read('wMaxPacketSize')),
      });
    } catch {
      // An endpoint without the usual files is left out; the interface class is what identification needs.
    }
  }
  return out;
}
