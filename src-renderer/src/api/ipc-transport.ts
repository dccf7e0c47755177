import type { CallName, StationEvent } from '../../../src-main/shared/contract/index.ts';
import type { Result } from '../../../src-main/shared/errors.ts';
import type { Transport } from './client.ts';

/** What the preload exposes as window.station: one function per call, plus onEvent. */
type PreloadApi = Record<string, (input: unknown) => Promise<Result<unknown>>> & {
  onEvent(listener: (event: StationEvent) => void): () => void;
  /** The path on this PC of a file the technician chose (Electron's webUtils). */
  pathForFile?: (file: File) => string;
};

export function preloadApi(): PreloadApi | null {
  const w = globalThis as unknown as { station?: PreloadApi };
  return w.station ?? null;
}

export function ipcTransport(api: PreloadApi): Transport {
  return {
    kind: 'ipc',
    invoke: (name: CallName, input: unknown) => {
      const fn = api[name];
      if (typeof fn !== 'function') {
        return Promise.resolve({
          ok: false,
          error: { code: 'unknown-call', title: 'Unknown request', message: `The station does not offer "${name}".` },
        });
      }
      return fn(input);
    },
    onEvent: (listener) => api.onEvent(listener),
  };
}
