import { StationError } from '../../shared/errors.ts';
import { say } from '../language.ts';
import { MAX_CSV_BYTES, parseDeviceHashCsv } from './csv-read.ts';
import { bytesSource, fileSource, listZipEntries, readZipEntry, zipError, type ZipSource } from './zip-reader.ts';

/**
 * Pulls the device's hash out of the AutopilotDiagnostics.zip a HoloLens 2 writes into Documents after
 * Power + Volume Down. Only the DeviceHash*.csv is ever inflated (capped at 1 MiB); the logs stay packed.
 */

export interface DeviceHashRecord {
  serialNumber: string;
  productId: string;
  hardwareHash: string;
  /** The CSV's path inside the zip, e.g. DeviceHash_HoloLens-U5603.csv. */
  csvName: string;
}

/** Microsoft's pages spell it both AutopilotDiagnostics.zip and AutoPilotDiagnostics.zip. */
export function isAutopilotDiagnosticsZipName(name: string): boolean {
  return name.toLowerCase() === 'autopilotdiagnostics.zip';
}

/** The placeholder the device shows in Documents while it is still writing the zip. */
export function isDiagnosticsInProgressName(name: string): boolean {
  return name.toLowerCase() === 'hololensdiagnostics.temp';
}

/** A DeviceHash CSV anywhere in the zip (Windows may put it in a folder). */
export function isDeviceHashCsvName(path: string): boolean {
  const base = path.split(/[\\/]/).pop() ?? '';
  return /^devicehash.*\.csv$/i.test(base);
}

export async function extractDeviceHashFromZip(
  input: Uint8Array | string,
  options: { maxCsvBytes?: number } = {},
): Promise<DeviceHashRecord> {
  const source = typeof input === 'string' ? input : undefined;
  const src: ZipSource = typeof input === 'string' ? await fileSource(input) : bytesSource(input);
  try {
    const entries = await listZipEntries(src);
    const csvs = entries.filter((e) => isDeviceHashCsvName(e.name) && !e.name.endsWith('/'));
    const [entry, second] = csvs;
    if (!entry) {
      throw zipError(
        'autopilot-zip-no-device-hash',
        source ? say('hash-files:zip.noHashIn', { source }) : say('hash-files:zip.noHash'),
      );
    }
    if (second) {
      throw zipError(
        'autopilot-zip-several-device-hashes',
        say('hash-files:zip.severalHashes', { n: csvs.length, names: csvs.map((c) => c.name).join(', ') }),
      );
    }
    const bytes = await readZipEntry(src, entry, options.maxCsvBytes ?? MAX_CSV_BYTES);
    const device = parseDeviceHashCsv(bytes, entry.name);
    return {
      serialNumber: device.serialNumber,
      productId: device.productId,
      hardwareHash: device.hardwareHash,
      csvName: entry.name,
    };
  } catch (error) {
    if (error instanceof StationError) throw error;
    throw zipError('autopilot-zip-corrupt', say('hash-files:zip.unreadable'), error);
  } finally {
    await src.close();
  }
}
