import { create } from 'zustand';
import type { WarehouseView } from '../../../src-main/shared/contract/warehouse.ts';
import { errorText } from '../api/client.ts';
import { station } from '../api/station.ts';

/** The warehouse this bench belongs to (if any) and the floor view of every bench, kept live by events. */
export interface WarehouseState {
  view: WarehouseView | null;
  busy: boolean;
  error: string | null;
  load: () => Promise<void>;
  apply: (view: WarehouseView) => void;
  join: (url: string, bench: string) => Promise<void>;
  leave: () => Promise<void>;
  reset: () => void;
}

const initial = { view: null, busy: false, error: null };

export const useWarehouse = create<WarehouseState>()((set) => {
  const run = async (fn: () => Promise<WarehouseView>): Promise<void> => {
    set({ busy: true, error: null });
    try {
      set({ view: await fn() });
    } catch (error) {
      const e = errorText(error);
      set({ error: `${e.title}. ${e.message}` });
    } finally {
      set({ busy: false });
    }
  };
  return {
    ...initial,
    load: () => run(() => station().call('warehouseView', {})),
    apply: (view) => set({ view }),
    join: (url, bench) => run(() => station().call('warehouseJoin', { url, bench })),
    leave: () => run(() => station().call('warehouseLeave', {})),
    reset: () => set(initial),
  };
});
