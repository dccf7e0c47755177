import type { BatchBoard, DeviceCard } from './board.ts';
import type { ClaimsPort } from './claims.ts';
import type { BatchDevices } from './devices.ts';
import type { Manifest } from './manifest.ts';
import type { WorkflowStore } from './store.ts';
import type { BatchSummary } from './summary.ts';
import type { StepPorts } from './types.ts';

export interface BatchOptions {
  /** How many devices may run a step at once; waiting for the tech does not count. Default unlimited. */
  concurrency?: number;
  /** Finish the batch by itself once every device is done, failed or skipped (the CLI). Default true. */
  autoFinish?: boolean;
  /** Redo devices already done in an earlier batch of the same profile: all (true) or these serials. */
  override?: boolean | readonly string[];
  /** On resume, run failed devices' failed step again. Default false. */
  retryFailed?: boolean;
}

export interface BatchEvents extends Record<string, unknown> {
  /** The board changed (coalesced: at most once per turn of the event loop). */
  batchChanged: BatchBoard;
  /** A device newly needs the tech: the UI plays its sound and highlights the card. */
  deviceNeedsTech: DeviceCard;
  finished: BatchSummary;
}

export interface BatchDeps {
  store: WorkflowStore;
  devices: BatchDevices;
  ports: StepPorts;
  manifest: Manifest | null;
  now: () => Date;
  pollMs: number;
  workingAfterMs: number;
  /** Claims shared with other processes or benches; absent: this bench works alone. */
  claims?: ClaimsPort | null;
}
