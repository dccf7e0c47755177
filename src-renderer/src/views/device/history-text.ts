import type { LedgerEventView } from '../../../../src-main/shared/contract/devices.ts';
import { i18n } from '../../i18n.ts';
import { nameOf } from './remote-path.ts';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.t(`device:${key}`, params);
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const known = (v: unknown, words: readonly string[]) => (words.includes(text(v)) ? text(v) : 'unknown');
const file = (v: unknown) => nameOf(text(v));
const direction = (v: unknown) => (v === 'pull' || v === 'push' ? v : 'other');

/**
 * Why a copy failed, in the reader's language when the code is one the page knows; otherwise the title (or the
 * message) the station recorded, in the language it was recorded in: the ledger keeps what was said, not a key.
 */
const reason = (d: Record<string, unknown>) => {
  const code = text(d.code);
  if (i18n.exists(`device:history.reason.${code}`)) return t(`history.reason.${code}`);
  const title = text(d.title);
  return title ? `${title.charAt(0).toLowerCase()}${title.slice(1)}` : text(d.message).replace(/\.$/, '');
};

/** Pick the message that says only what the event carries: with a size, a person, a path... or without. */
const withBy = (key: string, d: Record<string, unknown>, params: Record<string, unknown> = {}) =>
  text(d.by) ? t(`${key}By`, { ...params, by: text(d.by) }) : t(key, params);

type Describe = (d: Record<string, unknown>) => string;

/** Ledger event kinds in plain words. Kinds not listed here still read sensibly (see describeEvent). */
const DESCRIBE: Record<string, Describe> = {
  attached: () => t('history.attached'),
  detached: (d) => (text(d.portPath) ? t('history.detachedFrom', { port: text(d.portPath) }) : t('history.detached')),
  reidentified: () => t('history.reidentified'),
  labelled: (d) =>
    withBy('history.labelled', d, {
      model: t(`history.model.${known(d.model, ['hololens1', 'hololens2'])}`),
      mode: t(`history.mode.${known(d.mode, ['normal', 'flashing'])}`),
    }),
  'mtp-opened': (d) =>
    t('history.mtpOpened', {
      model: text(d.model) || t('history.notGiven'),
      serial: text(d.serialNumber) || t('history.notGiven'),
      firmware: text(d.firmware) || t('history.notGiven'),
    }),
  'mtp-unreachable': (d) => t('history.mtpUnreachable', { message: text(d.message) }),
  'mtp-lost': () => t('history.mtpLost'),
  'file-pulled': (d) =>
    typeof d.bytes === 'number'
      ? t('history.pulledSize', { name: file(d.remotePath), size: d.bytes })
      : t('history.pulled', { name: file(d.remotePath) }),
  'file-pushed': (d) =>
    typeof d.bytes === 'number'
      ? t('history.pushedSize', { name: file(d.remotePath), size: d.bytes })
      : t('history.pushed', { name: file(d.remotePath) }),
  'file-deleted': (d) => t('history.deleted', { name: file(d.path) }),
  'file-copy-failed': (d) => t(`history.failed.${direction(d.direction)}`, { name: file(d.path), reason: reason(d) }),
  'file-copy-canceled': (d) => t(`history.canceled.${direction(d.direction)}`, { name: file(d.path) }),
  'partial-copy-removed': (d) => t('history.partialRemoved', { name: file(d.path) }),
  'enrollment-started': (d) =>
    text(d.path) ? withBy('history.enrollStartedPath', d, { path: text(d.path) }) : withBy('history.enrollStarted', d),
  'enrollment-finished': (d) =>
    withBy('history.enrollFinished', d, { result: text(d.result) || t('history.noResult') }),
  'recovery-started': (d) => withBy('history.recoveryStarted', d, { procedure: text(d.procedureId) }),
  'recovery-finished': (d) =>
    withBy('history.recoveryFinished', d, { result: text(d.result) || t('history.noResult') }),
  'autopilot-harvested': () => t('history.harvested'),
  'autopilot-harvest-failed': () => t('history.harvestFailed'),
  'batch-done': () => t('history.batchDone'),
  'tech-confirmed': () => t('history.techConfirmed'),
  'label-scanned': () => t('history.labelScanned'),
};

/** One sentence for an event of the device's history. */
export function describeEvent(e: LedgerEventView): string {
  const describe = DESCRIBE[e.kind];
  if (describe) return describe(e.detail).replace(/\s+/g, ' ').trim();
  const words = e.kind.replace(/[-_.]+/g, ' ').trim();
  return t('history.other', { words: `${words.charAt(0).toUpperCase()}${words.slice(1)}` });
}

/** How the event is marked in the list: good news, a problem, or neither. */
export function eventTone(e: LedgerEventView): 'ok' | 'problem' | 'plain' {
  if (/failed|unreachable|error/.test(e.kind) || text(e.detail.result) === 'failed') return 'problem';
  if (e.kind === 'enrollment-finished' && text(e.detail.result) !== 'enrolled') return 'plain';
  if (/pulled|pushed|finished|done|opened/.test(e.kind)) return 'ok';
  return 'plain';
}
