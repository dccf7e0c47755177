import type { PullJobResult, PushJobResult } from '../../../../src-main/shared/contract/files.ts';
import type { JobView } from '../../../../src-main/shared/contract/jobs.ts';
import { i18n } from '../../i18n.ts';

const PHASES = new Set(['receive', 'send', 'verify']);

/** Overall progress in percent, or null when the size is not known. A push is sent, then read back: two halves. */
export function jobPercent(job: JobView): number | null {
  if (job.state === 'done') return 100;
  if (job.total === null || job.total <= 0) return job.phase === 'starting' ? 0 : null;
  const part = Math.min(1, job.bytes / job.total);
  if (job.kind === 'files.push') return Math.floor(job.phase === 'verify' ? 50 + part * 50 : part * 50);
  return Math.floor(part * 100);
}

/** What a running copy is doing, with how much is through ("Copying to the device: 500 kB of 1.3 MB"). */
export function phaseText(job: JobView): string {
  if (job.phase === 'starting') return i18n.t('device:phase.starting');
  const phase = PHASES.has(job.phase) ? job.phase : 'other';
  return job.total === null
    ? i18n.t(`device:phase.${phase}SoFar`, { bytes: job.bytes })
    : i18n.t(`device:phase.${phase}`, { bytes: job.bytes, total: job.total });
}

export function stateText(state: JobView['state']): string {
  return i18n.t(`device:state.${state}`);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The result of a copy to this PC, when this job is one and it finished. */
export function pullResult(job: JobView): PullJobResult | null {
  const r = job.result;
  if (job.kind !== 'files.pull' || !isRecord(r)) return null;
  const { bytes, sha256, localPath, remotePath, verified } = r;
  if (typeof bytes !== 'number' || typeof sha256 !== 'string' || typeof localPath !== 'string') return null;
  return {
    bytes,
    sha256,
    localPath,
    remotePath: typeof remotePath === 'string' ? remotePath : '',
    verified: verified === true,
  };
}

export function pushResult(job: JobView): PushJobResult | null {
  const r = job.result;
  if (job.kind !== 'files.push' || !isRecord(r)) return null;
  const { bytes, sha256, localPath, remotePath, verified } = r;
  if (typeof bytes !== 'number' || typeof sha256 !== 'string' || typeof remotePath !== 'string') return null;
  return {
    bytes,
    sha256,
    remotePath,
    localPath: typeof localPath === 'string' ? localPath : '',
    verified: verified === true,
  };
}
