import { z } from 'zod';
import { call } from './define.ts';

/**
 * Warehouse batches as station calls: profiles, manifest import, start/resume/stop/finish, the board and its
 * events, the barcode scanner, reports and the ledger export. Shapes mirror core/workflow/board.ts; the station
 * maps its board into these (adding what the screen needs, like the model for the button picture).
 */

const Serial = z.string().min(1).max(64);
const FilePath = z.string().min(1).max(4096);
const BatchId = z.number().int().positive();

export const ErrorView = z.object({
  code: z.string(),
  title: z.string(),
  message: z.string(),
  disconnected: z.boolean().optional(),
  canceled: z.boolean().optional(),
});
export type ErrorView = z.infer<typeof ErrorView>;

export const BATCH_DEVICE_STATES = ['waiting', 'working', 'needs-tech', 'paused', 'done', 'failed', 'skipped'] as const;
export const BatchDeviceState = z.enum(BATCH_DEVICE_STATES);
export type BatchDeviceState = z.infer<typeof BatchDeviceState>;

/** The button chords a card can ask for (names match the simulator's actions). */
export const BatchChord = z.enum([
  'volume-down-power',
  'power-volume-down',
  'press-power',
  'hold-power-15s',
  'hard-restart',
]);
export type BatchChord = z.infer<typeof BatchChord>;

export const ScanExpect = z.enum(['serial', 'asset-tag', 'either']);
export type ScanExpect = z.infer<typeof ScanExpect>;

/** The single next physical action for a device. */
export const TechActionView = z.object({
  title: z.string(),
  detail: z.string(),
  chord: BatchChord.optional(),
  deviceShould: z.string().optional(),
  /** The wait ends when the tech presses Confirm. */
  confirm: z.boolean().optional(),
  /** The wait ends when a label is scanned for this device. */
  scan: ScanExpect.optional(),
});
export type TechActionView = z.infer<typeof TechActionView>;

export const BatchCounts = z.object({
  total: z.number().int(),
  waiting: z.number().int(),
  working: z.number().int(),
  needsTech: z.number().int(),
  paused: z.number().int(),
  done: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
});
export type BatchCounts = z.infer<typeof BatchCounts>;

export const BatchStepView = z.object({
  index: z.number().int(),
  kind: z.string(),
  label: z.string(),
  state: z.enum(['pending', 'started', 'done', 'failed', 'paused']),
  attempts: z.number().int(),
});

export const BatchCardView = z.object({
  serial: z.string(),
  deviceId: z.string(),
  portPath: z.string(),
  /** The device name from the manifest. */
  name: z.string().nullable(),
  assetTag: z.string().nullable(),
  inManifest: z.boolean(),
  present: z.boolean(),
  simulated: z.boolean(),
  model: z.enum(['hololens1', 'hololens2', 'unknown']),
  state: BatchDeviceState,
  since: z.string(),
  currentStep: z.object({ index: z.number().int(), kind: z.string(), label: z.string() }).nullable(),
  nextAction: TechActionView.nullable(),
  /** Training mode: the simulator can do this device's next action ("Do it for me"). */
  canSimulate: z.boolean(),
  error: ErrorView.nullable(),
  steps: z.array(BatchStepView),
  /** Things to point out, e.g. "not-in-manifest". */
  flags: z.array(z.string()),
});
export type BatchCardView = z.infer<typeof BatchCardView>;

export const AwaitingScanView = z.object({
  serial: z.string(),
  portPath: z.string(),
  expect: ScanExpect,
  assetTag: z.string().nullable(),
  since: z.string(),
});

export const BatchBoardView = z.object({
  batchId: BatchId,
  profile: z.string(),
  state: z.enum(['running', 'stopped', 'finished']),
  counts: BatchCounts,
  /** Sorted by port, the way the devices sit on the bench. */
  cards: z.array(BatchCardView),
  /** Serials waiting for the tech, the one waiting longest first. */
  techQueue: z.array(z.string()),
  awaitingScan: AwaitingScanView.nullable(),
  /** The batch ends by itself once every device is done (CLI); the app waits for "Finish batch". */
  autoFinish: z.boolean(),
  simTech: z.boolean(),
  packageName: z.string().nullable(),
  startedAt: z.string(),
});
export type BatchBoardView = z.infer<typeof BatchBoardView>;

/** A batch that did not finish (crash, stop): offered for resume when the station starts. */
export const ResumableBatch = z.object({
  batchId: BatchId,
  profile: z.string(),
  state: z.enum(['running', 'stopped']),
  startedAt: z.string(),
  tech: z.string(),
  packageName: z.string().nullable(),
  counts: BatchCounts,
});
export type ResumableBatch = z.infer<typeof ResumableBatch>;

export const ProfileView = z.object({
  name: z.string(),
  description: z.string().nullable(),
  source: z.enum(['built-in', 'custom']),
  file: z.string().nullable(),
  steps: z.array(z.object({ kind: z.string(), label: z.string() })),
  needsPackage: z.boolean(),
  /** Why this station cannot run it now (a service it needs is missing), or null. */
  unavailable: z.string().nullable(),
});
export type ProfileView = z.infer<typeof ProfileView>;

export const ManifestProblemView = z.object({ line: z.number().int(), field: z.string(), message: z.string() });
export type ManifestProblemView = z.infer<typeof ManifestProblemView>;

export const ManifestView = z.object({
  path: z.string(),
  /** True when the manifest has no problems and can be used. */
  ok: z.boolean(),
  rows: z.array(
    z.object({
      line: z.number().int(),
      serial: z.string(),
      deviceName: z.string().nullable(),
      groupTag: z.string().nullable(),
      assignedUser: z.string().nullable(),
      assetTag: z.string().nullable(),
    }),
  ),
  ignoredColumns: z.array(z.string()),
  problems: z.array(ManifestProblemView),
});
export type ManifestView = z.infer<typeof ManifestView>;

export const ScannerView = z.object({
  state: z.enum(['off', 'connecting', 'open', 'retrying', 'closed']),
  path: z.string().nullable(),
  baudRate: z.number().int(),
  detail: z.string(),
});
export type ScannerView = z.infer<typeof ScannerView>;

/** One scan as the tech should see it: applied to a device, or refused with the reason. */
export const ScanSeen = z.object({
  at: z.string(),
  text: z.string(),
  ok: z.boolean(),
  serial: z.string().nullable(),
  reason: z.string().nullable(),
  source: z.enum(['scanner', 'typed', 'simulated']),
});
export type ScanSeen = z.infer<typeof ScanSeen>;

export const BatchStateView = z.object({
  board: BatchBoardView.nullable(),
  resumable: ResumableBatch.nullable(),
  scanner: ScannerView,
  scans: z.array(ScanSeen),
});
export type BatchStateView = z.infer<typeof BatchStateView>;

export const SerialPortInfo = z.object({
  path: z.string(),
  manufacturer: z.string().nullable(),
  serialNumber: z.string().nullable(),
  vendorId: z.string().nullable(),
  productId: z.string().nullable(),
});

export const SavedFile = z.object({ path: z.string(), name: z.string(), bytes: z.number().int() });
export type SavedFile = z.infer<typeof SavedFile>;

export const BAUD_RATES = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200] as const;

const SerialInput = z.object({ serial: Serial });
const Done = z.object({ ok: z.boolean() });

export const batchCalls = {
  batchState: call(z.object({}), BatchStateView),
  batchProfiles: call(
    z.object({}),
    z.object({
      profiles: z.array(ProfileView),
      problems: z.array(z.object({ file: z.string(), message: z.string() })),
    }),
  ),
  batchImportProfile: call(z.object({ path: FilePath }), ProfileView),
  batchImportManifest: call(z.object({ path: FilePath }), ManifestView),
  batchStart: call(
    z.object({
      profile: z.string().min(1).max(100),
      packagePath: FilePath.nullable().optional(),
      manifestPath: FilePath.nullable().optional(),
      concurrency: z.number().int().min(1).max(256).nullable().optional(),
      override: z.boolean().optional(),
      simTech: z.boolean().optional(),
    }),
    BatchBoardView,
  ),
  batchResume: call(z.object({ batchId: BatchId, simTech: z.boolean().optional() }), BatchBoardView),
  batchStop: call(z.object({}), z.object({ board: BatchBoardView.nullable() })),
  batchFinish: call(z.object({ batchId: BatchId.optional() }), z.object({ batchId: BatchId })),
  batchConfirm: call(SerialInput, Done),
  batchRetry: call(SerialInput, Done),
  batchOverride: call(SerialInput, Done),
  /** Training mode: the simulator does the device's next action. */
  batchSimulateTech: call(SerialInput, Done),
  /** A label typed at the keyboard, handled exactly like a scan. */
  batchScan: call(z.object({ text: z.string().min(1).max(200) }), ScanSeen),
  scannerPorts: call(z.object({}), z.object({ ports: z.array(SerialPortInfo), error: z.string().nullable() })),
  scannerStart: call(
    z.object({ path: z.string().min(1).max(300), baudRate: z.number().int().min(300).max(921600) }),
    ScannerView,
  ),
  scannerStop: call(z.object({}), ScannerView),
  /** Reports and exports leave training (simulated devices) out unless includeTraining; then it is marked. */
  batchReport: call(
    z.object({ batchId: BatchId.optional(), format: z.enum(['csv', 'html']), includeTraining: z.boolean().optional() }),
    SavedFile.extend({ batchId: BatchId, trainingLeftOut: z.number().int().min(0) }),
  ),
  ledgerExport: call(
    z.object({ format: z.enum(['json', 'csv']), includeTraining: z.boolean().optional() }),
    z.object({ folder: z.string(), files: z.array(SavedFile), trainingLeftOut: z.number().int().min(0) }),
  ),
};

export const batchEvents = {
  batchChanged: BatchBoardView,
  /** A device newly needs the tech: play the sound, flash the card. */
  deviceNeedsTech: BatchCardView.extend({ batchId: BatchId }),
  scannerChanged: ScannerView,
  scanSeen: ScanSeen,
};
