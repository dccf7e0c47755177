import { StationError } from '../../shared/errors.ts';
import type { IntuneService } from '../intune/service.ts';
import type { Station } from '../station.ts';
import type { HandlerGroup } from './types.ts';

type IntuneCalls = 'intuneStatus' | 'intuneCleanup' | 'intuneTag';

/** Intune as station calls, over the Autopilot upload's sign-in. */
export function intuneHandlers(station: Station): HandlerGroup<IntuneCalls> {
  const service = (): IntuneService => {
    const s = station.intune.service();
    if (!s) {
      throw new StationError(
        'intune-not-signed-in',
        'Sign in first',
        'Intune uses the Autopilot upload sign-in: set the tenant and app in the Autopilot tab and sign in.',
      );
    }
    return s;
  };
  return {
    intuneStatus: ({ serials }) => service().status(serials),
    intuneCleanup: ({ serial, purpose, reset, mode, confirmations, tech }) =>
      service().cleanup({
        serial,
        purpose,
        reset,
        mode,
        confirmations: new Set(confirmations),
        confirmedBy: tech ? `${tech} at the station` : 'the technician at the station',
      }),
    intuneTag: ({ serial, groupTag, assignedUser }) => service().tag(serial, { groupTag, assignedUser }),
  };
}
