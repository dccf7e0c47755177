import { i18n } from '../i18n.ts';
import { create } from 'zustand';
import type {
  BatchBoardView,
  BatchCardView,
  CallInput,
  ManifestView,
  ProfileView,
  ResumableBatch,
  SavedFile,
  ScannerView,
  ScanSeen,
} from '../../../src-main/shared/contract/index.ts';
import { errorText } from '../api/client.ts';
import { station } from '../api/station.ts';

/** The last device that started needing the tech: the board plays its sound and flashes that card once. */
export interface TechCue {
  serial: string;
  portPath: string;
  title: string;
  seq: number;
}

export interface BatchStore {
  board: BatchBoardView | null;
  resumable: ResumableBatch | null;
  scanner: ScannerView;
  scans: ScanSeen[];
  profiles: ProfileView[];
  profileProblems: { file: string; message: string }[];
  manifest: ManifestView | null;
  serialPorts: { path: string; manufacturer: string | null }[];
  serialPortsError: string | null;
  cue: TechCue | null;
  /** What each device was last cued for ("step|title"): one cue per transition, not per re-check. */
  cued: Record<string, string>;
  announcement: string;
  /** Show the setup panel even though a finished or stopped board is there. */
  setupOpen: boolean;
  busy: boolean;
  error: string | null;
  reports: (SavedFile & { format: string })[];
  ledgerExport: { folder: string; files: SavedFile[] } | null;
  /** Reports and exports take training (simulated devices) only when asked; how many the last one left out. */
  includeTraining: boolean;
  trainingLeftOut: number;
  setIncludeTraining: (include: boolean) => void;
  load: () => Promise<void>;
  /** Reads the board and the resume offer quietly (the app's start; a failure shows nothing). */
  refresh: () => Promise<void>;
  loadProfiles: () => Promise<void>;
  importProfile: (path: string) => Promise<void>;
  importManifest: (path: string) => Promise<void>;
  clearManifest: () => void;
  start: (input: CallInput<'batchStart'>) => Promise<void>;
  resume: (batchId: number, simTech?: boolean) => Promise<void>;
  closeResumable: (batchId: number) => Promise<void>;
  stop: () => Promise<void>;
  finish: () => Promise<void>;
  openSetup: () => void;
  deviceCall: (
    call: 'batchConfirm' | 'batchRetry' | 'batchOverride' | 'batchSimulateTech',
    serial: string,
  ) => Promise<void>;
  scan: (text: string) => Promise<void>;
  listSerialPorts: () => Promise<void>;
  startScanner: (path: string, baudRate: number) => Promise<void>;
  stopScanner: () => Promise<void>;
  report: (format: 'csv' | 'html') => Promise<void>;
  exportLedger: (format: 'json' | 'csv') => Promise<void>;
  applyBoard: (board: BatchBoardView) => void;
  needsTech: (card: BatchCardView & { batchId: number }) => void;
  applyScanner: (view: ScannerView) => void;
  applyScan: (scan: ScanSeen) => void;
  reset: () => void;
}

const initial = {
  board: null,
  resumable: null,
  scanner: { state: 'off' as const, path: null, baudRate: 9600, detail: '' },
  scans: [],
  profiles: [],
  profileProblems: [],
  manifest: null,
  serialPorts: [],
  serialPortsError: null,
  cue: null,
  cued: {},
  announcement: '',
  setupOpen: false,
  busy: false,
  error: null,
  reports: [],
  ledgerExport: null,
  includeTraining: false,
  trainingLeftOut: 0,
};

const cueKey = (c: BatchCardView) => `${c.currentStep?.index ?? -1}|${c.nextAction?.title ?? ''}`;

export const useBatch = create<BatchStore>()((set, get) => {
  /** Runs a call with the busy flag and shows its error; returns undefined when it failed. */
  const attempt = async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
    set({ busy: true, error: null });
    try {
      return await fn();
    } catch (error) {
      const e = errorText(error);
      set({ error: `${e.title}. ${e.message}` });
      return undefined;
    } finally {
      set({ busy: false });
    }
  };
  const refreshState = async () => {
    const s = await station().call('batchState', {});
    set({ board: s.board, resumable: s.resumable, scanner: s.scanner, scans: s.scans });
  };
  return {
    ...initial,
    load: async () => {
      await attempt(async () => {
        await refreshState();
        const p = await station().call('batchProfiles', {});
        set({ profiles: p.profiles, profileProblems: p.problems });
      });
    },
    refresh: async () => {
      try {
        await refreshState();
      } catch {
        // The batch page loads again, with its errors shown, when the tech opens it.
      }
    },
    loadProfiles: async () => {
      await attempt(async () => {
        const p = await station().call('batchProfiles', {});
        set({ profiles: p.profiles, profileProblems: p.problems });
      });
    },
    importProfile: async (path) => {
      const added = await attempt(() => station().call('batchImportProfile', { path }));
      if (added) await get().loadProfiles();
    },
    importManifest: async (path) => {
      const manifest = await attempt(() => station().call('batchImportManifest', { path }));
      if (manifest) set({ manifest });
    },
    clearManifest: () => set({ manifest: null }),
    start: async (input) => {
      const board = await attempt(() => station().call('batchStart', input));
      if (board) set({ board, setupOpen: false, cued: {}, cue: null, reports: [], resumable: null });
    },
    resume: async (batchId, simTech) => {
      const board = await attempt(() => station().call('batchResume', { batchId, simTech: simTech ?? false }));
      if (board) set({ board, setupOpen: false, cued: {}, cue: null, reports: [], resumable: null });
    },
    closeResumable: async (batchId) => {
      const done = await attempt(() => station().call('batchFinish', { batchId }));
      if (done) await attempt(refreshState);
    },
    stop: async () => {
      const r = await attempt(() => station().call('batchStop', {}));
      if (r?.board) set({ board: r.board });
    },
    finish: async () => {
      const done = await attempt(() => station().call('batchFinish', {}));
      if (done) await attempt(refreshState);
    },
    openSetup: () => set({ setupOpen: true, error: null }),
    deviceCall: async (call, serial) => {
      const r = await attempt(() => station().call(call, { serial }));
      if (r && !r.ok) set({ error: i18n.t('batch:store.notWaiting') });
    },
    scan: async (text) => {
      await attempt(() => station().call('batchScan', { text }));
    },
    listSerialPorts: async () => {
      const r = await attempt(() => station().call('scannerPorts', {}));
      if (r) set({ serialPorts: r.ports, serialPortsError: r.error });
    },
    startScanner: async (path, baudRate) => {
      const view = await attempt(() => station().call('scannerStart', { path, baudRate }));
      if (view) set({ scanner: view });
    },
    stopScanner: async () => {
      const view = await attempt(() => station().call('scannerStop', {}));
      if (view) set({ scanner: view });
    },
    setIncludeTraining: (includeTraining) => set({ includeTraining }),
    report: async (format) => {
      const batchId = get().board?.batchId;
      const includeTraining = get().includeTraining;
      const saved = await attempt(() =>
        station().call('batchReport', batchId ? { batchId, format, includeTraining } : { format, includeTraining }),
      );
      if (saved) {
        set({
          reports: [{ ...saved, format }, ...get().reports.filter((r) => r.path !== saved.path)],
          trainingLeftOut: saved.trainingLeftOut,
        });
      }
    },
    exportLedger: async (format) => {
      const r = await attempt(() => station().call('ledgerExport', { format, includeTraining: get().includeTraining }));
      if (r) set({ ledgerExport: r, trainingLeftOut: r.trainingLeftOut });
    },
    applyBoard: (board) => {
      const cued = { ...get().cued };
      for (const c of board.cards) if (c.state !== 'needs-tech' && c.state !== 'working') delete cued[c.serial];
      set({ board, cued });
    },
    needsTech: (card) => {
      const { board, cued, cue } = get();
      if (board && board.batchId !== card.batchId) return;
      const key = cueKey(card);
      if (cued[card.serial] === key) return;
      const title = card.nextAction?.title ?? i18n.t('batch:state.needs-tech');
      set({
        cued: { ...cued, [card.serial]: key },
        cue: { serial: card.serial, portPath: card.portPath, title, seq: (cue?.seq ?? 0) + 1 },
        announcement: i18n.t('batch:board.announce', { port: card.portPath, device: card.name ?? card.serial, title }),
      });
    },
    applyScanner: (scanner) => set({ scanner }),
    applyScan: (scan) => set({ scans: [scan, ...get().scans].slice(0, 30) }),
    reset: () => set(initial),
  };
});
