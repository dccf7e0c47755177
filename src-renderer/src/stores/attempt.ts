import { errorText } from '../api/client.ts';

type BusySetter = (patch: { busy?: boolean; error?: string | null }) => void;

/**
 * Runs one of a store's station calls: marks the store busy, clears the last error, and turns a failure into the
 * plain message the screen shows. Never throws, so buttons can fire and forget.
 */
export function attemptWith(set: BusySetter) {
  return async (fn: () => Promise<void>): Promise<void> => {
    set({ busy: true, error: null });
    try {
      await fn();
    } catch (error) {
      set({ error: errorText(error).message });
    } finally {
      set({ busy: false });
    }
  };
}
