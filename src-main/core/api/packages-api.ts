import type { ApplyOptions, PackageDetail } from '../../shared/contract/packages.ts';
import type { LiveDevice } from '../devices/registry.ts';
import { documentsPathSupported } from '../packages/apply-rules.ts';
import type { Station } from '../station.ts';
import type { HandlerGroup } from './types.ts';
import { say } from '../language.ts';
import { serialNumberOf } from '../devices/device-readings.ts';

type PackageCalls =
  | 'listPackages'
  | 'importPackage'
  | 'getPackage'
  | 'recheckPackage'
  | 'updatePackageNotes'
  | 'removePackage'
  | 'packageApplications'
  | 'applyOptions'
  | 'startApplyFlow'
  | 'listApplyFlows'
  | 'confirmApplyFlow'
  | 'cancelApplyFlow'
  | 'listDrives'
  | 'startKit';

function live(station: Station, deviceId: string): LiveDevice {
  return station.registry.require(deviceId);
}

/** Which way to apply: from what the station knows of the device (its setup state, its storage, its build). */
export function applyOptionsFor(station: Station, deviceId: string): ApplyOptions {
  const d = live(station, deviceId);
  const v = d.view;
  const model = v.model === 'hololens1' || v.model === 'hololens2' ? v.model : null;
  const build = station.packages.buildOf(deviceId);
  // Whether setup is finished cannot be read over USB; the storage being open is the best hint.
  const deviceState = null;
  const documentsSupported = documentsPathSupported(v.model, build);
  const documentsNote =
    documentsSupported === false
      ? say('station-work:options.documentsTooOld', { build })
      : documentsSupported === null
        ? say('station-work:options.documentsUnknown')
        : say('station-work:options.documentsWorks');
  let suggested: ApplyOptions['suggested'] = 'oobe-mtp';
  let reason: string;
  if (v.storageState === 'available') {
    suggested = documentsSupported === false ? 'oobe-mtp' : 'documents-settings';
    reason = say('station-work:options.reasonFiles');
  } else {
    reason = say('station-work:options.reasonNoFiles');
  }
  return {
    deviceId,
    model,
    build,
    deviceState,
    suggested,
    reason,
    documentsSupported,
    documentsNote,
    simulated: v.source === 'sim',
  };
}

export function packageHandlers(station: Station): HandlerGroup<PackageCalls> {
  const svc = station.packages;
  const detail = (
    sha256: string,
    checkedFor: PackageDetail['checkedFor'],
    inspection = svc.library.inspection(sha256),
  ) => ({
    package: svc.library.get(sha256),
    inspection,
    checkedFor,
    applications: svc.applications.list({ sha256, limit: 50 }),
  });
  return {
    listPackages: () => Promise.resolve(svc.library.list()),
    importPackage: ({ path, notes }) => svc.library.import(path, { notes }),
    getPackage: ({ sha256 }) => Promise.resolve(detail(sha256, {})),
    recheckPackage: async ({ sha256, target, mdmPlanned }) => {
      const inspection = await svc.library.recheck(sha256, { target, mdmPlanned });
      const checkedFor: PackageDetail['checkedFor'] = {};
      if (target) checkedFor.target = target;
      if (mdmPlanned !== undefined) checkedFor.mdmPlanned = mdmPlanned;
      return detail(sha256, checkedFor, inspection);
    },
    updatePackageNotes: ({ sha256, notes }) => Promise.resolve(svc.library.updateNotes(sha256, notes)),
    removePackage: async ({ sha256 }) => ({ removed: await svc.library.remove(sha256) }),
    packageApplications: ({ sha256, deviceId }) => {
      if (!deviceId) return Promise.resolve(svc.applications.list({ sha256 }));
      const d = live(station, deviceId);
      const serial = serialNumberOf(d.view);
      return Promise.resolve(svc.applications.list({ sha256, deviceKey: d.ledgerKey, serial }));
    },
    applyOptions: ({ deviceId }) => Promise.resolve(applyOptionsFor(station, deviceId)),
    startApplyFlow: ({ deviceId, sha256, method }) => svc.flows.start(deviceId, sha256, method),
    listApplyFlows: () => Promise.resolve(svc.flows.list()),
    confirmApplyFlow: ({ flowId, result, note }) => Promise.resolve(svc.flows.confirm(flowId, result, note)),
    cancelApplyFlow: ({ flowId }) => svc.flows.cancel(flowId),
    listDrives: ({ sha256s }) => svc.listDrives(sha256s ?? []),
    startKit: ({ mountPath, sha256s }) => Promise.resolve(svc.startKit(mountPath, sha256s)),
  };
}
