import type { ErrorInfo } from '../../shared/errors.ts';
import type { DeviceWorkflow, StepCardState } from './device-workflow.ts';
import type { ResolvedStep } from './profiles.ts';
import type { DeviceState, ScanKind, TechAction } from './types.ts';

/** The batch board the UI draws: counts, one card per device, and who needs the tech first. */

export interface BatchCounts {
  total: number;
  waiting: number;
  working: number;
  needsTech: number;
  paused: number;
  done: number;
  failed: number;
  skipped: number;
}

export interface DeviceCard {
  serial: string;
  deviceId: string;
  portPath: string;
  /** The device name from the manifest. */
  name: string | null;
  assetTag: string | null;
  inManifest: boolean;
  present: boolean;
  simulated: boolean;
  state: DeviceState;
  /** ISO time the device entered its state. */
  since: string;
  currentStep: { index: number; kind: string; label: string } | null;
  nextAction: TechAction | null;
  error: ErrorInfo | null;
  steps: { index: number; kind: string; label: string; state: StepCardState; attempts: number }[];
  /** Things to point out on the card, e.g. "not-in-manifest". */
  flags: string[];
}

export interface AwaitingScan {
  serial: string;
  portPath: string;
  expect: ScanKind | 'either';
  /** The asset tag the manifest gives this device, if any. */
  assetTag: string | null;
  since: string;
}

export interface BatchBoard {
  batchId: number;
  profile: string;
  state: 'running' | 'stopped' | 'finished';
  counts: BatchCounts;
  /** Sorted by port, the way the devices sit on the bench. */
  cards: DeviceCard[];
  /** Serials of the devices waiting for the tech (an action or a replug), the one waiting longest first. */
  techQueue: string[];
  awaitingScan: AwaitingScan | null;
}

export function emptyCounts(): BatchCounts {
  return { total: 0, waiting: 0, working: 0, needsTech: 0, paused: 0, done: 0, failed: 0, skipped: 0 };
}

export const COUNT_KEY: Record<DeviceState, keyof BatchCounts> = {
  waiting: 'waiting',
  working: 'working',
  'needs-tech': 'needsTech',
  paused: 'paused',
  done: 'done',
  failed: 'failed',
  skipped: 'skipped',
};

export function cardOf(wf: DeviceWorkflow, steps: readonly ResolvedStep[], hasManifest: boolean): DeviceCard {
  const current = wf.state === 'done' || wf.state === 'skipped' ? undefined : steps[wf.stepIndex];
  const flags: string[] = [];
  // Without a manifest no device is "missing" from it: flagging every card would only be noise.
  if (hasManifest && !wf.manifestRow) flags.push('not-in-manifest');
  return {
    serial: wf.serial,
    deviceId: wf.last.deviceId,
    portPath: wf.last.portPath,
    name: wf.manifestRow?.deviceName ?? null,
    assetTag: wf.manifestRow?.assetTag ?? null,
    inManifest: wf.manifestRow !== null,
    present: wf.present,
    simulated: wf.last.simulated,
    state: wf.state,
    since: new Date(wf.since).toISOString(),
    currentStep: current ? { index: current.index, kind: current.kind.kind, label: current.label } : null,
    nextAction: wf.nextAction,
    error: wf.error,
    steps: steps.map((s, i) => ({
      index: s.index,
      kind: s.kind.kind,
      label: s.label,
      state: wf.stepStates[i]?.state ?? 'pending',
      attempts: wf.stepStates[i]?.attempts ?? 0,
    })),
    flags,
  };
}

// One collator for every board: localeCompare with options builds a new one per call, too slow for 64 cards.
const PORT_ORDER = new Intl.Collator('en', { numeric: true });

export function buildBoard(
  batch: {
    id: number;
    profile: string;
    state: BatchBoard['state'];
    steps: readonly ResolvedStep[];
    hasManifest: boolean;
  },
  workflows: Iterable<DeviceWorkflow>,
  awaitingScan: AwaitingScan | null,
): BatchBoard {
  const counts = emptyCounts();
  const cards: DeviceCard[] = [];
  const waiting: DeviceWorkflow[] = [];
  for (const wf of workflows) {
    counts.total++;
    counts[COUNT_KEY[wf.state]]++;
    cards.push(cardOf(wf, batch.steps, batch.hasManifest));
    if (wf.state === 'needs-tech' || (wf.state === 'paused' && !wf.present)) waiting.push(wf);
  }
  cards.sort((a, b) => PORT_ORDER.compare(a.portPath, b.portPath) || a.serial.localeCompare(b.serial));
  waiting.sort((a, b) => a.since - b.since || a.serial.localeCompare(b.serial));
  return {
    batchId: batch.id,
    profile: batch.profile,
    state: batch.state,
    counts,
    cards,
    techQueue: waiting.map((w) => w.serial),
    awaitingScan,
  };
}
