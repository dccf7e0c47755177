import { MtpError, canceledError } from './errors.ts';
import type { DeviceStorage, StorageEntry, WaitOptions } from './storage-port.ts';
import { say } from '../language.ts';

/**
 * Resolves once `path` exists: it checks now, again whenever the device announces a change, and every pollMs
 * anyway (some devices and USB stacks send no events). Used to wait for AutopilotDiagnostics.zip or for storage
 * to appear once a HoloLens is unlocked.
 */
export async function waitForEntry(storage: DeviceStorage, path: string, options: WaitOptions): Promise<StorageEntry> {
  const pollMs = options.pollMs ?? 1000;
  const deadline = Date.now() + options.timeoutMs;
  let wake: (() => void) | null = null;
  const unwatch = storage.watch((change) => {
    if (change.kind !== 'removed') wake?.();
  });
  const onAbort = () => wake?.();
  options.signal?.addEventListener('abort', onAbort);
  try {
    for (;;) {
      if (options.signal?.aborted) throw canceledError();
      const found = await storage.stat(path).catch((error: unknown) => {
        // No storage yet (locked device) is the normal case while waiting; other problems end the wait.
        if (error instanceof MtpError && (error.code === 'mtp-no-storage' || error.code === 'mtp-not-found'))
          return null;
        throw error;
      });
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new MtpError(
          'mtp-wait-timeout',
          say('transfer:mtp-wait-timeout.title'),
          say('transfer:mtp-wait-timeout.message', { path }),
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, Math.min(pollMs, left));
        function done() {
          clearTimeout(timer);
          wake = null;
          resolve();
        }
        wake = done;
      });
    }
  } finally {
    unwatch();
    options.signal?.removeEventListener('abort', onAbort);
  }
}
