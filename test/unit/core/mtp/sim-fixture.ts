import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MtpStorage } from '../../../../src-main/core/mtp/mtp-storage.ts';
import type { MtpSessionOptions } from '../../../../src-main/core/mtp/session.ts';
import { SimStorageTree, createSimMtpPipe, type SimMtpOptions } from '../../../../src-main/sim/mtp/index.ts';

export interface SimFixture {
  tree: SimStorageTree;
  pipe: ReturnType<typeof createSimMtpPipe>;
  storage: MtpStorage;
}

/** A simulated HoloLens with an open MtpStorage on it; short timeouts so a failure never takes long. */
export async function openSim(
  options: { tree?: SimStorageTree; sim?: SimMtpOptions; session?: MtpSessionOptions } = {},
): Promise<SimFixture> {
  const tree = options.tree ?? new SimStorageTree();
  const pipe = createSimMtpPipe(tree, { serialNumber: 'SIM0001', batteryPercent: 81, ...options.sim });
  const storage = await MtpStorage.open(pipe, {
    timeoutMs: 2000,
    busyBackoffMs: 1,
    eventPollMs: 200,
    ...options.session,
  });
  return { tree, pipe, storage };
}

export function tempDir(): { dir: string; files(): string[]; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'holobench-mtp-'));
  return {
    dir,
    files: () => readdirSync(dir),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function caught(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}
