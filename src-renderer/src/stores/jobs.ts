import { create } from 'zustand';
import type { JobView } from '../../../src-main/shared/contract/jobs.ts';
import { errorText } from '../api/client.ts';
import { station } from '../api/station.ts';

export interface JobsState {
  byId: Record<string, JobView>;
  /** Finished jobs the technician cleared from view (they stay in the station's list). */
  cleared: Record<string, true>;
  error: string | null;
  load: () => Promise<void>;
  apply: (job: JobView) => void;
  cancel: (jobId: string) => Promise<void>;
  clearFinished: (deviceId: string | null) => void;
  reset: () => void;
}

const initial = { byId: {}, cleared: {}, error: null };

export const useJobs = create<JobsState>()((set) => ({
  ...initial,
  load: async () => {
    try {
      const jobs = await station().call('listJobs', {});
      // An event that arrived while the list was on its way is newer than the list.
      set((s) => ({ byId: { ...Object.fromEntries(jobs.map((j) => [j.id, j])), ...s.byId }, error: null }));
    } catch (error) {
      set({ error: errorText(error).message });
    }
  },
  apply: (job) =>
    set((s) => {
      const known = s.byId[job.id];
      // A late progress event never turns a finished job back into a running one.
      if (known && known.state !== 'running' && job.state === 'running') return s;
      return { byId: { ...s.byId, [job.id]: job } };
    }),
  cancel: async (jobId) => {
    try {
      await station().call('cancelJob', { jobId });
      set({ error: null });
    } catch (error) {
      set({ error: errorText(error).message });
    }
  },
  clearFinished: (deviceId) =>
    set((s) => {
      const cleared = { ...s.cleared };
      for (const j of Object.values(s.byId)) if (j.deviceId === deviceId && j.state !== 'running') cleared[j.id] = true;
      return { cleared };
    }),
  reset: () => set(initial),
}));

/** A device's jobs still in view, newest first. */
export function jobsOfDevice(s: Pick<JobsState, 'byId' | 'cleared'>, deviceId: string | null): JobView[] {
  return Object.values(s.byId)
    .filter((j) => j.deviceId === deviceId && !s.cleared[j.id])
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt) || a.id.localeCompare(b.id));
}
