import { create } from 'zustand';
import type { CleanupPurpose, CleanupReportView, IntuneStatusView } from '../../../src-main/shared/contract/intune.ts';
import { errorText } from '../api/client.ts';
import { station } from '../api/station.ts';
import { useJobs } from './jobs.ts';

/**
 * Intune on the bench: each serial's status as last read (only on request: every read goes to Graph), and the one
 * clean-up the technician has open, with the confirmations ticked so far. A status read offline comes back as
 * "unknown (offline)" from the station; an older answer is replaced, never shown as current.
 */

export interface SerialLookup {
  view: IntuneStatusView | null;
  busy: boolean;
  error: string | null;
}

export interface OpenCleanup {
  serial: string;
  purpose: CleanupPurpose;
  report: CleanupReportView | null;
  ticked: Record<string, boolean>;
  busy: boolean;
  error: string | null;
}

export interface IntuneState {
  bySerial: Record<string, SerialLookup>;
  cleanup: OpenCleanup | null;
  /** The wizard's "confirm in Intune" job per device, and why it could not start. */
  confirmJob: Record<string, { jobId: string | null; error: string | null }>;
  confirmEnrollment: (deviceId: string, compliant: boolean) => Promise<void>;
  tagResult: Record<string, { busy: boolean; message: string | null }>;
  tag: (serial: string, groupTag: string, assignedUser: string) => Promise<void>;
  check: (serial: string) => Promise<void>;
  plan: (serial: string, purpose: CleanupPurpose) => Promise<void>;
  tick: (id: string, on: boolean) => void;
  run: () => Promise<void>;
  close: () => void;
  reset: () => void;
}

const initial = {
  bySerial: {} as Record<string, SerialLookup>,
  cleanup: null,
  confirmJob: {} as Record<string, { jobId: string | null; error: string | null }>,
  tagResult: {} as Record<string, { busy: boolean; message: string | null }>,
};

export const useIntune = create<IntuneState>()((set, get) => ({
  ...initial,
  confirmEnrollment: async (deviceId, compliant) => {
    try {
      const job = await station().call('intuneConfirmEnrollment', { deviceId, compliant });
      useJobs.getState().apply(job);
      set((s) => ({ confirmJob: { ...s.confirmJob, [deviceId]: { jobId: job.id, error: null } } }));
    } catch (error) {
      set((s) => ({ confirmJob: { ...s.confirmJob, [deviceId]: { jobId: null, error: errorText(error).message } } }));
    }
  },
  tag: async (serial, groupTag, assignedUser) => {
    const put = (v: { busy: boolean; message: string | null }) =>
      set((s) => ({ tagResult: { ...s.tagResult, [serial]: v } }));
    put({ busy: true, message: null });
    try {
      const r = await station().call('intuneTag', { serial, groupTag, assignedUser });
      put({ busy: false, message: r.message });
    } catch (error) {
      put({ busy: false, message: errorText(error).message });
    }
  },
  check: async (serial) => {
    const put = (patch: Partial<SerialLookup>) =>
      set((s) => ({
        bySerial: {
          ...s.bySerial,
          [serial]: { view: null, busy: false, error: null, ...s.bySerial[serial], ...patch },
        },
      }));
    // The old answer goes at once: while Graph is asked, nothing stale is on screen.
    put({ busy: true, error: null, view: null });
    try {
      const [view] = await station().call('intuneStatus', { serials: [serial] });
      put({ busy: false, view: view ?? null });
    } catch (error) {
      put({ busy: false, error: errorText(error).message });
    }
  },
  plan: async (serial, purpose) => {
    set({ cleanup: { serial, purpose, report: null, ticked: {}, busy: true, error: null } });
    try {
      const report = await station().call('intuneCleanup', { serial, purpose, mode: 'plan', confirmations: [] });
      set((s) => (s.cleanup?.serial === serial ? { cleanup: { ...s.cleanup, report, busy: false } } : s));
    } catch (error) {
      set((s) => (s.cleanup ? { cleanup: { ...s.cleanup, busy: false, error: errorText(error).message } } : s));
    }
  },
  tick: (id, on) =>
    set((s) => (s.cleanup ? { cleanup: { ...s.cleanup, ticked: { ...s.cleanup.ticked, [id]: on } } } : s)),
  run: async () => {
    const c = get().cleanup;
    if (!c) return;
    set({ cleanup: { ...c, busy: true, error: null } });
    try {
      const confirmations = Object.entries(c.ticked)
        .filter(([, on]) => on)
        .map(([id]) => id);
      const report = await station().call('intuneCleanup', {
        serial: c.serial,
        purpose: c.purpose,
        mode: 'run',
        confirmations,
      });
      set((s) => (s.cleanup ? { cleanup: { ...s.cleanup, report, busy: false } } : s));
    } catch (error) {
      set((s) => (s.cleanup ? { cleanup: { ...s.cleanup, busy: false, error: errorText(error).message } } : s));
    }
  },
  close: () => set({ cleanup: null }),
  reset: () => set(initial),
}));
