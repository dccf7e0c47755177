import { create } from 'zustand';

export const VIEWS = [
  { id: 'bench', label: 'Bench' },
  { id: 'enroll', label: 'Enroll' },
  { id: 'recovery', label: 'Recovery' },
  { id: 'help', label: 'Troubleshooting' },
] as const;
export type ViewId = (typeof VIEWS)[number]['id'];

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
