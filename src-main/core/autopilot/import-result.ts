import { z } from 'zod';
import type { ErrorInfo } from '../../shared/errors.ts';
import type { AutopilotDeviceRecord } from './values.ts';
import { sayNow, words, type StoredWords } from '../ledger/words.ts';

/**
 * What Graph says about one imported device, and how the station reads it. The import entity's state carries
 * deviceImportStatus (unknown, pending, partial, complete, error) plus, on error, Intune's code and name.
 */

export type ImportStatus = 'unknown' | 'pending' | 'partial' | 'complete' | 'error';
export type DeviceUploadStatus = 'complete' | 'error' | 'pending' | 'failed-to-submit';

export type ImportDevice = AutopilotDeviceRecord;

export interface DeviceImportResult {
  serialNumber: string;
  status: DeviceUploadStatus;
  graphId?: string;
  importStatus?: ImportStatus;
  errorCode?: number;
  errorName?: string;
  deviceRegistrationId?: string;
  /** For failed-to-submit: true when the device should stay queued (network, throttling, sign-in, outage). */
  retryable?: boolean;
  message: string;
  /** The catalog key and values `message` was said from, when it came from the station's catalogs. */
  words?: StoredWords;
}

export interface ImportOutcome {
  results: DeviceImportResult[];
  /** Set when the run stopped early (offline, throttled, sign-in refused); results say what each device got. */
  interruptedBy?: ErrorInfo;
}

export interface SubmittedImport {
  serialNumber: string;
  graphId: string;
}

export const IdentitySchema = z.object({
  id: z.string().optional(),
  serialNumber: z.string().nullish(),
  state: z
    .object({
      deviceImportStatus: z.string().nullish(),
      deviceRegistrationId: z.string().nullish(),
      deviceErrorCode: z.number().nullish(),
      deviceErrorName: z.string().nullish(),
    })
    .nullish(),
});
export type Identity = z.infer<typeof IdentitySchema>;
export const ImportResponseSchema = z.object({ value: z.array(IdentitySchema) });

function importStatus(raw: string | null | undefined): ImportStatus {
  return raw === 'pending' || raw === 'partial' || raw === 'complete' || raw === 'error' ? raw : 'unknown';
}

/** Maps a Graph identity to a result; `unknown`, `pending` and `partial` all mean Intune is still working. */
export function resultFromIdentity(serialNumber: string, identity: Identity): DeviceImportResult {
  const state = identity.state ?? {};
  const raw = importStatus(state.deviceImportStatus);
  const base = {
    serialNumber,
    graphId: identity.id,
    importStatus: raw,
    ...(state.deviceRegistrationId ? { deviceRegistrationId: state.deviceRegistrationId } : {}),
  };
  if (raw === 'complete') return { ...base, status: 'complete', ...said('import.complete', { serial: serialNumber }) };
  if (raw === 'error') {
    const name = state.deviceErrorName ?? undefined;
    const code = state.deviceErrorCode ?? undefined;
    // Graph's error name and code are data, quoted as Graph gives them.
    const which = name !== undefined ? (code !== undefined ? 'NameCode' : 'Name') : code !== undefined ? 'Code' : '';
    return {
      ...base,
      status: 'error',
      errorCode: code,
      errorName: name,
      ...said(`import.refused${which}`, { serial: serialNumber, name, code }),
    };
  }
  return { ...base, status: 'pending', ...said('import.pending', { serial: serialNumber }) };
}

/** A result's message said now, with the words it was said from (kept in the ledger with the upload). */
export function said(
  key: string,
  params?: Record<string, string | number | undefined>,
): { message: string; words: StoredWords } {
  const w = words(`station-work:${key}`, params);
  return { message: sayNow(w), words: w };
}
