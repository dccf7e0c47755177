import type { LedgerEventView } from '../../../../src-main/shared/contract/devices.ts';
import { formatBytes } from '../../components/DeviceCard.tsx';
import { nameOf } from './remote-path.ts';

const MODELS: Record<string, string> = { hololens1: 'HoloLens (1st gen)', hololens2: 'HoloLens 2', unknown: 'unknown' };

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const by = (v: unknown) => (text(v) ? ` by ${text(v)}` : '');
const size = (v: unknown) => (typeof v === 'number' ? ` (${formatBytes(v)})` : '');
const file = (v: unknown) => `"${nameOf(text(v))}"`;

const towards = (v: unknown) => (v === 'pull' ? ' to this PC' : v === 'push' ? ' to the device' : '');
/** "the device was unplugged" from a title, or the full message when there is no title. */
const reason = (d: Record<string, unknown>) => {
  const title = text(d.title);
  return title ? `${title.charAt(0).toLowerCase()}${title.slice(1)}` : text(d.message).replace(/\.$/, '');
};

type Describe = (d: Record<string, unknown>) => string;

/** Ledger event kinds in plain words. Kinds not listed here still read sensibly (see describeEvent). */
const DESCRIBE: Record<string, Describe> = {
  attached: () => 'Plugged in and recognised.',
  detached: (d) => `Unplugged${text(d.portPath) ? ` from port ${text(d.portPath)}` : ''}.`,
  reidentified: () => 'Recognised again after a label changed.',
  labelled: (d) => `Labelled as ${MODELS[text(d.model)] ?? text(d.model)}, ${text(d.mode)} mode${by(d.by)}.`,
  'mtp-opened': (d) =>
    `Opened for file transfer: ${text(d.model) || 'model not given'}, serial ${text(d.serialNumber) || 'not given'}, firmware ${text(d.firmware) || 'not given'}.`,
  'mtp-unreachable': (d) => `Could not be opened for file transfer. ${text(d.message)}`,
  'file-pulled': (d) => `Copied ${file(d.remotePath)} to this PC${size(d.bytes)}.`,
  'file-pushed': (d) => `Copied ${file(d.remotePath)} to the device${size(d.bytes)}, checked.`,
  'file-deleted': (d) => `Deleted ${file(d.path)} from the device.`,
  'file-copy-failed': (d) => `The copy of ${file(d.path)}${towards(d.direction)} failed: ${reason(d)}.`,
  'file-copy-canceled': (d) =>
    `The copy of ${file(d.path)}${towards(d.direction)} was canceled; nothing was left half-done.`,
  'partial-copy-removed': (d) => `Removed the unfinished copy of ${file(d.path)} from the device.`,
  'enrollment-started': (d) => `Enrollment started${text(d.path) ? ` (${text(d.path)})` : ''}${by(d.by)}.`,
  'enrollment-finished': (d) => `Enrollment finished: ${text(d.result) || 'no result given'}${by(d.by)}.`,
  'batch-done': () => 'Finished its batch workflow.',
  'tech-confirmed': () => 'A technician confirmed a step.',
  'label-scanned': () => 'Its label was scanned.',
};

/** One sentence for an event of the device's history. */
export function describeEvent(e: LedgerEventView): string {
  const known = DESCRIBE[e.kind];
  if (known) return known(e.detail).replace(/\s+/g, ' ').trim();
  const words = e.kind.replace(/[-_.]+/g, ' ').trim();
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}

/** How the event is marked in the list: good news, a problem, or neither. */
export function eventTone(e: LedgerEventView): 'ok' | 'problem' | 'plain' {
  if (/failed|unreachable|error/.test(e.kind) || text(e.detail.result) === 'failed') return 'problem';
  if (e.kind === 'enrollment-finished' && text(e.detail.result) !== 'enrolled') return 'plain';
  if (/pulled|pushed|finished|done|opened/.test(e.kind)) return 'ok';
  return 'plain';
}
