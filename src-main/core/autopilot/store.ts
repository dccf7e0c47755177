import type { ImportStatus } from './import-result.ts';
import type { StoredWords } from '../ledger/words.ts';

/**
 * What the Autopilot feature needs from the ledger, small enough to fake. Harvests are history (append only);
 * uploads are a queue that survives restarts, so nothing queued while offline is ever lost.
 */

export interface NewHarvest {
  /** The ledger's device key, when the hash came from a connected device. */
  deviceKey?: string | null;
  serialNumber: string;
  productId: string;
  hardwareHash: string;
  csvName?: string | null;
  /** Where the station keeps the pulled AutopilotDiagnostics.zip (its logs matter for support). */
  zipPath?: string | null;
  source: 'device' | 'file';
  /** From a simulated device (training mode): never uploaded, left out of CSVs unless asked for. */
  simulated?: boolean;
  harvestedAt: string;
}

export interface HarvestRecord extends Required<NewHarvest> {
  id: number;
  hashSha256: string;
  recordedAt: string;
}

export type UploadState = 'queued' | 'sending' | 'submitted' | 'complete' | 'error';

export interface UploadRequest {
  harvestId: number;
  groupTag?: string;
  assignedUser?: string;
}

export interface UploadRecord {
  id: number;
  harvestId: number;
  serialNumber: string;
  productId: string;
  hardwareHash: string;
  /** The harvest came from a simulated device: the sender refuses it, whatever queued it. */
  simulated: boolean;
  groupTag: string;
  assignedUser: string;
  state: UploadState;
  graphId: string | null;
  importStatus: ImportStatus | null;
  errorCode: number | null;
  errorName: string | null;
  deviceRegistrationId: string | null;
  message: string;
  attempts: number;
  enqueuedAt: string;
  submittedAt: string | null;
  finishedAt: string | null;
  updatedAt: string;
}

export interface GraphState {
  importStatus?: ImportStatus;
  errorCode?: number;
  errorName?: string;
  deviceRegistrationId?: string;
  message: string;
  /** The catalog key and values the message was said from, kept so it reads in the reader's language. */
  words?: StoredWords;
}

export interface AutopilotStore {
  saveHarvest(harvest: NewHarvest): HarvestRecord;
  getHarvest(id: number): HarvestRecord | undefined;
  /** Every harvest of a serial, oldest first. */
  harvestHistory(serialNumber: string): HarvestRecord[];
  /** The newest harvest of each serial, in harvest order (oldest first). */
  latestHarvests(): HarvestRecord[];
  /** Queues an upload; returns the already active one (queued, sending or submitted) for that serial instead. */
  enqueueUpload(request: UploadRequest): { upload: UploadRecord; created: boolean };
  /**
   * Moves up to `limit` queued uploads (and sends abandoned longer than `staleAfterMs`) to `sending`, skipping
   * `excludeIds` (what this run already tried).
   */
  claimQueued(limit: number, options?: { staleAfterMs?: number; excludeIds?: readonly number[] }): UploadRecord[];
  /** Puts a claimed upload back in the queue after a failed send. */
  releaseToQueue(id: number, message: string, words?: StoredWords): void;
  markSubmitted(id: number, graphId: string, state: GraphState): void;
  /** Records a status read of a submitted upload that is still running. */
  markPolled(id: number, state: GraphState): void;
  markFinished(id: number, outcome: 'complete' | 'error', state: GraphState): void;
  listUploads(filter?: { states?: UploadState[]; serialNumber?: string }): UploadRecord[];
}
