import type { DeviceView } from '../../shared/contract/devices.ts';
import type { DeviceApplyMethod, PackageFinding } from '../../shared/contract/packages.ts';
import { StationError } from '../../shared/errors.ts';
import { buildAtLeast } from '../knowledge/builds.ts';
import { isFfsPortPath } from '../devices/ffs-source.ts';
import { say } from '../language.ts';

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
    throw new StationError(
      'device-not-found',
      say('station-work:apply.notConnected.title'),
      say('station-work:apply.notConnected.message'),
      { disconnected: true },
    );
  }
  // A gadget behind --ffs-dir sockets is one the technician named as the target (tests, demos with uMTP-Responder).
  if (d.kind !== 'hololens' && d.kind !== 'probable-hololens' && !isFfsPortPath(d.portPath)) {
    throw new StationError(
      'ppkg.not-hololens',
      say('station-work:apply.notHoloLens.title'),
      say('station-work:apply.notHoloLens.message', { port: d.portPath }),
    );
  }
  if (d.mode === 'flashing') {
    throw new StationError(
      'ppkg.flashing-mode',
      say('station-work:apply.flashing.title'),
      say('station-work:apply.flashing.message'),
    );
  }
  if (d.storageState === 'not-mtp') {
    throw new StationError(
      'no-file-transfer',
      say('station-work:apply.noMtp.title'),
      say('station-work:apply.noMtp.message'),
    );
  }
  const blocks = args.findings.filter((f) => f.severity === 'block');
  if (blocks.length > 0) {
    throw new StationError(
      'ppkg.blocked',
      say('station-work:apply.blocked.title'),
      blocks.map((f) => f.message).join(' '),
    );
  }
  if (args.method === 'documents-settings' && documentsPathSupported(d.model, args.build) === false) {
    throw new StationError(
      'ppkg.settings-too-old',
      say('station-work:apply.settingsTooOld.title'),
      say('station-work:apply.settingsTooOld.message', { from: HL1_SETTINGS_PACKAGES_FROM, build: args.build }),
    );
  }
}

/**
 * What the wizard says at each point, in one place so the words stay consistent. Getters, so each text is made in
 * the station's language at the moment the flow says it.
 */
export const flowMessages = {
  get openProvisioning() {
    return say('station-work:flow.openProvisioning');
  },
  get unlock() {
    return say('station-work:flow.unlock');
  },
  copying: (name: string) => say('station-work:flow.copying', { name }),
  get confirmOnDevice() {
    return say('station-work:flow.confirmOnDevice');
  },
  get addInSettings() {
    return say('station-work:flow.addInSettings');
  },
  get packageGone() {
    return say('station-work:flow.packageGone');
  },
  get storageClosed() {
    return say('station-work:flow.storageClosed');
  },
  confirmedApplied: (tech: string) =>
    tech ? say('station-work:flow.confirmedApplied', { tech }) : say('station-work:flow.confirmedAppliedAnon'),
  get confirmedFailed() {
    return say('station-work:flow.confirmedFailed');
  },
  copyFailed: (why: string) => say('station-work:flow.copyFailed', { why }).trim(),
  canceled: (copied: boolean, removed: boolean) =>
    say(
      !copied
        ? 'station-work:flow.canceledClean'
        : removed
          ? 'station-work:flow.canceledRemoved'
          : 'station-work:flow.canceledLeft',
    ),
  unplugged: (port: string) => say('station-work:flow.unplugged', { port }),
};
