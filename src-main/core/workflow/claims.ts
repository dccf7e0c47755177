/**
 * The workflow engine's port to whoever else may work the same devices: other processes on this PC (the app and
 * the CLI on one data folder) or other benches of a warehouse. Before a device's first step the engine claims it;
 * the answer says whether this bench may work it now, whether another bench already finished it, or whether
 * another bench holds it (its lease expires if that bench dies). Without this port a batch behaves as a lone
 * bench always did.
 */

export type ClaimAnswer =
  | {
      kind: 'claimed';
      /** Granted from the local ledger only: the warehouse server could not be asked. */ offline: boolean;
    }
  | { kind: 'done-elsewhere'; bench: string; at: string }
  | { kind: 'held'; bench: string; until: string };

export interface ClaimRequest {
  serial: string;
  profile: string;
  batchId: number;
  /** The tech chose to run this device again: a completion elsewhere does not stop it. */
  override: boolean;
}

export interface CompletionRecord {
  serial: string;
  profile: string;
  batchId: number;
  tech: string;
  override: boolean;
  finishedAt: string;
}

export interface ClaimsPort {
  claim: (req: ClaimRequest) => Promise<ClaimAnswer>;
  /** Gives the device up (failed, stopped, unplugged for good): another bench may take it at once. */
  release: (serial: string) => Promise<void>;
  /** Records a finished device durably on this bench first, then wherever else it can; releases the claim. */
  markDone: (done: CompletionRecord) => Promise<void>;
}
