import { StationError } from '../../shared/errors.ts';
import { say } from '../language.ts';
import { sayNow, words, type StoredWords } from '../ledger/words.ts';

/**
 * Why a device's storage cannot be reached even though the device is on the bus. Each reason has one sentence
 * on why, one fix, and the way to carry on that needs no storage access at all: the station never leaves the
 * technician at a dead end.
 */
export type UnreachableReason =
  /** Windows: the system MTP (WPD) driver owns the interface and the station's WPD helper could not reach it. */
  | 'windows-driver'
  /** Linux: another program (gvfs, kio-mtp, a libmtp tool) has the interface and the tech did not agree to take it. */
  | 'other-program'
  /** macOS: the system's camera daemon grabbed the device. */
  | 'ptpcamerad'
  /** The OS refused to open the device: on Linux, typically the udev rule is missing. */
  | 'no-permission';

export type Platform = 'linux' | 'darwin' | 'win32' | 'other';

export function platformOf(p: string = process.platform): Platform {
  return p === 'linux' || p === 'darwin' || p === 'win32' ? p : 'other';
}

/** The reason an owned device has on this platform: what the simulator's `:storage-owned` plays. */
export function ownedReasonFor(platform: Platform): UnreachableReason {
  if (platform === 'win32') return 'windows-driver';
  if (platform === 'darwin') return 'ptpcamerad';
  return 'other-program';
}

export interface StorageFallback {
  /** Short machine name of the way around: 'usb-drive-kit' for HoloLens 2, 'copy-by-hand' for both. */
  routes: ('usb-drive-kit' | 'copy-by-hand')[];
  text: string;
}

export interface UnreachableExplanation {
  reason: UnreachableReason;
  /** Programs seen holding the device, when the station could tell (e.g. ["gvfsd-mtp"]). */
  holders: string[];
  why: string;
  fix: string;
  fallback: StorageFallback;
}

function fallbackWords(model: 'hololens1' | 'hololens2' | 'unknown'): StoredWords {
  return words(model === 'hololens1' ? 'transfer:fallback.byHand' : 'transfer:fallback.driveOrHand');
}

export function fallbackFor(model: 'hololens1' | 'hololens2' | 'unknown'): StorageFallback {
  const routes: StorageFallback['routes'] =
    model === 'hololens1' ? ['copy-by-hand'] : ['usb-drive-kit', 'copy-by-hand'];
  return { routes, text: sayNow(fallbackWords(model)) };
}

/**
 * The explanation's three sentences (why, fix, the way around) as catalog keys and values: what the ledger keeps
 * with a device's "storage not reachable" event, so its history reads in the language of whoever opens it.
 */
export function unreachableWords(
  reason: UnreachableReason,
  model: 'hololens1' | 'hololens2' | 'unknown',
  holders: string[] = [],
): { why: StoredWords; fix: StoredWords; fallback: StoredWords } {
  const named = holders.length > 0 ? holders.join(', ') : null;
  const fallback = fallbackWords(model);
  switch (reason) {
    case 'windows-driver':
    case 'no-permission':
      return {
        why: words(`transfer:unreachable.${reason}.why`),
        fix: words(`transfer:unreachable.${reason}.fix`),
        fallback,
      };
    case 'other-program':
      return {
        why: named
          ? words('transfer:unreachable.other-program.whyNamed', { named })
          : words('transfer:unreachable.other-program.why'),
        fix: words('transfer:unreachable.other-program.fix'),
        fallback,
      };
    case 'ptpcamerad':
      return {
        why: words('transfer:unreachable.ptpcamerad.why', { named: named ?? 'ptpcamerad' }),
        fix: words('transfer:unreachable.ptpcamerad.fix'),
        fallback,
      };
  }
}

export function explainUnreachable(
  reason: UnreachableReason,
  model: 'hololens1' | 'hololens2' | 'unknown',
  holders: string[] = [],
): UnreachableExplanation {
  const w = unreachableWords(reason, model, holders);
  return { reason, holders, why: sayNow(w.why), fix: sayNow(w.fix), fallback: fallbackFor(model) };
}

/** The error a storage call gets on an unreachable device: one line with why, fix and the way around. */
export class StorageUnreachableError extends StationError {
  readonly explanation: UnreachableExplanation;

  constructor(explanation: UnreachableExplanation, cause?: unknown) {
    super(
      'storage-unreachable',
      say('transfer:unreachable.title'),
      `${explanation.why} ${explanation.fix} ${explanation.fallback.text}`,
      { cause },
    );
    this.name = 'StorageUnreachableError';
    this.explanation = explanation;
  }
}

export function isStorageUnreachable(error: unknown): error is StorageUnreachableError {
  return error instanceof StorageUnreachableError;
}
