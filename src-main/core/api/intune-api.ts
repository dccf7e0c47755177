import { StationError } from '../../shared/errors.ts';
import { serialNumberOf } from '../devices/device-readings.ts';
import { startConfirmEnrollment } from '../intune/confirm-job.ts';
import type { IntuneService } from '../intune/service.ts';
import type { Station } from '../station.ts';
import type { HandlerGroup } from './types.ts';
import { say } from '../language.ts';

type IntuneCalls = 'intuneStatus' | 'intuneCleanup' | 'intuneConfirmEnrollment' | 'intuneTag';

/** Intune as station calls, over the Autopilot upload's sign-in. */
export function intuneHandlers(station: Station): HandlerGroup<IntuneCalls> {
  const service = (): IntuneService => {
    const s = station.intune.service();
    if (!s) {
      throw new StationError(
        'intune-not-signed-in',
        say('station-work:intune.signInFirst.title'),
        say('station-work:intune.signInFirst.message'),
      );
    }
    return s;
  };
  return {
    intuneStatus: async ({ serials }) => service().status(serials),
    intuneCleanup: async ({ serial, purpose, reset, mode, confirmations, tech }) =>
      service().cleanup({
        serial,
        purpose,
        reset,
        mode,
        confirmations: new Set(confirmations),
        confirmedBy: tech ? `${tech} at the station` : 'the technician at the station',
      }),
    // A promise chain, so a refusal (unknown device, not signed in) reaches the caller as a rejection.
    intuneConfirmEnrollment: ({ deviceId, compliant, timeoutMinutes, pollSeconds }) =>
      Promise.resolve().then(() => {
        const live = station.registry.require(deviceId);
        const serial = serialNumberOf(live.view);
        if (!serial) {
          throw new StationError(
            'intune-no-serial',
            say('station-work:intune.noSerial.title'),
            say('station-work:intune.noSerial.message'),
          );
        }
        service(); // says "sign in first" before a job starts
        const defaults = station.config.intuneConfirm;
        return startConfirmEnrollment(station.jobs, () => station.intune.service(), {
          deviceId,
          serial,
          compliant,
          timeoutMinutes: timeoutMinutes ?? defaults?.timeoutMinutes ?? 20,
          pollSeconds: pollSeconds ?? defaults?.pollSeconds ?? 30,
        });
      }),
    intuneTag: async ({ serial, groupTag, assignedUser }) => service().tag(serial, { groupTag, assignedUser }),
  };
}
