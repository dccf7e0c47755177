import { z } from 'zod';
import { defineStep, type IntuneEnrollment, type StepContext, type StepOutcome } from '../types.ts';
import { waitForEnrollment } from '../../intune/verify.ts';
import { done, failed, where } from './outcome.ts';
import { sayNow, words, type StoredWords } from '../../ledger/words.ts';

/**
 * Confirms the device reached Intune after setup: looks its serial up until a managed device appears (and, when
 * asked, until Intune calls it compliant), up to a timeout. Once the device is in Intune but not yet compliant, one
 * syncDevice asks it to check in now rather than at its next scheduled check-in. At the timeout the device fails
 * with "not yet" and the checks that fit what was last seen. The start time is kept in the step's scratch, so a
 * batch resumed after a crash keeps the same deadline.
 */

const Params = z.strictObject({
  /** Wait until Intune reports the device compliant, not only enrolled. */
  compliant: z.boolean().default(false),
  timeoutMinutes: z.number().positive().max(240).default(30),
  pollSeconds: z.number().positive().max(600).default(60),
  /** Ask the device to check in (syncDevice) once it is enrolled but not yet compliant. */
  sync: z.boolean().default(true),
});

export const verifyEnrolledStep = defineStep({
  kind: 'verify-enrolled',
  label: 'Confirm enrollment',
  params: Params,
  requires: { ports: ['intune'] },
  run: (ctx, p, signal) => verify(ctx, p, signal),
});

async function verify(ctx: StepContext, p: z.infer<typeof Params>, signal: AbortSignal): Promise<StepOutcome> {
  const port = ctx.ports.intune;
  if (!port)
    return failed('no-intune', words('workflow:verify.noIntune.title'), words('workflow:verify.noIntune.message'));
  const scratch = ctx.scratch.get();
  const since = typeof scratch.since === 'string' ? Date.parse(scratch.since) : ctx.now().getTime();
  if (typeof scratch.since !== 'string') ctx.scratch.set({ since: new Date(since).toISOString() });
  const { confirmed, last, synced } = await waitForEnrollment(
    port,
    ctx.device.serial,
    {
      compliant: p.compliant,
      since,
      timeoutMs: p.timeoutMinutes * 60_000,
      pollMs: p.pollSeconds * 1000,
      sync: p.sync,
      synced: scratch.synced === true,
      now: () => ctx.now().getTime(),
      onSynced: () => ctx.scratch.set({ synced: true }),
    },
    signal,
  );
  if (confirmed) {
    return done({
      managedDeviceId: last.managedDeviceId,
      complianceState: last.complianceState,
      enrolledDateTime: last.enrolledDateTime,
      duplicates: last.duplicates,
      synced,
    });
  }
  return failed('intune-not-yet', notYetTitle(last), notYetWords(ctx, last, p.compliant, p.timeoutMinutes));
}

function notYetTitle(last: IntuneEnrollment | null): StoredWords {
  if (last?.state === 'enrolled') return words('workflow:verify.title.notCompliant');
  if (last?.state === 'unknown-offline') return words('workflow:verify.title.offline');
  return words('workflow:verify.title.notInIntune');
}

/** "Not yet", and what to check for what was last seen (as words: a failed step's message is kept in the ledger). */
export function notYetWords(
  ctx: StepContext,
  last: IntuneEnrollment | null,
  compliant: boolean,
  minutes: number,
): StoredWords {
  const values = { ...where(ctx.device), count: minutes };
  if (!last || last.state === 'unknown-offline') return words('workflow:verify.notYet.offline', values);
  if (last.state === 'lookup-failed') {
    return words('workflow:verify.notYet.failed', {
      ...values,
      problem: last.problem ?? { key: 'workflow:verify.noDetails' },
    });
  }
  if (last.state === 'enrolled' && compliant) {
    return last.complianceState
      ? words('workflow:verify.notYet.compliance', { ...values, state: last.complianceState })
      : words('workflow:verify.notYet.complianceUnknown', values);
  }
  return words('workflow:verify.notYet.notInIntune', values);
}

/** "Not yet", and what to check for what was last seen. */
export function notYet(ctx: StepContext, last: IntuneEnrollment | null, compliant: boolean, minutes: number): string {
  return sayNow(notYetWords(ctx, last, compliant, minutes));
}
