import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createHandlers } from '../../../../src-main/core/api/index.ts';
import { dispatchCall } from '../../../../src-main/core/api/dispatch.ts';
import type { CallInput, CallName, CallOutput, JobView } from '../../../../src-main/shared/contract/index.ts';
import type { ErrorInfo } from '../../../../src-main/shared/errors.ts';
import { openTestStation, waitFor } from '../../../support/station.ts';

export type TestStation = Awaited<ReturnType<typeof openTestStation>>;

/** Calls go through dispatchCall, as over IPC or the bridge: input and output both checked against the contract. */
export function api(station: TestStation) {
  const handlers = createHandlers(station);
  const raw = (name: CallName, input: unknown) => dispatchCall(handlers, name, input);
  return {
    raw,
    async call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
      const r = await raw(name, input);
      if (!r.ok) throw Object.assign(new Error(r.error.message), { info: r.error });
      return r.value as CallOutput<K>;
    },
    async fails<K extends CallName>(name: K, input: CallInput<K>): Promise<ErrorInfo> {
      const r = await raw(name, input);
      if (r.ok) throw new Error(`${name} was expected to fail`);
      return r.error;
    },
  };
}

export async function openSimStation(preset: string, extra: Parameters<typeof openTestStation>[0] = {}) {
  const [name, ...faults] = preset.split(':');
  const station = await openTestStation({
    simulate: [{ preset: name as 'hl2', faults: faults as [] }],
    ...extra,
  });
  await station.connections.settled(3000);
  const device = station.registry.list()[0]!;
  const sim = station.simulator!.list()[0]!;
  const tree = station.simulator!.functionsOf(sim.simId)!.tree;
  return { station, deviceId: device.id, sim, tree };
}

export function finished(station: TestStation, jobId: string, timeoutMs = 8000): Promise<JobView> {
  return waitFor(
    () => {
      const j = station.jobs.get(jobId);
      return j && j.state !== 'running' ? j : undefined;
    },
    timeoutMs,
    `job ${jobId} to end`,
  );
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function fileHash(path: string): { bytes: number; sha256: string } {
  const data = readFileSync(path);
  return { bytes: data.length, sha256: sha256(data) };
}

export function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

export const PHOTO = 'Internal Storage/Pictures/Camera Roll/WIN_20260301_101500_HoloLens.jpg';
