import type { BatchBoard, DeviceCard } from '../core/workflow/board.ts';
import type { BatchSummary, DeviceSummary } from '../core/workflow/summary.ts';
import type { Output } from './context.ts';

/**
 * What `holobench batch run` says while it works: one stderr line per device each time its state, step or next
 * action changes, e.g. "9-1.3 SIMHL20001: waiting for the tech: open the provisioning page".
 */
export function batchProgress(io: Output, typing = false): (board: BatchBoard) => void {
  const last = new Map<string, string>();
  return (board) => {
    for (const card of board.cards) {
      const line = describeCard(card, typing);
      if (last.get(card.serial) === line) continue;
      last.set(card.serial, line);
      io.err(`${card.portPath} ${card.serial}: ${line}`);
    }
  };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** `typing`: the tech can answer at this terminal (confirm by typing the serial). */
export function describeCard(c: DeviceCard, typing = false): string {
  const step = c.currentStep ? lowerFirst(c.currentStep.label) : null;
  switch (c.state) {
    case 'waiting':
      return step ? `waiting (next: ${step})` : 'waiting';
    case 'working':
      return step ? `working: ${step}` : 'working';
    case 'needs-tech': {
      const a = c.nextAction;
      if (!a) return 'waiting for the tech';
      const how = !typing
        ? ''
        : a.confirm
          ? ' (type its serial and press Enter to confirm)'
          : a.scan
            ? ' (scan its label)'
            : '';
      return `waiting for the tech: ${lowerFirst(a.title)}${how}`;
    }
    case 'paused':
      return c.nextAction ? `paused: ${lowerFirst(c.nextAction.title)}` : 'paused';
    case 'done':
      return 'done';
    case 'failed':
      return c.error ? `failed: ${c.error.title}: ${c.error.message}` : 'failed';
    case 'skipped':
      return c.error ? `skipped: ${c.error.message}` : 'skipped';
  }
}

/** The JSON summary on stdout: the CLI contract's fields first (devices: serial, result, steps), then the rest. */
export function summaryJson(s: BatchSummary) {
  return {
    devices: s.devices.map(deviceJson),
    batchId: s.batchId,
    profile: s.profile,
    state: s.state,
    counts: s.counts,
    tech: s.tech,
    startedAt: s.startedAt,
    finishedAt: s.finishedAt,
    packageName: s.packageName,
    packageSha256: s.packageSha256,
  };
}

function deviceJson(d: DeviceSummary) {
  return {
    serial: d.serial,
    result: d.result,
    steps: d.steps,
    name: d.name,
    assetTag: d.assetTag,
    portPath: d.portPath,
    inManifest: d.inManifest,
    state: d.state,
    error: d.error,
    joinedAt: d.joinedAt,
    finishedAt: d.finishedAt,
  };
}

/** 0 when every device is done or skipped (and there was at least one), 1 otherwise. */
export function exitCodeFor(s: BatchSummary): number {
  if (s.devices.length === 0) return 1;
  return s.devices.every((d) => d.result === 'done' || d.result === 'skipped') ? 0 : 1;
}

export function humanSummary(s: BatchSummary): string {
  const c = s.counts;
  const head = `Batch ${s.batchId} (${s.profile}) ${s.state}: ${c.total} device${c.total === 1 ? '' : 's'}, ${c.done} done, ${c.failed} failed, ${c.skipped} skipped, ${c.total - c.done - c.failed - c.skipped} unfinished.`;
  const rows = s.devices.map((d) => {
    const why = d.error ? ` (${d.error.title})` : '';
    return `  ${d.portPath.padEnd(10)} ${d.serial.padEnd(16)} ${d.result}${why}`;
  });
  return [head, ...rows].join('\n');
}
