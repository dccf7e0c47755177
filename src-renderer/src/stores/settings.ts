import { create } from 'zustand';
import type { StationSettings } from '../../../src-main/shared/contract/settings.ts';
import { errorText } from '../api/client.ts';
import { station } from '../api/station.ts';

export interface SettingsState {
  settings: StationSettings;
  error: string | null;
  load: () => Promise<void>;
  set: (settings: StationSettings) => void;
  update: (patch: Partial<StationSettings>) => Promise<void>;
  reset: () => void;
}

const initial = {
  settings: { technician: '', sound: true, takeOverDevices: false, language: 'auto' as const },
  error: null,
};

export const useSettings = create<SettingsState>()((set) => ({
  ...initial,
  load: async () => {
    try {
      set({ settings: await station().call('getSettings', {}) });
    } catch (error) {
      set({ error: errorText(error).message });
    }
  },
  set: (settings) => set({ settings }),
  update: async (patch) => {
    try {
      set({ settings: await station().call('updateSettings', patch), error: null });
    } catch (error) {
      set({ error: errorText(error).message });
    }
  },
  reset: () => set(initial),
}));
