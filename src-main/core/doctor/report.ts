import { existsSync, readFileSync } from 'node:fs';
import { arch, release } from 'node:os';
import { join } from 'node:path';
import type { DeviceView } from '../../shared/contract/devices.ts';
import type { DoctorDevice, DoctorProblem, DoctorReport } from '../../shared/contract/doctor.ts';
import { hex4 } from '../devices/descriptor.ts';
import type { UsbDescriptor } from '../devices/descriptor.ts';
import { say } from '../language.ts';
import type { Station } from '../station.ts';
import { platformOf } from '../storage-access/unreachable.ts';

export interface DoctorOptions {
  /** Where Linux keeps raw descriptors; injectable for tests. */
  sysfsRoot?: string;
  version?: string;
}

/** Builds the doctor report from what the station sees now. Reads only; changes nothing. */
export function buildDoctorReport(station: Station, options: DoctorOptions = {}): DoctorReport {
  const bus = station.busState();
  const platform = platformOf();
  const watched = station.storagePath !== 'none';
  const problems: DoctorProblem[] = [];
  if (watched && !bus.usb.available) {
    problems.push({
      deviceId: null,
      code: 'usb-unavailable',
      message: say('doctor:report.usb-unavailable', { detail: bus.usb.detail }),
      fix: say(platform === 'linux' ? 'doctor:report.usb-unavailable.fix.linux' : 'doctor:report.usb-unavailable.fix'),
    });
  }
  const devices = station.registry
    .list()
    .filter((v) => v.present)
    .map((view) => {
      const live = station.registry.get(view.id)!;
      const device = describe(view, live.descriptor, station.storagePath, options.sysfsRoot);
      problems.push(...problemsOf(view, live.descriptor, platform));
      return device;
    });
  return {
    generatedAt: new Date().toISOString(),
    platform: {
      os: process.platform,
      release: release(),
      arch: arch(),
      node: process.versions.node,
      holobench: options.version ?? 'unknown',
      storagePath: station.storagePath,
    },
    usb: { available: bus.usb.available, watched, detail: bus.usb.detail, permissions: permissionsNote(platform) },
    simulator: { enabled: bus.simulator.enabled },
    devices,
    problems,
  };
}

function describe(
  v: DeviceView,
  d: UsbDescriptor,
  storagePath: 'libusb' | 'wpd' | 'none',
  sysfsRoot = '/sys/bus/usb/devices',
): DoctorDevice {
  const raw = v.source === 'usb' ? readRawDescriptors(d.portPath, sysfsRoot) : null;
  const access =
    v.storageState === 'unreachable' || v.storageState === 'not-mtp'
      ? 'none'
      : v.source === 'sim'
        ? 'sim'
        : storagePath;
  return {
    id: v.id,
    usbId: v.usbId,
    model: v.model,
    mode: v.mode,
    kind: v.kind,
    confidence: v.confidence,
    identification: { rule: v.identification.rule, reason: v.identification.reason },
    portPath: v.portPath,
    productName: v.productName,
    serialNumber: v.serialNumber,
    descriptors: {
      rawHex: raw,
      rawSource: raw ? 'sysfs' : 'none',
      unreadable: d.unreadable ?? [],
      interfacesFrom: d.interfacesFrom ?? 'device',
      interfaces: d.configurations.flatMap((c) =>
        c.interfaces.map(
          (i) =>
            `#${i.number}.${i.alternate} class ${hex2(i.classCode)}/${hex2(i.subclassCode)}/${hex2(i.protocolCode)}${i.name ? ` "${i.name}"` : ''}`,
        ),
      ),
    },
    storage: {
      access,
      state: v.storageState,
      reason: v.storageProblem?.why ?? (v.storageState === 'not-mtp' ? storageNone(v) : null),
      fix: v.storageProblem?.fix ?? null,
    },
    mtpDeviceInfo: v.mtpInfo,
  };
}

function storageNone(v: DeviceView): string {
  return say(v.mode === 'flashing' ? 'doctor:report.storage.flashing' : 'doctor:report.storage.no-mtp');
}

function problemsOf(v: DeviceView, d: UsbDescriptor, platform: string): DoctorProblem[] {
  const out: DoctorProblem[] = [];
  const add = (code: string, message: string, fix: string) => out.push({ deviceId: v.id, code, message, fix });
  const onThisPlatform = (key: string, platforms: readonly string[]) =>
    say(platforms.includes(platform) ? `${key}.${platform}` : key);
  if (v.kind === 'not-hololens') return out;
  if (v.kind === 'unknown-microsoft') {
    add(
      'not-identified',
      say('doctor:report.not-identified', { usbId: v.usbId }),
      say('doctor:report.not-identified.fix'),
    );
  }
  if ((d.unreadable?.length ?? 0) > 0) {
    add(
      'descriptors-unreadable',
      say('doctor:report.descriptors-unreadable', { parts: d.unreadable!.join('; ') }),
      onThisPlatform('doctor:report.descriptors-unreadable.fix', ['linux', 'win32']),
    );
  }
  if (v.storageState === 'unreachable') {
    add(
      'storage-unreachable',
      v.storageProblem?.why ?? say('doctor:report.storage-unreachable'),
      // Two whole sentences from the storage check: what to do, then the way without storage access.
      v.storageProblem
        ? `${v.storageProblem.fix} ${v.storageProblem.fallback.text}`
        : say('doctor:report.storage-unreachable.fix'),
    );
  }
  if (v.storageState === 'no-storage-yet') {
    add('storage-hidden', say('doctor:report.storage-hidden'), say('doctor:report.storage-hidden.fix'));
  }
  return out;
}

/** Linux keeps each device's descriptors, as the device sent them, in sysfs: readable without opening it. */
function readRawDescriptors(portPath: string, root: string): string | null {
  if (!/^\d+-[\d.]+$/.test(portPath)) return null;
  const file = join(root, portPath, 'descriptors');
  if (!existsSync(file)) return null;
  try {
    return readFileSync(file).toString('hex');
  } catch {
    return null;
  }
}

function permissionsNote(platform: string): string {
  if (platform === 'linux') {
    const rule = ['/etc/udev/rules.d/60-holobench.rules', '/lib/udev/rules.d/60-holobench.rules'].find((p) =>
      existsSync(p),
    );
    return rule ? say('doctor:report.permissions.udev', { rule }) : say('doctor:report.permissions.no-udev');
  }
  if (platform === 'win32' || platform === 'darwin') return say(`doctor:report.permissions.${platform}`);
  return say('doctor:report.permissions.unknown');
}

const hex2 = (n: number) => hex4(n).slice(2);

/** The version in package.json, where the station runs from its source tree or package; "unknown" otherwise. */
export function stationVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
