import { StationError } from '../../shared/errors.ts';
import { say } from '../language.ts';

export type CopyDirection = 'pull' | 'push';

/**
 * Says what a failed copy means for this copy: which file, and that nothing half-copied was kept (the MTP layer
 * removes a partial file on the PC and a partial object on the device). Stable codes for the three ways a copy
 * commonly ends early: the cable came out, the device is full, the PC disk is full. Cancels pass through as they are.
 * A StationError is expected here; anything else passes through too and the job runner words it without a stack.
 */
export function explainCopyError(
  error: unknown,
  direction: CopyDirection,
  name: string,
  /** The device has left the bus: whatever the transfer saw last (a closed connection, a USB error), it was unplugged. */
  deviceGone = false,
): unknown {
  if (!(error instanceof StationError) || error.canceled) return error;
  if (error.disconnected || deviceGone) {
    return new StationError(
      'copy-unplugged',
      say('station:copy.unplugged.title'),
      say(`station:copy.unplugged.${direction}`, { name }),
      { disconnected: true, cause: error },
    );
  }
  if (error.code === 'mtp-store-full') {
    return new StationError(
      'copy-device-full',
      say('station:copy.deviceFull.title'),
      say('station:copy.deviceFull.message', { name }),
      { cause: error },
    );
  }
  if (error.code === 'mtp-local-file' && errnoOf(error.cause) === 'ENOSPC') {
    return new StationError(
      'copy-pc-full',
      say('station:copy.pcFull.title'),
      say(`station:copy.pcFull.${direction}`, { name }),
      { cause: error },
    );
  }
  return error;
}

/** The system error code behind a local-file error (ENOSPC: the disk is full), read from the cause, not the words. */
function errnoOf(cause: unknown): string | null {
  return cause instanceof Error && 'code' in cause ? String((cause as NodeJS.ErrnoException).code) : null;
}
