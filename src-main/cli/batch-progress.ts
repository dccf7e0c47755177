import { say, stationLanguage } from '../core/language.ts';
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
      io.err(say('cli:batch.progressLine', { port: card.portPath, serial: card.serial, line }));
    }
  };
}

/**
 * A step or action title inside a progress line: English writes it on in lower case ("waiting for the tech:
 * finish setup"); German keeps the capital its nouns need, and pseudo text starts with a bracket anyway.
 */
const inLine = (s: string) => (stationLanguage() === 'en' ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** `typing`: the tech can answer at this terminal (confirm by typing the serial). */
export function describeCard(c: DeviceCard, typing = false): string {
  const step = c.currentStep ? inLine(c.currentStep.label) : null;
  switch (c.state) {
    case 'waiting':
      return step ? say('cli:batch.card.waitingNext', { step }) : say('cli:batch.card.waiting');
    case 'working':
      return step ? say('cli:batch.card.workingOn', { step }) : say('cli:batch.card.working');
    case 'needs-tech': {
      const a = c.nextAction;
      if (!a) return say('cli:batch.card.needsTech');
      const title = inLine(a.title);
      if (typing && a.confirm) return say('cli:batch.card.needsTechConfirm', { title });
      if (typing && a.scan) return say('cli:batch.card.needsTechScan', { title });
      return say('cli:batch.card.needsTechFor', { title });
    }
    case 'paused':
      return c.nextAction
        ? say('cli:batch.card.pausedFor', { title: inLine(c.nextAction.title) })
        : say('cli:batch.card.paused');
    case 'done':
      return say('cli:batch.card.done');
    case 'failed':
      return c.error
        ? say('cli:batch.card.failedWith', { title: c.error.title, message: c.error.message })
        : say('cli:batch.card.failed');
    case 'skipped':
      return c.error ? say('cli:batch.card.skippedWith', { message: c.error.message }) : say('cli:batch.card.skipped');
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
  const head = say(`cli:batch.summary.${s.state}`, {
    id: s.batchId,
    profile: s.profile,
    count: c.total,
    done: c.done,
    failed: c.failed,
    skipped: c.skipped,
    unfinished: c.total - c.done - c.failed - c.skipped,
  });
  const rows = s.devices.map((d) => {
    const result = say(`cli:batch.result.${d.result}`);
    const shown = d.error ? say('cli:batch.resultWhy', { result, why: d.error.title }) : result;
    return `  ${d.portPath.padEnd(10)} ${d.serial.padEnd(16)} ${shown}`;
  });
  return [head, ...rows].join('\n');
}
