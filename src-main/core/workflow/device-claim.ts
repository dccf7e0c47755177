/**
 * The claim phase of a device's workflow, when other processes or benches may work the same devices: before the
 * first step the device is claimed (or found held, or found finished elsewhere), and after the run the claim is
 * settled (recorded as done everywhere, or given up for another bench).
 */
import type { ErrorInfo } from '../../shared/errors.ts';
import type { ClaimAnswer, ClaimsPort } from './claims.ts';
import type { WorkflowStore } from './store.ts';
import type { TechAction } from './types.ts';
import { say } from '../language.ts';
import { utcMinute } from './steps/outcome.ts';
import { saidError, words } from '../ledger/words.ts';

export interface BatchClaims {
  port: ClaimsPort;
  /** The override and tech for a device, read when it is claimed and when it is done. */
  override: (serial: string) => boolean;
  tech: string;
  profile: string;
}

/** The batch a device is claimed for. */
export interface ClaimingBatch {
  readonly batchId: number;
  readonly store: WorkflowStore;
  readonly pollMs: number;
  readonly now: () => Date;
}

/** What the claim phase shows on the device's card while it waits, and how it waits. */
export interface ClaimCard {
  /** Paused with this action (recorded in the ledger unless the card already shows it). */
  pauseFor(action: TechAction): void;
  /** Skipped for good, with the reason (recorded in the ledger). */
  skip(error: ErrorInfo): void;
  /** Resolves on the poll interval, a change on the device, or the signal. */
  wait(ms: number, signal: AbortSignal): Promise<void>;
}

/**
 * Claims the device before this run's first step; true once it is this bench's. Held by another bench: the card
 * says which and until when, and the claim is asked again (the lease runs out if that bench died). Finished
 * elsewhere: skipped, as a device done in an earlier batch here is. Stopped meanwhile: a claim granted too late is
 * given back at once.
 */
export async function claimDevice(
  claims: BatchClaims,
  batch: ClaimingBatch,
  serial: string,
  card: ClaimCard,
  life: AbortSignal,
): Promise<boolean> {
  const { store, batchId } = batch;
  while (!life.aborted) {
    const override = claims.override(serial);
    const answer = await claims.port.claim({ serial, profile: claims.profile, batchId, override });
    store.assertOpen();
    if (life.aborted) {
      if (answer.kind === 'claimed') await claims.port.release(serial);
      return false;
    }
    if (answer.kind === 'claimed') return true;
    if (answer.kind === 'done-elsewhere') {
      card.skip(doneElsewhereError(serial, claims.profile, answer));
      return false;
    }
    card.pauseFor(heldAction(serial, answer));
    await card.wait(Math.max(batch.pollMs, 500), life);
  }
  return false;
}

/** A finished device is recorded as done everywhere; any other end gives the device up for other benches. */
export async function settleDeviceClaim(
  claims: BatchClaims,
  batch: ClaimingBatch,
  serial: string,
  finished: boolean,
): Promise<void> {
  if (!finished) return claims.port.release(serial);
  await claims.port.markDone({
    serial,
    profile: claims.profile,
    batchId: batch.batchId,
    tech: claims.tech,
    override: claims.override(serial),
    finishedAt: batch.now().toISOString(),
  });
}

function doneElsewhereError(serial: string, profile: string, a: Extract<ClaimAnswer, { kind: 'done-elsewhere' }>) {
  // Worded as catalog words too: the skip reason is kept in the ledger and read in the reader's language.
  return saidError(
    'done-elsewhere',
    words('workflow:elsewhere.done.title'),
    words('workflow:elsewhere.done.message', { serial, profile, bench: a.bench, at: utcMinute(a.at) }),
  );
}

function heldAction(serial: string, a: Extract<ClaimAnswer, { kind: 'held' }>): TechAction {
  return {
    title: say('workflow:elsewhere.held.title', { bench: a.bench }),
    detail: say('workflow:elsewhere.held.detail', { serial, bench: a.bench, until: a.until.slice(11, 19) }),
  };
}
