import { writeFile } from 'node:fs/promises';
import { strToU8, zipSync } from 'fflate';
import type { DoctorReport } from '../../shared/contract/doctor.ts';
import { say } from '../language.ts';

const text = (key: string, options?: Record<string, unknown>) => say(`doctor:text.${key}`, options);

/**
 * The report as text a person reads, in the station's language: one block per device, then the problems with their
 * fixes. Codes (model, mode, kind, rule, access) stay as the JSON has them, so the two files read side by side.
 */
export function doctorText(r: DoctorReport): string {
  const usb = r.usb.watched ? (r.usb.available ? 'usb.available' : 'usb.unavailable') : 'usb.unwatched';
  const lines = [
    text('title', { when: r.generatedAt }),
    text('platform', {
      os: r.platform.os,
      release: r.platform.release,
      arch: r.platform.arch,
      node: r.platform.node,
      version: r.platform.holobench,
    }),
    text(usb, { detail: r.usb.detail, permissions: r.usb.permissions }),
    text('storagePath', { path: r.platform.storagePath }),
    '',
  ];
  for (const d of r.devices) {
    const storage = { access: d.storage.access, state: d.storage.state, reason: d.storage.reason };
    const list = d.descriptors.interfaces.join(', ') || text('noneRead');
    lines.push(
      text('device', {
        id: d.id,
        usbId: d.usbId,
        model: d.model,
        mode: d.mode,
        kind: d.kind,
        confidence: d.confidence,
        port: d.portPath,
        serial: d.serialNumber ?? '-',
      }),
      `  ${text('identified', { rule: d.identification.rule, reason: d.identification.reason })}`,
      `  ${text(d.storage.reason ? 'storageReason' : 'storage', storage)}`,
      `  ${text(d.descriptors.interfacesFrom === 'os' ? 'interfacesFromOs' : 'interfaces', { list })}`,
    );
    if (d.descriptors.unreadable.length > 0) {
      lines.push(`  ${text('unreadable', { parts: d.descriptors.unreadable.join('; ') })}`);
    }
    if (d.descriptors.rawHex) {
      lines.push(`  ${text('raw', { source: d.descriptors.rawSource, hex: d.descriptors.rawHex })}`);
    }
    if (d.mtpDeviceInfo) {
      const m = d.mtpDeviceInfo;
      lines.push(
        `  ${text('mtp', { manufacturer: m.manufacturer, model: m.model, version: m.deviceVersion, serial: m.serialNumber })}`,
      );
    }
  }
  if (r.devices.length === 0) lines.push(text('noDevices'));
  lines.push('', r.problems.length === 0 ? text('noProblems') : text('problems', { count: r.problems.length }));
  for (const p of r.problems) {
    lines.push(
      text('problem', { who: p.deviceId ?? text('station'), message: p.message }),
      `  ${text('fix', { fix: p.fix })}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** report.json and report.txt in one zip: what a technician attaches when asking for help. */
export async function writeDoctorZip(r: DoctorReport, file: string): Promise<void> {
  const zip = zipSync({
    'report.json': strToU8(`${JSON.stringify(r, null, 2)}\n`),
    'report.txt': strToU8(doctorText(r)),
  });
  await writeFile(file, zip);
}
