import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Station, type StationConfig } from '../../src-main/core/station.ts';

export const RESOURCES = join(import.meta.dirname, '../../resources');

export function tempDir(prefix = 'holobench-test-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A station on a temp data folder with no real USB and fast simulator timings. */
export async function openTestStation(
  config: Partial<StationConfig> = {},
): Promise<Station & { dispose(): Promise<void> }> {
  const dir = tempDir();
  const station = await Station.open({
    dataDir: dir.path,
    resourcesDir: RESOURCES,
    usb: false,
    simTiming: { reenumerateMs: 10, diagnosticsMs: 30 },
    ...config,
  });
  return Object.assign(station, {
    async dispose() {
      await station.close();
      if (!config.dataDir) dir.remove();
    },
  });
}

export async function waitFor<T>(
  probe: () => T | undefined | null | false,
  timeoutMs = 5000,
  what = 'condition',
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
