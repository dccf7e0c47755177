import { create } from 'zustand';
import type { DeviceView, LedgerEventView } from '../../../src-main/shared/contract/devices.ts';
import type { FILE_JOB_KINDS, FileEntryView } from '../../../src-main/shared/contract/files.ts';
import type { JobView } from '../../../src-main/shared/contract/jobs.ts';
import { errorText, StationCallError } from '../api/client.ts';
import { stationPathFor } from '../api/files.ts';
import { station } from '../api/station.ts';
import { i18n } from '../i18n.ts';
import { parentOf } from '../views/device/remote-path.ts';
import { useJobs } from './jobs.ts';

export interface Notice {
  kind: 'ok' | 'error';
  title: string;
  message: string;
  /** The copy this notice announced; it goes once that copy ends (the Copies panel has the result). */
  jobId?: string;
}

export interface FilesState {
  deviceId: string | null;
  /** The folder shown; kept while the storage is hidden, so the page returns to it. */
  path: string;
  entries: FileEntryView[];
  /** Whether `entries` is the listing of `path` (false while hidden, unplugged or not loaded yet). */
  listed: boolean;
  /** The entry the keyboard is on. */
  active: number;
  loading: boolean;
  listError: Notice | null;
  /** What the last action started or why it could not. */
  notice: Notice | null;
  confirmDelete: FileEntryView | null;
  /** A file to send whose name is already in the folder: replace it or not. */
  confirmReplace: File | null;
  sending: boolean;
  history: LedgerEventView[];
  historyError: string | null;
  open: (deviceId: string, device?: DeviceView) => Promise<void>;
  browse: (path: string) => Promise<void>;
  up: () => Promise<void>;
  reload: () => Promise<void>;
  setActive: (index: number) => void;
  pull: (entry: FileEntryView) => Promise<void>;
  push: (file: File, replace?: boolean) => Promise<void>;
  cancelReplace: () => void;
  askDelete: (entry: FileEntryView | null) => void;
  deleteConfirmed: () => Promise<void>;
  loadHistory: () => Promise<void>;
  deviceChanged: (before: DeviceView | undefined, after: DeviceView) => void;
  jobChanged: (job: JobView) => void;
  reset: () => void;
}

const initial = {
  deviceId: null,
  path: '',
  entries: [] as FileEntryView[],
  listed: false,
  active: 0,
  loading: false,
  listError: null,
  notice: null,
  confirmDelete: null,
  confirmReplace: null,
  sending: false,
  history: [] as LedgerEventView[],
  historyError: null,
};

const PULL_KIND: (typeof FILE_JOB_KINDS)['pull'] = 'files.pull';
const asNotice = (error: unknown): Notice => ({ kind: 'error', ...errorText(error) });
const codeOf = (error: unknown) => (error instanceof StationCallError ? error.info.code : null);
const usable = (d: DeviceView | undefined) => d?.present === true && d.storageState === 'available';

// Answers to an older request (another folder, another device) are dropped.
let listSeq = 0;
let historySeq = 0;

export const useFiles = create<FilesState>()((set, get) => {
  const list = async (path: string, opts: { enterSingleStorage?: boolean; fallBack?: boolean } = {}) => {
    const deviceId = get().deviceId;
    if (!deviceId) return;
    const seq = ++listSeq;
    set({ loading: true, listError: null });
    try {
      const r = await station().call('listFolder', { deviceId, path });
      if (seq !== listSeq) return;
      const only = r.entries.length === 1 ? r.entries[0] : undefined;
      if (opts.enterSingleStorage && r.path === '' && only?.kind === 'storage') return await list(only.path);
      // Reading the same folder again keeps the keyboard on the same entry.
      const was = r.path === get().path ? get().entries[get().active]?.name : undefined;
      const active = Math.max(
        0,
        r.entries.findIndex((e) => e.name === was),
      );
      set({ path: r.path, entries: r.entries, listed: true, active, loading: false });
    } catch (error) {
      if (seq !== listSeq) return;
      // The folder went away while the device was locked or unplugged: start again from the top.
      if (opts.fallBack && path !== '' && codeOf(error) !== 'no-storage-yet') return await list('', opts);
      set({ loading: false, listed: false, entries: [], listError: asNotice(error) });
    }
  };
  const startJob = async (fn: () => Promise<JobView>) => {
    try {
      const job = await fn();
      // A small copy may be over before its answer arrives: then the Copies panel already has the result.
      if (useJobs.getState().byId[job.id]?.state !== 'running' && useJobs.getState().byId[job.id]) return;
      set({
        notice: {
          kind: 'ok',
          title: i18n.t('device:notice.started'),
          message: i18n.t('device:notice.startedText', { title: job.title }),
          jobId: job.id,
        },
      });
    } catch (error) {
      set({ notice: asNotice(error) });
    }
  };

  return {
    ...initial,
    open: async (deviceId, device) => {
      if (get().deviceId !== deviceId) {
        listSeq++;
        set({ ...initial, deviceId });
      }
      const s = get();
      const needsList = usable(device) && !s.listed && !s.loading;
      await Promise.all([
        s.loadHistory(),
        needsList ? list(s.path, { enterSingleStorage: s.path === '', fallBack: true }) : null,
      ]);
    },
    browse: (path) => list(path),
    up: () => (get().path === '' ? Promise.resolve() : list(parentOf(get().path))),
    reload: () => list(get().path, { enterSingleStorage: get().path === '', fallBack: true }),
    setActive: (index) => set((s) => ({ active: Math.max(0, Math.min(index, s.entries.length - 1)) })),
    pull: (entry) => {
      const deviceId = get().deviceId;
      if (!deviceId) return Promise.resolve();
      return startJob(() => station().call('pullFile', { deviceId, remotePath: entry.path }));
    },
    push: async (file, replace = false) => {
      const { deviceId, path, entries } = get();
      if (!deviceId || !path) return;
      const taken = entries.some((e) => e.kind === 'file' && e.name.toLowerCase() === file.name.toLowerCase());
      if (taken && !replace) return set({ confirmReplace: file, notice: null });
      set({ confirmReplace: null, sending: true, notice: null });
      try {
        const localPath = await stationPathFor(file);
        await startJob(() => station().call('pushFile', { deviceId, localPath, remoteFolder: path, replace }));
      } catch (error) {
        set({ notice: asNotice(error) });
      } finally {
        set({ sending: false });
      }
    },
    cancelReplace: () => set({ confirmReplace: null }),
    askDelete: (entry) => set({ confirmDelete: entry, notice: null }),
    deleteConfirmed: async () => {
      const { deviceId, confirmDelete: entry } = get();
      if (!deviceId || !entry) return;
      set({ confirmDelete: null });
      try {
        await station().call('deleteFile', { deviceId, path: entry.path });
        set({
          notice: {
            kind: 'ok',
            title: i18n.t('device:notice.deleted'),
            message: i18n.t('device:notice.deletedText', { name: entry.name }),
          },
        });
      } catch (error) {
        set({ notice: asNotice(error) });
      }
      await Promise.all([get().reload(), get().loadHistory()]);
    },
    loadHistory: async () => {
      const deviceId = get().deviceId;
      if (!deviceId) return;
      const seq = ++historySeq;
      try {
        const history = await station().call('deviceHistory', { deviceId });
        if (seq === historySeq) set({ history, historyError: null });
      } catch (error) {
        if (seq === historySeq) set({ historyError: errorText(error).message });
      }
    },
    deviceChanged: (before, after) => {
      if (after.id !== get().deviceId) return;
      if (before?.present !== after.present || before?.storageState !== after.storageState) void get().loadHistory();
      if (usable(after) && !usable(before)) void get().reload();
      else if (!usable(after) && usable(before)) {
        listSeq++;
        set({ listed: false, entries: [], loading: false, listError: null, confirmDelete: null });
      }
    },
    jobChanged: (job) => {
      const s = get();
      if (job.deviceId !== s.deviceId || job.state === 'running') return;
      if (s.notice?.jobId === job.id) set({ notice: null });
      void s.loadHistory();
      // A copy to this PC changes nothing on the device; anything else may have.
      if (job.state === 'done' && s.listed && job.kind !== PULL_KIND) void s.reload();
    },
    reset: () => {
      listSeq++;
      historySeq++;
      set(initial);
    },
  };
});
