import { create } from 'zustand';
import type { SpokenLanguage, StationSettings } from '../../../src-main/shared/contract/settings.ts';
import { errorText } from '../api/client.ts';
import { station } from '../api/station.ts';

export interface SettingsState {
  settings: StationSettings;
  /** The language the station speaks, as it reported it; the screens show this one. Null until it answered. */
  spoken: SpokenLanguage | null;
  error: string | null;
  load: () => Promise<void>;
  set: (settings: StationSettings) => void;
  setSpoken: (spoken: SpokenLanguage) => void;
  update: (patch: Partial<StationSettings>) => Promise<void>;
  reset: () => void;
}

const initial = {
  settings: { technician: '', sound: true, takeOverDevices: false, language: 'auto' as const },
  spoken: null,
  error: null,
};

export const useSettings = create<SettingsState>()((set) => ({
  ...initial,
  load: async () => {
    try {
      const [settings, spoken] = await Promise.all([
        station().call('getSettings', {}),
        station().call('spokenLanguage', {}),
      ]);
      set({ settings, spoken });
    } catch (error) {
      set({ error: errorText(error).message });
    }
  },
  set: (settings) => set({ settings }),
  setSpoken: (spoken) => set({ spoken }),
  update: async (patch) => {
    try {
      set({ settings: await station().call('updateSettings', patch), error: null });
    } catch (error) {
      set({ error: errorText(error).message });
    }
  },
  reset: () => set(initial),
}));
