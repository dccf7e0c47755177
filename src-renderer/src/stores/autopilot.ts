import { create } from 'zustand';
import type {
  AutopilotStatus,
  CsvExportResult,
  HarvestView,
  UploadSettings,
  UploadStartResult,
  UploadView,
} from '../../../src-main/shared/contract/autopilot.ts';
import { errorText } from '../api/client.ts';
import { station } from '../api/station.ts';

/** Group tag and assigned user for one device, when it differs from the batch. */
export interface DeviceValues {
  groupTag: string;
  assignedUser: string;
}

export interface AutopilotState {
  harvests: HarvestView[];
  uploads: UploadView[];
  status: AutopilotStatus | null;
  settings: UploadSettings | null;
  /** The harvest job the view follows, and its device. */
  harvestJobId: string | null;
  harvestDeviceId: string | null;
  /** Serials ticked in the table: export and upload use these, or every device when none is ticked. */
  selected: Record<string, true>;
  groupTag: string;
  assignedUser: string;
  perDevice: Record<string, DeviceValues>;
  /** Put training harvests (simulated devices) in the CSV too; off by default. */
  includeTraining: boolean;
  setIncludeTraining: (on: boolean) => void;
  exported: CsvExportResult | null;
  uploadStart: UploadStartResult | null;
  busy: 'export' | 'upload' | 'settings' | 'sign-in' | null;
  /** Errors by panel, so each is shown where it happened. */
  errors: { harvest: string | null; export: string | null; upload: string | null; list: string | null };
  load: () => Promise<void>;
  refresh: () => Promise<void>;
  applyStatus: (status: AutopilotStatus) => void;
  startHarvest: (deviceId: string) => Promise<void>;
  forgetHarvest: () => void;
  toggle: (serial: string) => void;
  setBatchValues: (values: Partial<DeviceValues>) => void;
  setDeviceValues: (serial: string, values: Partial<DeviceValues>) => void;
  exportCsv: () => Promise<void>;
  saveSettings: (patch: Partial<UploadSettings>) => Promise<void>;
  signIn: () => Promise<void>;
  cancelSignIn: () => Promise<void>;
  signOut: () => Promise<void>;
  upload: () => Promise<void>;
  checkOnline: () => Promise<void>;
  reset: () => void;
}

const noErrors = { harvest: null, export: null, upload: null, list: null };
const initial = {
  harvests: [] as HarvestView[],
  uploads: [] as UploadView[],
  status: null,
  settings: null,
  harvestJobId: null,
  harvestDeviceId: null,
  selected: {},
  groupTag: '',
  assignedUser: '',
  perDevice: {},
  includeTraining: false,
  exported: null,
  uploadStart: null,
  busy: null,
  errors: noErrors,
};

/** The serials export and upload work on: the ticked ones, or undefined for all. */
export function chosenSerials(s: Pick<AutopilotState, 'selected'>): string[] | undefined {
  const serials = Object.keys(s.selected);
  return serials.length > 0 ? serials : undefined;
}

/**
 * The harvests an export or upload would take: the ticked ones (or all), without training harvests from
 * simulated devices unless `withTraining` (an upload never takes them: the station refuses them).
 */
export function chosenHarvests(s: Pick<AutopilotState, 'selected' | 'harvests'>, withTraining = false): HarvestView[] {
  const ticked = chosenSerials(s);
  return s.harvests.filter((h) => (!ticked || s.selected[h.serialNumber]) && (withTraining || !h.simulated));
}

/** The latest harvest of a device on the bench: by the device it came from, else by its serial. */
export function harvestOfDevice(
  harvests: readonly HarvestView[],
  device: { id: string; serialNumber: string | null; mtpInfo: { serialNumber: string } | null },
): HarvestView | undefined {
  const serial = (device.mtpInfo?.serialNumber || device.serialNumber || '').toUpperCase();
  return (
    harvests.find((h) => h.deviceId === device.id) ??
    (serial ? harvests.find((h) => h.serialNumber.toUpperCase() === serial) : undefined)
  );
}

export const useAutopilot = create<AutopilotState>()((set, get) => {
  const fail = (panel: keyof AutopilotState['errors'], error: unknown) =>
    set((s) => ({ errors: { ...s.errors, [panel]: errorText(error).message }, busy: null }));
  const clear = (panel: keyof AutopilotState['errors']) => set((s) => ({ errors: { ...s.errors, [panel]: null } }));
  return {
    ...initial,
    load: async () => {
      try {
        const [harvests, uploads, status] = await Promise.all([
          station().call('autopilotHarvests', {}),
          station().call('autopilotUploads', {}),
          station().call('autopilotStatus', {}),
        ]);
        const known = get().status;
        set({ harvests, uploads, ...(known && status.seq < known.seq ? {} : { status }) });
        clear('list');
      } catch (error) {
        fail('list', error);
      }
    },
    refresh: async () => {
      try {
        const [harvests, uploads] = await Promise.all([
          station().call('autopilotHarvests', {}),
          station().call('autopilotUploads', {}),
        ]);
        set({ harvests, uploads });
      } catch (error) {
        fail('list', error);
      }
    },
    applyStatus: (status) => {
      const known = get().status;
      // Answers and events race: never go back to an older status.
      if (known && status.seq < known.seq) return;
      set({ status });
      if (known?.revision !== status.revision) void get().refresh();
    },
    startHarvest: async (deviceId) => {
      clear('harvest');
      set({ harvestDeviceId: deviceId, harvestJobId: null });
      try {
        const job = await station().call('autopilotHarvest', { deviceId });
        set({ harvestJobId: job.id });
      } catch (error) {
        fail('harvest', error);
      }
    },
    forgetHarvest: () => set({ harvestJobId: null, errors: { ...get().errors, harvest: null } }),
    toggle: (serial) =>
      set((s) => {
        const selected = { ...s.selected };
        if (selected[serial]) delete selected[serial];
        else selected[serial] = true;
        return { selected };
      }),
    setBatchValues: (values) => set(values),
    setIncludeTraining: (includeTraining) => set({ includeTraining }),
    setDeviceValues: (serial, values) =>
      set((s) => {
        const was = s.perDevice[serial] ?? { groupTag: '', assignedUser: '' };
        return { perDevice: { ...s.perDevice, [serial]: { ...was, ...values } } };
      }),
    exportCsv: async () => {
      const s = get();
      set({ busy: 'export', exported: null });
      clear('export');
      try {
        const perDevice = Object.entries(s.perDevice)
          .filter(([, v]) => v.groupTag.trim() || v.assignedUser.trim())
          .map(([serialNumber, v]) => ({
            serialNumber,
            groupTag: v.groupTag.trim() || undefined,
            assignedUser: v.assignedUser.trim() || undefined,
          }));
        const exported = await station().call('autopilotExportCsv', {
          serialNumbers: chosenSerials(s),
          groupTag: s.groupTag.trim() || undefined,
          assignedUser: s.assignedUser.trim() || undefined,
          perDevice,
          includeTraining: s.includeTraining,
        });
        set({ exported, busy: null });
      } catch (error) {
        fail('export', error);
      }
    },
    saveSettings: async (patch) => {
      set({ busy: 'settings' });
      clear('upload');
      try {
        set({ settings: await station().call('autopilotSaveUploadSettings', patch), busy: null });
      } catch (error) {
        fail('upload', error);
      }
    },
    signIn: async () => {
      clear('upload');
      try {
        get().applyStatus(await station().call('autopilotSignIn', {}));
      } catch (error) {
        fail('upload', error);
      }
    },
    cancelSignIn: async () => {
      try {
        get().applyStatus(await station().call('autopilotCancelSignIn', {}));
      } catch (error) {
        fail('upload', error);
      }
    },
    signOut: async () => {
      try {
        get().applyStatus(await station().call('autopilotSignOut', {}));
      } catch (error) {
        fail('upload', error);
      }
    },
    upload: async () => {
      const s = get();
      set({ busy: 'upload', uploadStart: null });
      clear('upload');
      try {
        const uploadStart = await station().call('autopilotUpload', {
          serialNumbers: chosenSerials(s),
          groupTag: s.groupTag.trim() || undefined,
          assignedUser: s.assignedUser.trim() || undefined,
        });
        set({ uploadStart, busy: null });
      } catch (error) {
        fail('upload', error);
      }
    },
    checkOnline: async () => {
      try {
        get().applyStatus(await station().call('autopilotCheckOnline', {}));
      } catch (error) {
        fail('upload', error);
      }
    },
    reset: () => set(initial),
  };
});

/** Loads the upload settings once the Autopilot view opens (the bench does not need them). */
export async function loadUploadSettings(): Promise<void> {
  try {
    useAutopilot.setState({ settings: await station().call('autopilotUploadSettings', {}) });
  } catch (error) {
    useAutopilot.setState((s) => ({ errors: { ...s.errors, upload: errorText(error).message } }));
  }
}
