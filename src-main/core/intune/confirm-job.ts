import { INTUNE_CONFIRM_JOB_KIND } from '../../shared/contract/intune.ts';
import type { JobView } from '../../shared/contract/jobs.ts';
import { StationError } from '../../shared/errors.ts';
import type { JobRunner } from '../jobs.ts';
import { StationIntunePort } from './batch-port.ts';
import type { IntuneService } from './service.ts';
import { waitForEnrollment } from './verify.ts';

/**
 * The enrollment wizard's last step as a job: waits for the device's serial to appear in Intune (optionally
 * compliant), saying what it saw after each lookup, and ends with "confirmed" or "not yet" plus what to check.
 */
export function startConfirmEnrollment(
  jobs: JobRunner,
  service: () => IntuneService | null,
  input: { deviceId: string; serial: string; compliant: boolean; timeoutMinutes: number; pollSeconds: number },
): JobView {
  const port = new StationIntunePort(service);
  return jobs.start(
    { kind: INTUNE_CONFIRM_JOB_KIND, title: `Confirm ${input.serial} in Intune`, deviceId: input.deviceId },
    async (control) => {
      control.say(`Looking for ${input.serial} in Intune…`);
      const result = await waitForEnrollment(
        port,
        input.serial,
        {
          compliant: input.compliant,
          since: Date.now(),
          timeoutMs: input.timeoutMinutes * 60_000,
          pollMs: input.pollSeconds * 1000,
          sync: true,
          now: Date.now,
          onLookup: (last) =>
            control.say(
              last.state === 'enrolled'
                ? `In Intune (${last.complianceState ?? 'compliance not evaluated yet'}).`
                : last.state === 'not-enrolled'
                  ? `Not in Intune yet; looking again every ${input.pollSeconds} s.`
                  : `Could not look it up (${last.problem ?? last.state}); trying again.`,
            ),
        },
        control.signal,
      );
      if (!result.confirmed) {
        const last = result.last;
        const what =
          last.state === 'unknown-offline'
            ? 'The station is offline: check its network.'
            : last.state === 'lookup-failed'
              ? `The lookup failed: ${last.problem ?? 'check the sign-in and its permissions'}.`
              : last.state === 'enrolled'
                ? 'It is in Intune but not compliant: check a compliance policy is assigned and let it sync.'
                : 'Check: setup finished and the device reached the desktop; it has internet; the user is licensed for Intune and covered by automatic enrollment; enrollment restrictions allow Windows devices.';
        throw new StationError(
          'intune-not-yet',
          'Not in Intune yet',
          `Not yet after ${input.timeoutMinutes} minutes. ${what}`,
        );
      }
      control.say(`${input.serial} is in Intune${input.compliant ? ' and compliant' : ''}.`);
      return {
        managedDeviceId: result.last.managedDeviceId,
        complianceState: result.last.complianceState,
        enrolledDateTime: result.last.enrolledDateTime,
        synced: result.synced,
      };
    },
  ).view;
}
