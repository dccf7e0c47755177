import { StationError } from '../../shared/errors.ts';

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
  const nothingKept =
    direction === 'pull' ? 'Nothing was saved on this PC' : 'Nothing half-copied was left on the device';
  if (error.disconnected || deviceGone) {
    const leftover =
      direction === 'pull'
        ? 'Nothing was saved on this PC.'
        : 'Any part of it left on the device is removed when the device is back.';
    return new StationError(
      'copy-unplugged',
      'The device was unplugged',
      `The copy of "${name}" stopped part-way. ${leftover} Plug the device back in and copy it again.`,
      { disconnected: true, cause: error },
    );
  }
  if (error.code === 'mtp-store-full') {
    return new StationError(
      'copy-device-full',
      'The device is full',
      `"${name}" does not fit on the device. ${error.message.replace(/ Free some space and try again\.$/, '')} Delete files on the device to make room, then copy it again.`,
      { cause: error },
    );
  }
  if (error.code === 'mtp-local-file' && /disk is full/.test(error.message)) {
    return new StationError(
      'copy-pc-full',
      'This PC is full',
      `The disk of this PC has no room for "${name}". ${nothingKept}. Free some space on this PC and copy it again.`,
      { cause: error },
    );
  }
  return error;
}
