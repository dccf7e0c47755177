import { create } from 'zustand';
import type { DoctorReport } from '../../../src-main/shared/contract/doctor.ts';
import { errorText } from '../api/client.ts';
import { station } from '../api/station.ts';

export interface DoctorState {
  report: DoctorReport | null;
  busy: boolean;
  error: string | null;
  check: () => Promise<void>;
  reset: () => void;
}

const initial = { report: null, busy: false, error: null };

export const useDoctor = create<DoctorState>()((set) => ({
  ...initial,
  check: async () => {
    set({ busy: true, error: null });
    try {
      set({ report: await station().call('doctorReport', {}), busy: false });
    } catch (error) {
      set({ error: errorText(error).message, busy: false });
    }
  },
  reset: () => set(initial),
}));
