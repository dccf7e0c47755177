import type { z } from 'zod';
import type { SimAction } from '../../shared/contract/sim.ts';
import type { StationError } from '../../shared/errors.ts';
import type { ManifestRow } from './manifest.ts';

/**
 * The vocabulary of the workflow engine: what a step is, what it may answer, what it is given. Steps are small
 * objects registered by kind; a profile names them in order. Everything a step needs from the outside world
 * comes through ports, so the engine and each step can be tested with fakes.
 */

/** What the station knows about a device on the bench right now. */
export interface BatchDeviceFacts {
  serial: string;
  /** The live device id (registry id); changes when the device is replugged elsewhere. */
  deviceId: string;
  /** The ledger's device key (devices.key). */
  deviceKey: string;
  portPath: string;
  model: 'hololens1' | 'hololens2' | 'unknown';
  mode: 'normal' | 'flashing' | 'unknown';
  batteryPercent: number | null;
  build: string | null;
  /** null when the station cannot tell. */
  locked: boolean | null;
  /** A simulated device (training mode): only these may be touched by the simulated technician. */
  simulated: boolean;
}

/** Button chords a technician presses; names match the simulator's actions so training mode can play them. */
export type Chord = Extract<
  SimAction,
  'volume-down-power' | 'power-volume-down' | 'press-power' | 'hold-power-15s' | 'hard-restart'
>;

export type ScanKind = 'serial' | 'asset-tag';

export interface Scan {
  kind: ScanKind;
  text: string;
  at: string;
}

/** What a simulated technician does for an action (training mode and tests). */
export type SimMove = { act: SimAction } | { charge: number } | { confirm: true } | { scan: string };

/** The single next physical action for a device, as shown on its card. */
export interface TechAction {
  title: string;
  detail: string;
  chord?: Chord;
  /** What the device should show once the action worked. */
  deviceShould?: string;
  /** The wait ends when the technician presses Confirm on the card. */
  confirm?: boolean;
  /** The wait ends when a label is scanned for this device. */
  scan?: ScanKind | 'either';
  sim?: SimMove[];
}

export type StepOutcome =
  | { status: 'done'; result: Record<string, unknown> }
  /**
   * The technician has to do something. The engine shows the action and waits for `until` (when given), a
   * confirmation, a scan, a change on the device or its poll interval, then runs the step again.
   */
  | { status: 'needs-tech'; action: TechAction; until?: (signal: AbortSignal) => Promise<void> }
  | { status: 'failed'; error: StationError }
  | { status: 'paused'; reason: string };

/** A per-step record kept in the ledger across attempts and crashes, so a rerun knows what is already done. */
export interface Scratch {
  get: () => Record<string, unknown>;
  /** Merges and writes through to the ledger at once. */
  set: (patch: Record<string, unknown>) => void;
}

export interface BatchParams {
  packagePath: string | null;
  packageName: string | null;
  packageSha256: string | null;
  packageSize: number | null;
  manifestPath: string | null;
  /** Who runs the batch, as typed at the station (goes into the report). */
  tech: string;
}

export interface FinishedStep {
  index: number;
  kind: string;
  result: Record<string, unknown>;
}

export interface PackageInfo {
  path: string;
  name: string;
  sha256: string;
  size: number;
}

/** Where a device stands with the provisioning package, as far as the station can observe. */
export type OobePackageState =
  'first-page' | 'provisioning-open' | 'trust-prompt' | 'applied' | 'past-setup' | 'unknown';

export interface CopyResult {
  remotePath: string;
  sha256: string;
  verified: boolean;
}

export interface PackagesPort {
  describe: (path: string) => Promise<PackageInfo>;
  oobeState: (device: BatchDeviceFacts, pkg: PackageInfo, signal: AbortSignal) => Promise<OobePackageState>;
  /** Copies the package to the device storage; copying the same file again must be harmless. */
  copyToDevice: (device: BatchDeviceFacts, pkg: PackageInfo, signal: AbortSignal) => Promise<CopyResult>;
}

export type DiagnosticsState = 'none' | 'collecting' | 'ready' | 'no-storage';

export interface HarvestRecord {
  serialNumber: string;
  /** SHA-256 of the hardware hash: the ledger and the report never carry the hash itself. */
  hashSha256: string;
  harvestId: number | null;
  zipPath: string | null;
}

export interface AutopilotPort {
  diagnosticsState: (device: BatchDeviceFacts, signal: AbortSignal) => Promise<DiagnosticsState>;
  /** Reads AutopilotDiagnostics.zip, records the hash (and queues the upload with these values). */
  harvest: (
    device: BatchDeviceFacts,
    values: { groupTag: string | null; assignedUser: string | null },
    signal: AbortSignal,
  ) => Promise<HarvestRecord>;
}

/** Where a serial stands in Intune, as the verify-enrolled step needs it (core/intune/batch-port.ts). */
export interface IntuneEnrollment {
  state: 'enrolled' | 'not-enrolled' | 'unknown-offline' | 'lookup-failed';
  managedDeviceId: string | null;
  complianceState: string | null;
  enrolledDateTime: string | null;
  lastSyncDateTime: string | null;
  duplicates: boolean;
  /** Why the lookup failed, when it did. */
  problem: string | null;
}

export interface IntunePort {
  enrollment: (serial: string, signal: AbortSignal) => Promise<IntuneEnrollment>;
  /** Asks Intune to have the device check in now (syncDevice). */
  sync: (serial: string, managedDeviceId: string, signal: AbortSignal) => Promise<void>;
}

export interface StoragePort {
  state: (device: BatchDeviceFacts) => Promise<'available' | 'no-storage' | 'unreachable'>;
}

/** How a simulated technician answers the station besides pressing buttons. */
export interface TechReply {
  confirm: () => void;
  scan: (text: string) => void;
}

export interface SimTechPort {
  /** Called every time a device needs the tech; acts only on simulated devices. */
  needsTech: (device: BatchDeviceFacts, action: TechAction, reply: TechReply) => void;
}

/** Services the lead wires in (real MTP, packages, Autopilot) or fakes in tests. Absent ports fail their steps. */
export interface StepPorts {
  storage?: StoragePort;
  packages?: PackagesPort;
  autopilot?: AutopilotPort;
  intune?: IntunePort;
  simTech?: SimTechPort;
}

export interface StepContext {
  batchId: number;
  stepIndex: number;
  attempt: number;
  /** The device as it is now (refreshed before every run). */
  device: BatchDeviceFacts;
  params: BatchParams;
  manifestRow: ManifestRow | null;
  scratch: Scratch;
  /** Results of the steps already finished in this device's workflow (from the ledger, so also after a crash). */
  results: readonly FinishedStep[];
  /** A label scanned for this device while the step waited, or null. */
  scan: Scan | null;
  /** True when the technician pressed Confirm for the action this step last asked for. */
  confirmed: boolean;
  ports: StepPorts;
  /** Adds an event to the device's history in the ledger (when the ledger knows the device). */
  recordEvent: (kind: string, detail: Record<string, unknown>) => void;
  now: () => Date;
}

export interface StepKind<P = Record<string, unknown>> {
  readonly kind: string;
  /** A short name for the card: "Apply package". */
  readonly label: string;
  /** Validates the step's fields in a profile (everything except kind and label). */
  readonly params: z.ZodType<P>;
  /** What a batch must have for this step: checked when the batch starts, not when the first device gets there. */
  readonly requires?: { packageFile?: boolean; ports?: readonly (keyof StepPorts)[] };
  /**
   * Why this step cannot apply to a device at all (its model), or null. Such a device is skipped as "not
   * applicable" when it joins, never failed: nothing went wrong, the profile is just not for it.
   */
  readonly notApplicableTo?: (device: Pick<BatchDeviceFacts, 'model'>, params: P) => string | null;
  run: (ctx: StepContext, params: P, signal: AbortSignal) => Promise<StepOutcome>;
}

export type AnyStepKind = StepKind<Record<string, unknown>>;

/** Erases a step's parameter type for the registry; the profile parser guarantees params came from its schema. */
export function defineStep<P>(step: StepKind<P>): AnyStepKind {
  return step as unknown as AnyStepKind;
}

/** The board's states for one device. */
export const DEVICE_STATES = ['waiting', 'working', 'needs-tech', 'paused', 'done', 'failed', 'skipped'] as const;
export type DeviceState = (typeof DEVICE_STATES)[number];

export const TERMINAL_STATES: readonly DeviceState[] = ['done', 'failed', 'skipped'];
