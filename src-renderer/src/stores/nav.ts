import { create } from 'zustand';

const ALL_VIEWS = [
  { id: 'bench', label: 'Bench' },
  { id: 'enroll', label: 'Enroll' },
  { id: 'recovery', label: 'Recovery' },
  { id: 'help', label: 'Troubleshooting' },
  { id: 'batch', label: 'Batch' },
  { id: 'autopilot', label: 'Autopilot' },
  { id: 'packages', label: 'Packages' },
  { id: 'doctor', label: 'Doctor' },
  // One device's page (files and history): opened from its card, so it has no tab of its own.
  { id: 'device', label: 'Device', hidden: true, tabOf: 'bench' },
] as const;
export type ViewId = (typeof ALL_VIEWS)[number]['id'];

export interface ViewEntry {
  id: ViewId;
  label: string;
  /** Not a top tab: a page reached from inside another view (it needs a device, say). */
  hidden?: boolean;
  /** The tab shown as current while this hidden view is open. */
  tabOf?: ViewId;
}
export const VIEWS: readonly ViewEntry[] = ALL_VIEWS;

export interface NavState {
  view: ViewId;
  deviceId: string | null;
  go: (view: ViewId, deviceId?: string | null) => void;
  reset: () => void;
}

export const useNav = create<NavState>()((set) => ({
  view: 'bench',
  deviceId: null,
  go: (view, deviceId = null) => set({ view, deviceId }),
  reset: () => set({ view: 'bench', deviceId: null }),
}));
