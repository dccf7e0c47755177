import type { DeviceStorage } from '../mtp/storage-port.ts';

export type ApplySighting = 'package-gone' | 'storage-closed';

const samePath = (a: string | null, b: string): boolean => a !== null && a.toLowerCase() === b.toLowerCase();

/**
 * Watches a package copied during setup: a HoloLens removes it from the storage once it applied it (the simulator
 * does; real devices are UNVERIFIED here, so the wizard still lets the tech confirm). Device events come first;
 * a poll covers USB stacks that drop them. Storage closing on its own is reported too, as "storage-closed":
 * the device moved on, but the station did not see the package go.
 */
export function watchForApply(
  storage: DeviceStorage,
  copy: { remotePath: string; handle: number; pollMs: number },
  onSeen: (seen: ApplySighting) => void,
): () => void {
  let stopped = false;
  let closedSaid = false;
  const seen = (what: ApplySighting): void => {
    if (stopped) return;
    if (what === 'storage-closed') {
      if (closedSaid) return;
      closedSaid = true;
    } else stop();
    onSeen(what);
  };
  const off = storage.watch((change) => {
    if (change.kind === 'removed' && (change.id === copy.handle || samePath(change.path, copy.remotePath))) {
      seen('package-gone');
    } else if (change.kind === 'storage-removed' || change.kind === 'disconnected') {
      seen('storage-closed');
    }
  });
  let busy = false;
  const look = async (): Promise<void> => {
    if (busy || stopped) return;
    busy = true;
    try {
      if ((await storage.storages()).length === 0) return seen('storage-closed');
      if ((await storage.stat(copy.remotePath)) !== null) return;
      // Gone from a storage that is still there (asked twice, so a storage closing mid-look is not taken for it).
      if ((await storage.storages()).length > 0) seen('package-gone');
    } catch {
      // The device is busy or just left: the next look, or the tech, decides.
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void look(), copy.pollMs);
  timer.unref?.();
  function stop(): void {
    stopped = true;
    clearInterval(timer);
    off();
  }
  return stop;
}
