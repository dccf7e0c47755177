import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractDeviceHashFromZip } from '../../../../src-main/core/autopilot/device-hash.ts';
import {
  buildAutopilotDiagnosticsZip,
  simulatedComputerName,
  simulatedHardwareHash,
} from '../../../../src-main/sim/autopilot/diagnostics-zip.ts';

const NOW = new Date('2025-03-04T10:20:30Z');

describe('the simulated AutopilotDiagnostics.zip', () => {
  it('holds a DeviceHash CSV in the HoloLens shape and plausible diagnostics', () => {
    const zip = buildAutopilotDiagnosticsZip({ serialNumber: '310020512345', productId: '', now: NOW });
    const files = unzipSync(zip);
    const names = Object.keys(files);
    const computer = simulatedComputerName('310020512345');
    expect(names).toContain(`DeviceHash_${computer}.csv`);
    expect(names).toEqual(
      expect.arrayContaining([
        'LicensingDiag.cab',
        'LicensingDiag_Output.txt',
        'TpmHliInfo_Output.txt',
        'MDMDiagReport.xml',
        'DiagnosticLogCSP_Collector_Autopilot_20250304_102030.etl',
        'DiagnosticLogCSP_Collector_DeviceEnrollment_20250304_102030.etl',
      ]),
    );
    expect(names.some((n) => n.endsWith('.evtx'))).toBe(true);
    const csv = new TextDecoder().decode(files[`DeviceHash_${computer}.csv`]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Device Serial Number,Windows Product ID,Hardware Hash,Group Tag,Assigned User');
    expect(lines[1]).toBe(`310020512345,,${simulatedHardwareHash('310020512345')},,`);
    expect(lines[2]).toBe('');
    expect(new TextDecoder().decode(files['MDMDiagReport.xml'])).toContain('<MDMEnterpriseDiagnosticsReport>');
  });

  it('gives each device a stable, realistic hash', () => {
    const a = simulatedHardwareHash('SN-A');
    expect(simulatedHardwareHash('SN-A')).toBe(a);
    expect(simulatedHardwareHash('SN-B')).not.toBe(a);
    expect(simulatedHardwareHash('SN-A', 'other-seed')).not.toBe(a);
    const decoded = Buffer.from(a, 'base64').length;
    expect(decoded).toBeGreaterThanOrEqual(3968);
    expect(decoded).toBeLessThan(4300);
  });

  it('is byte-identical for the same device and time', () => {
    const input = { serialNumber: 'SN-A', productId: '', now: NOW };
    expect(buildAutopilotDiagnosticsZip(input)).toEqual(buildAutopilotDiagnosticsZip(input));
  });

  it('uses a given hash and computer name', async () => {
    const zip = buildAutopilotDiagnosticsZip({
      serialNumber: 'SN-A',
      productId: '3305000005123',
      hardwareHash: 'T0FBQQ==',
      computerName: 'BENCH-01',
      now: NOW,
    });
    expect(await extractDeviceHashFromZip(zip)).toEqual({
      serialNumber: 'SN-A',
      productId: '3305000005123',
      hardwareHash: 'T0FBQQ==',
      csvName: 'DeviceHash_BENCH-01.csv',
    });
  });
});
