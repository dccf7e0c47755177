import { StationError } from '../../shared/errors.ts';

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

export function fallbackFor(model: 'hololens1' | 'hololens2' | 'unknown'): StorageFallback {
  const byHand =
    "copy the file by hand in the computer's file manager into the device's Internal Storage (the station tells you where), then carry on in the wizard";
  if (model === 'hololens1') return { routes: ['copy-by-hand'], text: `Without storage access: ${byHand}.` };
  return {
    routes: ['usb-drive-kit', 'copy-by-hand'],
    text: `Without storage access: put the package on a USB drive (holobench ppkg kit, or Packages > USB drive kit) and plug it into the HoloLens 2, or ${byHand}.`,
  };
}

export function explainUnreachable(
  reason: UnreachableReason,
  model: 'hololens1' | 'hololens2' | 'unknown',
  holders: string[] = [],
): UnreachableExplanation {
  const named = holders.length > 0 ? holders.join(', ') : null;
  const base = { reason, holders, fallback: fallbackFor(model) };
  switch (reason) {
    case 'windows-driver':
      return {
        ...base,
        why: "Windows' own portable-device (MTP) driver owns the device's file transfer, and the station's Windows helper could not reach it through that driver.",
        fix: 'Unplug and replug the cable, unlock the device, and check that it appears under This PC in File Explorer.',
      };
    case 'other-program':
      return {
        ...base,
        why: `Another program holds the device's file transfer${named ? ` (${named})` : ' (a file manager through gvfs or kio-mtp, or a libmtp tool)'}.`,
        fix: `Unmount the device in the file manager or close that program, or let the station take it over (the "take over devices" setting, or --take-over on the command line).`,
      };
    case 'ptpcamerad':
      return {
        ...base,
        why: `macOS' camera service${named ? ` (${named})` : ' (ptpcamerad)'} grabbed the device when it was plugged in.`,
        fix: 'Quit Photos, Image Capture and similar apps, set Image Capture to open "No application" for this device, then replug it.',
      };
    case 'no-permission':
      return {
        ...base,
        why: 'The system does not let this user open the USB device.',
        fix: 'On Linux, install the udev rule from resources/linux/60-holobench.rules (see the README) and replug the device.',
      };
  }
}

/** The error a storage call gets on an unreachable device: one line with why, fix and the way around. */
export class StorageUnreachableError extends StationError {
  readonly explanation: UnreachableExplanation;

  constructor(explanation: UnreachableExplanation, cause?: unknown) {
    super(
      'storage-unreachable',
      'Storage not reachable',
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
