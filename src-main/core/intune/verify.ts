import type { IntuneEnrollment, IntunePort } from '../workflow/types.ts';
import { sleep } from '../workflow/wait.ts';

/**
 * Waits for a serial to show up in Intune (and, when asked, to be compliant): one lookup per poll until the
 * deadline. Once the device is in Intune but not compliant, one syncDevice asks it to check in now instead of at
 * its next scheduled check-in. Used by the batch step verify-enrolled and the enrollment wizard's last step.
 */

export interface WaitOptions {
  compliant: boolean;
  /** When the wait started (kept by the caller, so a resumed wait keeps its deadline). */
  since: number;
  timeoutMs: number;
  pollMs: number;
  sync: boolean;
  /** A sync was already sent in an earlier attempt. */
  synced?: boolean;
  now: () => number;
  onLookup?: (last: IntuneEnrollment) => void;
  onSynced?: () => void;
}

export interface WaitResult {
  confirmed: boolean;
  last: IntuneEnrollment;
  synced: boolean;
}

export async function waitForEnrollment(
  port: IntunePort,
  serial: string,
  o: WaitOptions,
  signal: AbortSignal,
): Promise<WaitResult> {
  const deadline = o.since + o.timeoutMs;
  let synced = o.synced === true;
  for (;;) {
    const last = await port.enrollment(serial, signal);
    o.onLookup?.(last);
    const enrolled = last.state === 'enrolled' && last.managedDeviceId !== null;
    if (enrolled && (!o.compliant || last.complianceState === 'compliant')) return { confirmed: true, last, synced };
    if (enrolled && o.sync && !synced && last.managedDeviceId) {
      try {
        await port.sync(serial, last.managedDeviceId, signal);
        synced = true;
        o.onSynced?.();
      } catch {
        // A sync is a nudge, not a requirement: the device checks in by itself too.
      }
    }
    if (signal.aborted || o.now() + o.pollMs > deadline) return { confirmed: false, last, synced };
    await sleep(o.pollMs, signal);
  }
}
