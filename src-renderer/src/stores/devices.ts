import { create } from 'zustand';
import type { BusState, DeviceView } from '../../../src-main/shared/contract/devices.ts';
import { errorText } from '../api/client.ts';
import { station } from '../api/station.ts';

export interface DevicesState {
  byId: Record<string, DeviceView>;
  bus: BusState | null;
  loaded: boolean;
  loadError: string | null;
  load: () => Promise<void>;
  applyDevice: (view: DeviceView) => void;
  setBus: (bus: BusState) => void;
  /** Removes unplugged cards from the view (they stay in the ledger). */
  clearGone: () => void;
  reset: () => void;
}

const initial = { byId: {}, bus: null, loaded: false, loadError: null };

export const useDevices = create<DevicesState>()((set) => ({
  ...initial,
  async load() {
    try {
      const [devices, bus] = await Promise.all([station().call('listDevices', {}), station().call('busState', {})]);
      set((s) => ({ byId: { ...Object.fromEntries(devices.map((d) => [d.id, d])), ...s.byId }, bus, loaded: true }));
    } catch (error) {
      set({ loadError: errorText(error).message, loaded: true });
    }
  },
  applyDevice(view) {
    set((s) => ({ byId: { ...s.byId, [view.id]: view } }));
  },
  setBus(bus) {
    set({ bus });
  },
  clearGone() {
    set((s) => ({ byId: Object.fromEntries(Object.entries(s.byId).filter(([, d]) => d.present)) }));
  },
  reset() {
    set(initial);
  },
}));

/** Cards in bench order: present devices by port, then the unplugged ones. */
/**
 * By port, so every card keeps its place: an unplugged device stays where it was and nothing else moves. On one
 * port, the device there now comes before the one that left it.
 */
export function sortedDevices(byId: Record<string, DeviceView>): DeviceView[] {
  return Object.values(byId).sort(
    (a, b) =>
      a.portPath.localeCompare(b.portPath, 'en', { numeric: true }) ||
      Number(b.present) - Number(a.present) ||
      a.id.localeCompare(b.id),
  );
}
