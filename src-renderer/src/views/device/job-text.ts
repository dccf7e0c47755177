import type { PullJobResult, PushJobResult } from '../../../../src-main/shared/contract/files.ts';
import type { JobView } from '../../../../src-main/shared/contract/jobs.ts';
import { formatBytes } from '../../components/DeviceCard.tsx';

const PHASES: Record<string, string> = {
  starting: 'Starting',
  receive: 'Copying from the device',
  send: 'Copying to the device',
  verify: 'Checking the copy on the device',
};

/** Overall progress in percent, or null when the size is not known. A push is sent, then read back: two halves. */
export function jobPercent(job: JobView): number | null {
  if (job.state === 'done') return 100;
  if (job.total === null || job.total <= 0) return job.phase === 'starting' ? 0 : null;
  const part = Math.min(1, job.bytes / job.total);
  if (job.kind === 'files.push') return Math.floor(job.phase === 'verify' ? 50 + part * 50 : part * 50);
  return Math.floor(part * 100);
}

export function phaseText(job: JobView): string {
  const phase = PHASES[job.phase] ?? job.phase;
  if (job.phase === 'starting') return `${phase}…`;
  const amount =
    job.total === null ? `${formatBytes(job.bytes)} so far` : `${formatBytes(job.bytes)} of ${formatBytes(job.total)}`;
  return `${phase}: ${amount}`;
}

export const STATE_TEXT: Record<JobView['state'], string> = {
  running: 'In progress',
  done: 'Done',
  failed: 'Failed',
  canceled: 'Canceled',
};

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
