import { StationError } from '../../shared/errors.ts';
import { RESPONSE, hexCode, operationName, responseName } from './codes.ts';
import { say } from '../language.ts';

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

/** A response the station can explain: its texts are `transfer:<code>.title` and `.message` in the catalogs. */
interface ResponseText {
  code: string;
}

/** Response codes the station can explain; others become `mtp-device-error` with the code in the message. */
const RESPONSE_TEXT: ReadonlyMap<number, ResponseText> = new Map([
  [RESPONSE.SessionNotOpen, t('mtp-session-not-open')],
  [RESPONSE.InvalidTransactionID, t('mtp-invalid-transaction-id')],
  [RESPONSE.OperationNotSupported, t('mtp-operation-not-supported')],
  [RESPONSE.ParameterNotSupported, t('mtp-parameter-not-supported')],
  [RESPONSE.IncompleteTransfer, t('mtp-incomplete-transfer')],
  [RESPONSE.InvalidStorageID, t('mtp-invalid-storage-id')],
  [RESPONSE.InvalidObjectHandle, t('mtp-invalid-object-handle')],
  [RESPONSE.DevicePropNotSupported, t('mtp-device-prop-not-supported')],
  [RESPONSE.InvalidObjectFormatCode, t('mtp-invalid-object-format')],
  [RESPONSE.StoreFull, t('mtp-store-full')],
  [RESPONSE.ObjectWriteProtected, t('mtp-object-write-protected')],
  [RESPONSE.StoreReadOnly, t('mtp-store-read-only')],
  [RESPONSE.AccessDenied, t('mtp-access-denied')],
  [RESPONSE.PartialDeletion, t('mtp-partial-deletion')],
  [RESPONSE.StoreNotAvailable, t('mtp-store-not-available')],
  [RESPONSE.NoValidObjectInfo, t('mtp-no-valid-object-info')],
  [RESPONSE.DeviceBusy, t('mtp-device-busy')],
  [RESPONSE.InvalidParentObject, t('mtp-invalid-parent-object')],
  [RESPONSE.InvalidParameter, t('mtp-invalid-parameter')],
  [RESPONSE.SessionAlreadyOpen, t('mtp-session-already-open')],
  [RESPONSE.TransactionCancelled, t('mtp-transaction-canceled')],
  [RESPONSE.InvalidDataset, t('mtp-invalid-dataset')],
  [RESPONSE.ObjectTooLarge, t('mtp-object-too-large')],
]);

function t(code: string): ResponseText {
  return { code };
}

/** The typed error for a response code other than OK. */
export function responseError(responseCode: number, operation: number): MtpError {
  const known = RESPONSE_TEXT.get(responseCode);
  if (known) {
    return new MtpError(known.code, say(`transfer:${known.code}.title`), say(`transfer:${known.code}.message`), {
      responseCode,
    });
  }
  return new MtpError(
    'mtp-device-error',
    say('transfer:mtp-device-error.title'),
    say('transfer:mtp-device-error.message', {
      response: responseName(responseCode),
      code: hexCode(responseCode),
      operation: operationName(operation),
    }),
    { responseCode },
  );
}

/**
 * When a conversation broke: each error below has one sentence per moment in the catalogs
 * (`transfer:mtp-disconnected.copy`...), so no sentence is put together from pieces.
 */
export type Moment = 'opening' | 'reconnecting' | 'copy' | 'talking' | 'earlier';

/** `detail` is for the log and the doctor report: it names the protocol fault and stays as the code wrote it. */
export function protocolError(detail: string): MtpError {
  return new MtpError(
    'mtp-protocol',
    say('transfer:mtp-protocol.title'),
    say('transfer:mtp-protocol.message', { detail }),
  );
}

export function disconnectedError(during: Moment, cause?: unknown): MtpError {
  return new MtpError(
    'mtp-disconnected',
    say('transfer:mtp-disconnected.title'),
    say(`transfer:mtp-disconnected.${during}`),
    { disconnected: true, cause },
  );
}

export function timeoutError(during: Moment, cause?: unknown): MtpError {
  return new MtpError('mtp-timeout', say('transfer:mtp-timeout.title'), say(`transfer:mtp-timeout.${during}`), {
    cause,
  });
}

export function canceledError(): MtpError {
  return new MtpError('mtp-canceled', say('transfer:mtp-canceled.title'), say('transfer:mtp-canceled.message'), {
    canceled: true,
  });
}

export function stalledError(during: Moment, cause?: unknown): MtpError {
  return new MtpError('mtp-stalled', say('transfer:mtp-stalled.title'), say(`transfer:mtp-stalled.${during}`), {
    cause,
  });
}

export function sessionUnusableError(): MtpError {
  return new MtpError(
    'mtp-session-broken',
    say('transfer:mtp-session-broken.title'),
    say('transfer:mtp-session-broken.message'),
  );
}

export function notFoundError(path: string): MtpError {
  return new MtpError(
    'mtp-not-found',
    say('transfer:mtp-not-found.title'),
    say('transfer:mtp-not-found.message', { path }),
  );
}

export function noStorageError(): MtpError {
  return new MtpError('mtp-no-storage', say('transfer:mtp-no-storage.title'), say('transfer:mtp-no-storage.message'));
}

/** `why` is a sentence from the caller's catalog. */
export function badPathError(path: string, why: string): MtpError {
  return new MtpError(
    'mtp-bad-path',
    say('transfer:mtp-bad-path.title'),
    say('transfer:mtp-bad-path.message', { path, why }),
  );
}

const LOCAL_FILE_REASONS = new Set(['ENOENT', 'EACCES', 'EPERM', 'ENOSPC', 'EISDIR', 'ENOTDIR']);

export function localFileError(path: string, cause: unknown): MtpError {
  const reason = cause instanceof Error && 'code' in cause ? String((cause as NodeJS.ErrnoException).code) : 'unknown';
  return new MtpError(
    'mtp-local-file',
    say('transfer:mtp-local-file.title'),
    LOCAL_FILE_REASONS.has(reason)
      ? say(`transfer:mtp-local-file.${reason}`, { path })
      : say('transfer:mtp-local-file.other', { path, reason }),
    { cause },
  );
}

export function verifyFailedError(expected: string, actual: string): MtpError {
  return new MtpError(
    'mtp-verify-failed',
    say('transfer:mtp-verify-failed.title'),
    say('transfer:mtp-verify-failed.message', { expected: expected.slice(0, 12), actual: actual.slice(0, 12) }),
  );
}

export function isMtpError(error: unknown, code?: string): error is MtpError {
  return error instanceof MtpError && (code === undefined || error.code === code);
}
