import { resultFromIdentity } from '../../src-main/core/autopilot/import-result.ts';
import type { SqliteAutopilotStore } from '../../src-main/core/autopilot/sqlite-store.ts';
import { processQueue } from '../../src-main/core/autopilot/upload-queue.ts';
import { simulatedHardwareHash } from '../../src-main/sim/autopilot/diagnostics-zip.ts';

/** What Graph answers for a device already assigned elsewhere: an import refused with error 806. */
export const REFUSAL = {
  deviceImportStatus: 'error',
  deviceErrorCode: 806,
  deviceErrorName: 'ZtdDeviceAlreadyAssigned',
};

/**
 * Harvests `serial`'s (simulated) hash into `store`, queues its upload and runs the real upload queue against a
 * Graph client that refuses it with REFUSAL: the ledger then holds an upload result made in the station's language.
 */
export async function recordRefusedUpload(store: SqliteAutopilotStore, serial: string): Promise<void> {
  const harvest = store.saveHarvest({
    serialNumber: serial,
    productId: '',
    hardwareHash: simulatedHardwareHash(serial),
    source: 'file',
    harvestedAt: '2025-01-01T08:00:00.000Z',
  });
  store.enqueueUpload({ harvestId: harvest.id });
  await processQueue({
    store,
    online: () => true,
    client: {
      submit: (devices) =>
        Promise.resolve({
          results: devices.map((d) => resultFromIdentity(d.serialNumber, { id: 'g-1', state: REFUSAL })),
        }),
      waitForImports: () => Promise.resolve({ results: [] }),
    },
  });
}
