import { create } from 'zustand';

const ALL_VIEWS = [
  { id: 'bench', label: 'tab.bench' },
  { id: 'enroll', label: 'tab.enroll' },
  { id: 'recovery', label: 'tab.recovery' },
  { id: 'help', label: 'tab.help' },
  { id: 'batch', label: 'tab.batch' },
  { id: 'autopilot', label: 'tab.autopilot' },
  { id: 'packages', label: 'tab.packages' },
  { id: 'doctor', label: 'tab.doctor' },
  // One device's page (files and history): opened from its card, so it has no tab of its own.
  { id: 'device', label: 'tab.device', hidden: true, tabOf: 'bench' },
] as const;
export type ViewId = (typeof ALL_VIEWS)[number]['id'];

export interface ViewEntry {
  id: ViewId;
  /** Its name on the tab: a key in the shell catalog. */
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
