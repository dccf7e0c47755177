import type { DeviceStorage } from '../mtp/storage-port.ts';

/**
 * Copies to a device that the cable cut short. A picky device keeps what arrived, and the station cannot delete
 * it while the device is gone, so the station remembers each one and removes it once the device is back: but only
 * while it is still shorter than the file that was being sent, so nothing the tech put there later goes.
 */
export class PartialCopies {
  private readonly byDevice = new Map<string, Map<string, number>>();

  remember(deviceKey: string, remotePath: string, expectedBytes: number): void {
    const paths = this.byDevice.get(deviceKey) ?? new Map<string, number>();
    paths.set(remotePath, expectedBytes);
    this.byDevice.set(deviceKey, paths);
  }

  forget(deviceKey: string, remotePath: string): void {
    this.byDevice.get(deviceKey)?.delete(remotePath);
  }

  pending(deviceKey: string): string[] {
    return [...(this.byDevice.get(deviceKey)?.keys() ?? [])];
  }

  /** Removes the leftovers of this device that are still there; best effort, one pass. Returns the paths removed. */
  async sweep(deviceKey: string, storage: DeviceStorage): Promise<string[]> {
    const paths = this.byDevice.get(deviceKey);
    if (!paths || paths.size === 0) return [];
    const removed: string[] = [];
    for (const [path, expected] of [...paths]) {
      try {
        const entry = await storage.stat(path);
        if (entry && entry.kind === 'file' && entry.size !== expected) {
          await storage.delete(entry.path);
          removed.push(entry.path);
        }
        paths.delete(path);
      } catch {
        // Still hidden or gone again: try on the next visit.
      }
    }
    return removed;
  }
}
