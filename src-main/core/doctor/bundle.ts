import { writeFile } from 'node:fs/promises';
import { strToU8, zipSync } from 'fflate';
import type { DoctorReport } from '../../shared/contract/doctor.ts';

/** The report as text a person reads: one block per device, then the problems with their fixes. */
export function doctorText(r: DoctorReport): string {
  const lines = [
    `HoloBench doctor, ${r.generatedAt}`,
    `Platform: ${r.platform.os} ${r.platform.release} ${r.platform.arch}, Node ${r.platform.node}, HoloBench ${r.platform.holobench}`,
    `USB: ${r.usb.watched ? (r.usb.available ? 'available' : 'NOT available') : 'not watched'} (${r.usb.detail}); ${r.usb.permissions}`,
    `Storage path: ${r.platform.storagePath}`,
    '',
  ];
  for (const d of r.devices) {
    lines.push(
      `${d.id}  ${d.usbId}  ${d.model}/${d.mode}  ${d.kind} (${d.confidence})  port ${d.portPath}  serial ${d.serialNumber ?? '-'}`,
      `  identified: ${d.identification.rule}: ${d.identification.reason}`,
      `  storage: ${d.storage.access} (${d.storage.state})${d.storage.reason ? `: ${d.storage.reason}` : ''}`,
      `  interfaces${d.descriptors.interfacesFrom === 'os' ? ' (from the OS)' : ''}: ${d.descriptors.interfaces.join(', ') || 'none read'}`,
    );
    if (d.descriptors.unreadable.length > 0) lines.push(`  not readable: ${d.descriptors.unreadable.join('; ')}`);
    if (d.descriptors.rawHex) lines.push(`  raw descriptors (${d.descriptors.rawSource}): ${d.descriptors.rawHex}`);
    if (d.mtpDeviceInfo) {
      const m = d.mtpDeviceInfo;
      lines.push(
        `  MTP DeviceInfo: ${m.manufacturer} ${m.model}, version ${m.deviceVersion}, serial ${m.serialNumber}`,
      );
    }
  }
  if (r.devices.length === 0) lines.push('No devices.');
  lines.push('', r.problems.length === 0 ? 'No problems found.' : `${r.problems.length} problem(s):`);
  for (const p of r.problems) lines.push(`- ${p.deviceId ?? 'station'}: ${p.message}\n  Fix: ${p.fix}`);
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
