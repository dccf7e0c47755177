import type { DeviceView } from '../../shared/contract/devices.ts';
import type { DeviceApplyMethod, PackageFinding } from '../../shared/contract/packages.ts';
import { StationError } from '../../shared/errors.ts';
import { buildAtLeast } from '../knowledge/builds.ts';
import { isFfsPortPath } from '../devices/ffs-source.ts';

/** HoloLens (1st gen) adds packages from Settings from Windows Holographic 1809; HoloLens 2 on every build. */
export const HL1_SETTINGS_PACKAGES_FROM = '17763';

/** Whether "after setup" works: true, false, or null when the build is unknown. */
export function documentsPathSupported(model: DeviceView['model'], build: string | null): boolean | null {
  if (model === 'hololens2') return true;
  if (model !== 'hololens1') return null;
  return buildAtLeast(build ?? undefined, HL1_SETTINGS_PACKAGES_FROM) ?? null;
}

/** Refuses an apply the device or the package cannot take, with what to do instead. */
export function checkApplyAllowed(args: {
  device: DeviceView | undefined;
  method: DeviceApplyMethod;
  build: string | null;
  findings: readonly PackageFinding[];
}): void {
  const d = args.device;
  if (!d?.present) {
    throw new StationError('device-not-found', 'Device not connected', 'Plug the HoloLens in and try again.', {
      disconnected: true,
    });
  }
  // A gadget behind --ffs-dir sockets is one the technician named as the target (tests, demos with uMTP-Responder).
  if (d.kind !== 'hololens' && d.kind !== 'probable-hololens' && !isFfsPortPath(d.portPath)) {
    throw new StationError(
      'ppkg.not-hololens',
      'Not a HoloLens',
      `The device on port ${d.portPath} is not a HoloLens.`,
    );
  }
  if (d.mode === 'flashing') {
    throw new StationError(
      'ppkg.flashing-mode',
      'The device is in flashing mode',
      'Packages go on a running device. Restart it normally first.',
    );
  }
  if (d.storageState === 'not-mtp') {
    throw new StationError(
      'no-file-transfer',
      'No file transfer on this device',
      'This device offers no file transfer (MTP) over USB, so the station cannot copy the package.',
    );
  }
  const blocks = args.findings.filter((f) => f.severity === 'block');
  if (blocks.length > 0) {
    throw new StationError('ppkg.blocked', 'This package cannot be applied', blocks.map((f) => f.message).join(' '));
  }
  if (args.method === 'documents-settings' && documentsPathSupported(d.model, args.build) === false) {
    throw new StationError(
      'ppkg.settings-too-old',
      'This HoloLens cannot add packages from Settings',
      `HoloLens (1st gen) adds packages from Settings from Windows Holographic 1809 (build ${HL1_SETTINGS_PACKAGES_FROM}); this one runs ${args.build}. Apply it during setup instead, or update the device first.`,
    );
  }
}

/** What the wizard says at each point, in one place so the words stay consistent. */
export const flowMessages = {
  openProvisioning:
    'Waiting for the device storage. On the first setup screen, press Volume Down + Power together and let go.',
  unlock: 'Waiting for the device files. Sign in on the device so it shows its storage.',
  copying: (name: string) => `Copying ${name} to the device and checking the copy…`,
  confirmOnDevice: 'Copied and checked. Now press Volume Down + Power again, then accept the package on the device.',
  addInSettings:
    'Copied into Documents and checked. Now add it on the device: Settings > Accounts > Access work or school > Add or remove a provisioning package.',
  packageGone: 'Applied: the device took the package (it left the device storage).',
  storageClosed:
    'The device closed its storage. If the device says the package was added, record it below; if not, say it failed.',
  confirmedApplied: (tech: string) => `Recorded as applied, confirmed by ${tech || 'the technician'}.`,
  confirmedFailed: 'Recorded as failed.',
  copyFailed: (why: string) => `The copy failed. ${why}`.trim(),
  canceled: (copied: boolean, removed: boolean) =>
    !copied
      ? 'Canceled. Nothing was left half-copied on the device.'
      : removed
        ? 'Canceled. The station removed the package from the device again.'
        : 'Canceled. The package may still be on the device: delete it there if it should not be applied.',
  unplugged: (port: string) => `The device left port ${port}. Plug it back in; the station carries on when it is back.`,
};
