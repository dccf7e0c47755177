import type { Station } from '../station.ts';
import { uploadView } from '../autopilot/views.ts';
import type { HandlerGroup } from './types.ts';

type AutopilotCalls =
  | 'autopilotHarvest'
  | 'autopilotHarvests'
  | 'autopilotExportCsv'
  | 'autopilotUploadSettings'
  | 'autopilotSaveUploadSettings'
  | 'autopilotSignIn'
  | 'autopilotCancelSignIn'
  | 'autopilotSignOut'
  | 'autopilotUpload'
  | 'autopilotUploads'
  | 'autopilotStatus'
  | 'autopilotCheckOnline';

/** Autopilot as station calls. The harvest and the upload are jobs; their progress comes as jobChanged events. */
export function autopilotHandlers(station: Station): HandlerGroup<AutopilotCalls> {
  const ap = station.autopilot;
  return {
    autopilotHarvest: ({ deviceId, timeoutSeconds }) =>
      Promise.resolve(
        ap.startHarvest(deviceId, timeoutSeconds === undefined ? {} : { timeoutMs: timeoutSeconds * 1000 }).view,
      ),
    autopilotHarvests: () => Promise.resolve(ap.harvests()),
    autopilotExportCsv: (input) => ap.exportCsv(input),
    autopilotUploadSettings: () => Promise.resolve(ap.uploads.settings()),
    autopilotSaveUploadSettings: (patch) => Promise.resolve(ap.uploads.saveSettings(patch)),
    autopilotSignIn: () => {
      ap.uploads.signIn();
      return Promise.resolve(ap.status());
    },
    autopilotCancelSignIn: () => {
      ap.uploads.cancelSignIn();
      return Promise.resolve(ap.status());
    },
    autopilotSignOut: async () => {
      await ap.uploads.signOut();
      return ap.status();
    },
    autopilotUpload: async (input) => (await ap.uploads.upload(input)).result,
    autopilotUploads: () => Promise.resolve(ap.store.listUploads().map(uploadView)),
    autopilotStatus: () => Promise.resolve(ap.status()),
    autopilotCheckOnline: async () => {
      await ap.uploads.checkOnline();
      return ap.status();
    },
  };
}
