import { create } from 'zustand';
import type { SimAction, SimDeviceView, SimPreset } from '../../../src-main/shared/contract/sim.ts';
import { errorText } from '../api/client.ts';
import { station } from '../api/station.ts';

export interface SimState {
  enabled: boolean;
  presets: SimPreset[];
  devices: SimDeviceView[];
  error: string | null;
  load: () => Promise<void>;
  setDevices: (devices: SimDeviceView[]) => void;
  enable: (enabled: boolean) => Promise<void>;
  plug: (preset: SimPreset) => Promise<void>;
  unplug: (simId: string) => Promise<void>;
  replug: (simId: string) => Promise<void>;
  act: (simId: string, action: SimAction) => Promise<void>;
  reset: () => void;
}

const initial = { enabled: false, presets: [] as SimPreset[], devices: [] as SimDeviceView[], error: null };

export const useSim = create<SimState>()((set) => {
  const attempt = async (fn: () => Promise<unknown>) => {
    try {
      set({ error: null });
      await fn();
    } catch (error) {
      set({ error: errorText(error).message });
    }
  };
  return {
    ...initial,
    load: () =>
      attempt(async () => {
        const s = await station().call('simStatus', {});
        set({ enabled: s.enabled, presets: s.presets, devices: s.devices });
      }),
    setDevices: (devices) => set({ devices }),
    enable: (enabled) =>
      attempt(async () => {
        const r = await station().call('simEnable', { enabled });
        const s = await station().call('simStatus', {});
        set({ enabled: r.enabled, presets: s.presets, devices: s.devices });
      }),
    plug: (preset) => attempt(() => station().call('simPlug', { preset })),
    unplug: (simId) => attempt(() => station().call('simUnplug', { simId })),
    replug: (simId) => attempt(() => station().call('simReplug', { simId })),
    act: (simId, action) => attempt(() => station().call('simAction', { simId, action })),
    reset: () => set(initial),
  };
});
