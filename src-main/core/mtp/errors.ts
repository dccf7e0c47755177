import { StationError } from '../../shared/errors.ts';
import { RESPONSE, hexCode, operationName, responseName } from './codes.ts';

/**
 * Every way an MTP conversation ends early, as a StationError a technician can read. The code is stable (the CLI
 * prints it, the ledger stores it); `responseCode` keeps the device's own answer for the log.
 */
export class MtpError extends StationError {
  readonly responseCode: number | null;

  constructor(
    code: string,
    title: string,
    message: string,
    flags: { disconnected?: boolean; canceled?: boolean; cause?: unknown; responseCode?: number } = {},
  ) {
    super(code, title, message, flags);
    this.name = 'MtpError';
    this.responseCode = flags.responseCode ?? null;
  }
}

interface ResponseText {
  code: string;
  title: string;
  message: string;
}

/** Response codes the station can explain; others become `mtp-device-error` with the code in the message. */
const RESPONSE_TEXT: ReadonlyMap<number, ResponseText> = new Map([
  [
    RESPONSE.SessionNotOpen,
    t(
      'mtp-session-not-open',
      'The device forgot the connection',
      'The device says no session is open. Unplug it, plug it back in and try again.',
    ),
  ],
  [
    RESPONSE.InvalidTransactionID,
    t(
      'mtp-invalid-transaction-id',
      'The device lost track of the conversation',
      'The device rejected a request number. Unplug it, plug it back in and try again.',
    ),
  ],
  [
    RESPONSE.OperationNotSupported,
    t('mtp-operation-not-supported', 'The device cannot do that', 'The device does not offer this operation over USB.'),
  ],
  [
    RESPONSE.ParameterNotSupported,
    t('mtp-parameter-not-supported', 'The device cannot do that', 'The device does not accept this kind of request.'),
  ],
  [
    RESPONSE.IncompleteTransfer,
    t(
      'mtp-incomplete-transfer',
      'The copy did not finish',
      'The device received only part of the file. Nothing was saved; try again.',
    ),
  ],
  [
    RESPONSE.InvalidStorageID,
    t(
      'mtp-invalid-storage-id',
      'That storage is gone',
      'The device no longer shows this storage. Unlock the device and try again.',
    ),
  ],
  [
    RESPONSE.InvalidObjectHandle,
    t(
      'mtp-invalid-object-handle',
      'That file is gone',
      'The file or folder is no longer on the device. Refresh the folder and try again.',
    ),
  ],
  [
    RESPONSE.DevicePropNotSupported,
    t(
      'mtp-device-prop-not-supported',
      'The device does not report that',
      'The device does not offer this setting over USB.',
    ),
  ],
  [
    RESPONSE.InvalidObjectFormatCode,
    t(
      'mtp-invalid-object-format',
      'The device refused the file type',
      'The device does not accept files of this type.',
    ),
  ],
  [
    RESPONSE.StoreFull,
    t(
      'mtp-store-full',
      'The device is full',
      'There is not enough free space on the device for this file. Free some space and try again.',
    ),
  ],
  [
    RESPONSE.ObjectWriteProtected,
    t(
      'mtp-object-write-protected',
      'The file is protected',
      'The device does not allow this file to be changed or deleted.',
    ),
  ],
  [
    RESPONSE.StoreReadOnly,
    t('mtp-store-read-only', 'The storage is read-only', 'The device does not allow writing to this storage.'),
  ],
  [
    RESPONSE.AccessDenied,
    t('mtp-access-denied', 'The device said no', 'The device refused access. Unlock the device and try again.'),
  ],
  [
    RESPONSE.PartialDeletion,
    t('mtp-partial-deletion', 'Only part was deleted', 'The device deleted some of the items but not all of them.'),
  ],
  [
    RESPONSE.StoreNotAvailable,
    t(
      'mtp-store-not-available',
      'The storage is not available',
      'The device hides its storage right now. Unlock it or bring it to the setup page, then try again.',
    ),
  ],
  [
    RESPONSE.NoValidObjectInfo,
    t(
      'mtp-no-valid-object-info',
      'The device lost the file details',
      'The device did not accept the file details before the copy. Try again.',
    ),
  ],
  [
    RESPONSE.DeviceBusy,
    t('mtp-device-busy', 'The device is busy', 'The device kept saying it was busy. Wait a moment and try again.'),
  ],
  [
    RESPONSE.InvalidParentObject,
    t(
      'mtp-invalid-parent-object',
      'That folder is gone',
      'The destination folder is no longer on the device. Refresh and try again.',
    ),
  ],
  [
    RESPONSE.InvalidParameter,
    t('mtp-invalid-parameter', 'The device refused the request', 'The device rejected a value the station sent.'),
  ],
  [
    RESPONSE.SessionAlreadyOpen,
    t(
      'mtp-session-already-open',
      'Another program is using the device',
      'The device already has an open connection. Close other programs that use it and try again.',
    ),
  ],
  [
    RESPONSE.TransactionCancelled,
    t('mtp-transaction-canceled', 'The device stopped the copy', 'The device canceled the request. Try again.'),
  ],
  [
    RESPONSE.InvalidDataset,
    t(
      'mtp-invalid-dataset',
      'The device refused the file details',
      'The device did not accept the details the station sent.',
    ),
  ],
  [
    RESPONSE.ObjectTooLarge,
    t('mtp-object-too-large', 'The file is too large for the device', 'The device does not accept files this large.'),
  ],
]);

function t(code: string, title: string, message: string): ResponseText {
  return { code, title, message };
}

/** The typed error for a response code other than OK. */
export function responseError(responseCode: number, operation: number): MtpError {
  const known = RESPONSE_TEXT.get(responseCode);
  if (known) return new MtpError(known.code, known.title, known.message, { responseCode });
  return new MtpError(
    'mtp-device-error',
    'The device reported a problem',
    `The device answered ${responseName(responseCode)} (${hexCode(responseCode)}) to ${operationName(operation)}. Try again; if it keeps happening, restart the device.`,
    { responseCode },
  );
}

export function protocolError(detail: string): MtpError {
  return new MtpError(
    'mtp-protocol',
    'The device sent something the station could not read',
    `The device sent a malformed reply (${detail}). Unplug it, plug it back in and try again.`,
  );
}

export function disconnectedError(during: string, cause?: unknown): MtpError {
  return new MtpError(
    'mtp-disconnected',
    'The device was unplugged',
    `The cable was unplugged ${during}. Nothing was saved; plug it back in and try again.`,
    { disconnected: true, cause },
  );
}

export function timeoutError(during: string, cause?: unknown): MtpError {
  return new MtpError(
    'mtp-timeout',
    'The device stopped answering',
    `The device did not answer ${during}. Unplug it, plug it back in and try again; restart the device if it keeps happening.`,
    { cause },
  );
}

export function canceledError(): MtpError {
  return new MtpError('mtp-canceled', 'Canceled', 'The copy was canceled. Nothing was saved.', { canceled: true });
}

export function stalledError(during: string, cause?: unknown): MtpError {
  return new MtpError(
    'mtp-stalled',
    'The device refused the transfer',
    `The device stopped the transfer ${during}. Try again; unplug and reconnect the device if it keeps happening.`,
    { cause },
  );
}

export function sessionUnusableError(): MtpError {
  return new MtpError(
    'mtp-session-broken',
    'The connection to the device needs a restart',
    'An earlier problem left the connection in an unknown state. Unplug the device, plug it back in and try again.',
  );
}

export function notFoundError(path: string): MtpError {
  return new MtpError('mtp-not-found', 'Not found on the device', `"${path}" is not on the device.`);
}

export function noStorageError(): MtpError {
  return new MtpError(
    'mtp-no-storage',
    'The device shows no storage',
    'The device does not show its storage yet: unlock it, or bring it to the setup page, then try again.',
  );
}

export function badPathError(path: string, why: string): MtpError {
  return new MtpError('mtp-bad-path', 'That path cannot be used', `"${path}" cannot be used: ${why}.`);
}

export function localFileError(path: string, cause: unknown): MtpError {
  const reason = cause instanceof Error && 'code' in cause ? String((cause as NodeJS.ErrnoException).code) : 'unknown';
  const why: Record<string, string> = {
    ENOENT: 'it does not exist',
    EACCES: 'the station may not use it',
    EPERM: 'the station may not use it',
    ENOSPC: 'the PC disk is full',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
  };
  return new MtpError(
    'mtp-local-file',
    'A file on this PC could not be used',
    `"${path}" could not be used (${why[reason] ?? reason}). Nothing was reported as done.`,
    { cause },
  );
}

export function verifyFailedError(expected: string, actual: string): MtpError {
  return new MtpError(
    'mtp-verify-failed',
    'The copy on the device does not match',
    `Reading the file back gave different contents (expected SHA-256 ${expected.slice(0, 12)}…, got ${actual.slice(0, 12)}…). The copy was removed; try again.`,
  );
}

export function isMtpError(error: unknown, code?: string): error is MtpError {
  return error instanceof MtpError && (code === undefined || error.code === code);
}
