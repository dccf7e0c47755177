import { WpdHelperError } from './helper-client.ts';
import { MtpError, canceledError, disconnectedError, type Moment } from '../mtp/errors.ts';
import { say } from '../language.ts';

/**
 * What the station was doing when Windows said no: one short phrase per moment in the catalogs
 * (`transfer:wpd.moment.*`), placed in the frame "It happened {{moment}}." so no sentence is built from pieces.
 */
export type WpdMoment =
  | 'opening'
  | 'battery'
  | 'storage'
  | 'replacing'
  | 'deleting'
  | 'removing'
  | 'canceling'
  | 'copyFrom'
  | 'copyTo'
  | 'folder';

const MTP_MOMENT: Partial<Record<WpdMoment, Moment>> = { opening: 'opening', copyFrom: 'copy', copyTo: 'copy' };

/** The helper's codes in the same words MtpStorage uses, so callers and the CLI treat both alike. */
export function translate(error: unknown, during: WpdMoment): Error {
  if (!(error instanceof WpdHelperError)) return error instanceof Error ? error : new Error(String(error));
  const when = say('transfer:wpd.when', { moment: say(`transfer:wpd.moment.${during}`) });
  switch (error.wpdCode) {
    case 'device-gone':
      return disconnectedError(MTP_MOMENT[during] ?? 'talking', error);
    case 'canceled':
      return canceledError();
    case 'disk-full':
      return new MtpError(
        'mtp-store-full',
        say('transfer:mtp-store-full.title'),
        `${say('transfer:wpd.full')} ${when}`,
        { cause: error },
      );
    case 'access-denied':
      return new MtpError(
        'mtp-access-denied',
        say('transfer:mtp-access-denied.title'),
        `${say('transfer:mtp-access-denied.message')} ${when}`,
        { cause: error },
      );
    case 'not-found':
      return new MtpError(
        'mtp-not-found',
        say('transfer:mtp-not-found.title'),
        say('transfer:wpd.notFound', { detail: error.message }),
        { cause: error },
      );
    case 'local-file':
      return new MtpError(
        'mtp-local-file',
        say('transfer:mtp-local-file.title'),
        say('transfer:wpd.localFile', { detail: error.message }),
        { cause: error },
      );
    default:
      return new MtpError(
        'mtp-device-error',
        say('transfer:mtp-device-error.title'),
        `${say('transfer:wpd.problem', { detail: error.hresult ? `${error.message} (${error.hresult})` : error.message })} ${when}`,
        { cause: error },
      );
  }
}
