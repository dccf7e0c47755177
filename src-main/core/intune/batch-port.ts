import { StationError } from '../../shared/errors.ts';
import type { IntuneEnrollment, IntunePort } from '../workflow/types.ts';
import type { IntuneService } from './service.ts';
import { say } from '../language.ts';

/**
 * The batch engine's IntunePort over the real Graph lookups: one serial's status boiled down to what the
 * verify-enrolled step decides on. Each lookup and sync is recorded in the ledger against the serial by the service.
 */
export class StationIntunePort implements IntunePort {
  private readonly service: () => IntuneService | null;

  /** `service` is asked on every call: the sign-in may be set up (or changed) after the batch started. */
  constructor(service: () => IntuneService | null) {
    this.service = service;
  }

  readonly enrollment = async (serial: string): Promise<IntuneEnrollment> => {
    const service = this.service();
    // Waiting out the timeout would not help: say it at once, for this device and the next.
    if (!service) {
      throw new StationError(
        'intune-not-signed-in',
        say('station-work:intune.signInFirst.title'),
        say('station-work:batch.intuneSignIn'),
      );
    }
    const s = await service.enrollment(serial);
    const current = s.intune[0];
    return {
      state: s.state,
      managedDeviceId: current?.id ?? null,
      complianceState: current?.complianceState ?? null,
      enrolledDateTime: current?.enrolledDateTime ?? null,
      lastSyncDateTime: current?.lastSyncDateTime ?? null,
      duplicates: s.duplicates,
      problem: s.error ? `${s.error.title}: ${s.error.message}` : null,
    };
  };

  readonly sync = async (serial: string, managedDeviceId: string): Promise<void> => {
    await this.service()?.sync(serial, managedDeviceId);
  };
}
