import { INTUNE_CONFIRM_JOB_KIND } from '../../shared/contract/intune.ts';
import type { JobView } from '../../shared/contract/jobs.ts';
import { StationError } from '../../shared/errors.ts';
import type { JobRunner } from '../jobs.ts';
import { StationIntunePort } from './batch-port.ts';
import type { IntuneService } from './service.ts';
import { waitForEnrollment } from './verify.ts';
import { say } from '../language.ts';

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
    {
      kind: INTUNE_CONFIRM_JOB_KIND,
      title: say('station-work:confirm.title', { serial: input.serial }),
      deviceId: input.deviceId,
    },
    async (control) => {
      control.say(say('station-work:confirm.looking', { serial: input.serial }));
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
                ? last.complianceState
                  ? say('station-work:confirm.inIntune', { compliance: last.complianceState })
                  : say('station-work:confirm.inIntuneNotEvaluated')
                : last.state === 'not-enrolled'
                  ? say('station-work:confirm.notYetPolling', { seconds: input.pollSeconds })
                  : say('station-work:confirm.lookupRetry', { why: last.problem ?? last.state }),
            ),
        },
        control.signal,
      );
      if (!result.confirmed) {
        const last = result.last;
        const what =
          last.state === 'unknown-offline'
            ? 'offline'
            : last.state === 'lookup-failed'
              ? last.problem
                ? 'lookupFailed'
                : 'lookupFailedSignIn'
              : last.state === 'enrolled'
                ? 'notCompliant'
                : 'checklist';
        throw new StationError(
          'intune-not-yet',
          say('station-work:confirm.notYet.title'),
          say(`station-work:confirm.notYet.${what}`, { count: input.timeoutMinutes, problem: last.problem }),
        );
      }
      control.say(
        say(input.compliant ? 'station-work:confirm.doneCompliant' : 'station-work:confirm.done', {
          serial: input.serial,
        }),
      );
      return {
        managedDeviceId: result.last.managedDeviceId,
        complianceState: result.last.complianceState,
        enrolledDateTime: result.last.enrolledDateTime,
        synced: result.synced,
      };
    },
  ).view;
}
