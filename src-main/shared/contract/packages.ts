/**
 * Provisioning packages as station calls: the library (import, inspect, notes, remove), the guided apply flows
 * on a device, the record of every apply, and USB drive kits for HoloLens 2.
 */
import { z } from 'zod';
import { call } from './define.ts';
import { JobView } from './jobs.ts';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lowercase hex');
const DeviceId = z.string().min(1).max(200);
const FlowId = z.string().min(1).max(100);
const LocalPath = z.string().min(1).max(4096);

export const FindingSeverity = z.enum(['block', 'warn', 'info']);
export type FindingSeverity = z.infer<typeof FindingSeverity>;

export const PackageFinding = z.object({
  severity: FindingSeverity,
  code: z.string(),
  message: z.string(),
  /** The catalog entry the message is said from (key in the station-work namespace, neutral values). */
  words: z
    .object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })
    .optional(),
  detail: z.string().optional(),
});
export type PackageFinding = z.infer<typeof PackageFinding>;

export const PackageMember = z.object({ path: z.string(), size: z.number(), sha256: z.string().nullable() });
export type PackageMember = z.infer<typeof PackageMember>;

export const RecognisedSetting = z.object({
  id: z.string(),
  kind: z.enum(['setting', 'package']),
  label: z.string(),
  member: z.string(),
  value: z.string().optional(),
});
export type RecognisedSetting = z.infer<typeof RecognisedSetting>;

export const PackageIdentity = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  version: z.string().optional(),
  owner: z.string().optional(),
  rank: z.string().optional(),
});

/** What inspecting the archive found (the same fields as `holobench ppkg inspect --json`). */
export const Inspection = z.object({
  sha256: z.string(),
  size: z.number(),
  format: z.enum(['wim', 'unknown']),
  compression: z.string(),
  members: z.array(PackageMember),
  settings: z.array(RecognisedSetting),
  package: PackageIdentity,
  findings: z.array(PackageFinding),
});
export type Inspection = z.infer<typeof Inspection>;

export const Worst = z.enum(['block', 'warn', 'info', 'none']);
export type Worst = z.infer<typeof Worst>;

export const LibraryPackage = z.object({
  sha256: z.string(),
  /** The file name it was imported under, e.g. "Warehouse.ppkg"; also its name on the device. */
  name: z.string(),
  size: z.number(),
  notes: z.string(),
  importedAt: z.string(),
  importedBy: z.string(),
  worst: Worst,
  counts: z.object({ block: z.number(), warn: z.number(), info: z.number() }),
  /** Ids of the settings it makes, in order, without repeats ("wifi", "local-account"): screens name them. */
  sets: z.array(z.string()),
  version: z.string().nullable(),
  inspectedAt: z.string(),
  /** False when the stored copy went missing from the data folder (then it cannot be applied). */
  fileExists: z.boolean(),
});
export type LibraryPackage = z.infer<typeof LibraryPackage>;

export const ApplyMethod = z.enum(['oobe-mtp', 'documents-settings', 'usb-drive-kit']);
export type ApplyMethod = z.infer<typeof ApplyMethod>;
export const ApplicationResult = z.enum(['copied', 'applied', 'failed', 'canceled']);
export type ApplicationResult = z.infer<typeof ApplicationResult>;

/** One time a package was put on a device (or a USB kit), as the ledger keeps it. */
export const Application = z.object({
  id: z.number().int(),
  packageSha256: z.string(),
  packageName: z.string(),
  method: ApplyMethod,
  deviceKey: z.string().nullable(),
  deviceId: z.string().nullable(),
  serial: z.string().nullable(),
  model: z.string().nullable(),
  technician: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** null while it is still going on. */
  result: ApplicationResult.nullable(),
  confirmedBy: z.enum(['station', 'technician']).nullable(),
  remotePath: z.string().nullable(),
  verified: z.boolean(),
  detail: z.record(z.string(), z.unknown()),
});
export type Application = z.infer<typeof Application>;

export const PackageDetail = z.object({
  package: LibraryPackage,
  inspection: Inspection,
  /** What the findings were checked for (target model, MDM planned). */
  checkedFor: z.object({ target: z.enum(['hololens1', 'hololens2']).optional(), mdmPlanned: z.boolean().optional() }),
  applications: z.array(Application),
});
export type PackageDetail = z.infer<typeof PackageDetail>;

export const FlowError = z.object({
  code: z.string(),
  title: z.string(),
  message: z.string(),
  disconnected: z.boolean().optional(),
  canceled: z.boolean().optional(),
});

export const ApplyStage = z.enum([
  'open-provisioning',
  'unlock',
  'copying',
  'confirm-on-device',
  'add-in-settings',
  'finished',
]);
export type ApplyStage = z.infer<typeof ApplyStage>;

export const DeviceApplyMethod = z.enum(['oobe-mtp', 'documents-settings']);
export type DeviceApplyMethod = z.infer<typeof DeviceApplyMethod>;

/** One guided apply of a package to one device, as the core runs it and the wizard shows it. */
export const ApplyFlow = z.object({
  id: z.string(),
  deviceId: z.string(),
  portPath: z.string(),
  model: z.enum(['hololens1', 'hololens2']).nullable(),
  sha256: z.string(),
  packageName: z.string(),
  method: DeviceApplyMethod,
  stage: ApplyStage,
  /** The device's storage was seen on the bus during this flow. */
  storageSeen: z.boolean(),
  /** The copy job (progress and cancel come through jobChanged). */
  jobId: z.string().nullable(),
  remotePath: z.string().nullable(),
  verified: z.boolean(),
  /** How the station saw the end: the package left the device's storage, or the storage closed. */
  detected: z.enum(['package-gone', 'storage-closed']).nullable(),
  result: z.enum(['applied', 'failed', 'canceled']).nullable(),
  confirmedBy: z.enum(['station', 'technician']).nullable(),
  /** One sentence: where things stand. */
  message: z.string(),
  error: FlowError.nullable(),
  applicationId: z.number().int().nullable(),
  /** Set for a simulated device: the wizard may offer to press its buttons. */
  simId: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ApplyFlow = z.infer<typeof ApplyFlow>;

/** Which way to apply a package to a device, as far as the station can tell. */
export const ApplyOptions = z.object({
  deviceId: z.string(),
  model: z.enum(['hololens1', 'hololens2']).nullable(),
  build: z.string().nullable(),
  /** fresh: at first setup; set-up: past it; null: the station cannot tell. */
  deviceState: z.enum(['fresh', 'set-up']).nullable(),
  suggested: DeviceApplyMethod,
  reason: z.string(),
  /** Whether "after setup" (Documents + Settings) works on this build: null when unknown. */
  documentsSupported: z.boolean().nullable(),
  documentsNote: z.string(),
  simulated: z.boolean(),
});
export type ApplyOptions = z.infer<typeof ApplyOptions>;

export const DriveRule = z.object({ code: z.string(), message: z.string() });

export const Drive = z.object({
  /** The device path (e.g. /dev/sdb1, disk4s1, E:); stable while plugged in. */
  id: z.string(),
  description: z.string(),
  size: z.number().nullable(),
  freeBytes: z.number().nullable(),
  mountpoints: z.array(z.string()),
  removable: z.boolean(),
  system: z.boolean(),
  readOnly: z.boolean(),
  busType: z.string().nullable(),
  fileSystem: z.string().nullable(),
  source: z.enum(['system', 'sim']),
  verdict: z.object({ allowed: z.boolean(), reasons: z.array(DriveRule), warnings: z.array(DriveRule) }),
  /** .ppkg files already at the drive root: HoloLens applies those too. */
  packagesOnDrive: z.array(z.string()),
});
export type Drive = z.infer<typeof Drive>;

export const UsbRule = z.object({ level: z.string(), from: z.string(), what: z.string() });
export type UsbRule = z.infer<typeof UsbRule>;

export const DriveListing = z.object({
  drives: z.array(Drive),
  /** Listing problems in plain words (the OS listing failed, a tool is missing); the list may still have drives. */
  problems: z.array(z.string()),
  kitBytes: z.number(),
  rules: z.array(UsbRule),
});
export type DriveListing = z.infer<typeof DriveListing>;

export const KitFile = z.object({
  name: z.string(),
  sha256: z.string(),
  size: z.number(),
  path: z.string(),
  verified: z.boolean(),
});
export type KitFile = z.infer<typeof KitFile>;

/** What a finished kit job carries as its result. */
export const KitResult = z.object({
  mountPath: z.string(),
  drive: z.string(),
  files: z.array(KitFile),
  packagesOnDrive: z.array(z.string()),
  rules: z.array(UsbRule),
});
export type KitResult = z.infer<typeof KitResult>;

export const packageCalls = {
  listPackages: call(z.object({}), z.array(LibraryPackage)),
  importPackage: call(
    z.object({ path: LocalPath, notes: z.string().max(2000).optional() }),
    z.object({ package: LibraryPackage, duplicate: z.boolean() }),
  ),
  getPackage: call(z.object({ sha256: Sha256 }), PackageDetail),
  recheckPackage: call(
    z.object({
      sha256: Sha256,
      target: z.enum(['hololens1', 'hololens2']).optional(),
      mdmPlanned: z.boolean().optional(),
    }),
    PackageDetail,
  ),
  updatePackageNotes: call(z.object({ sha256: Sha256, notes: z.string().max(2000) }), LibraryPackage),
  removePackage: call(z.object({ sha256: Sha256 }), z.object({ removed: z.boolean() })),
  packageApplications: call(
    z.object({ sha256: Sha256.optional(), deviceId: DeviceId.optional() }),
    z.array(Application),
  ),
  applyOptions: call(z.object({ deviceId: DeviceId }), ApplyOptions),
  startApplyFlow: call(z.object({ deviceId: DeviceId, sha256: Sha256, method: DeviceApplyMethod }), ApplyFlow),
  listApplyFlows: call(z.object({}), z.array(ApplyFlow)),
  confirmApplyFlow: call(
    z.object({ flowId: FlowId, result: z.enum(['applied', 'failed']), note: z.string().max(500).optional() }),
    ApplyFlow,
  ),
  cancelApplyFlow: call(z.object({ flowId: FlowId }), ApplyFlow),
  listDrives: call(z.object({ sha256s: z.array(Sha256).max(20).optional() }), DriveListing),
  startKit: call(z.object({ mountPath: LocalPath, sha256s: z.array(Sha256).min(1).max(20) }), JobView),
};

export const packageEvents = {
  packagesChanged: z.array(LibraryPackage),
  applyFlowChanged: ApplyFlow,
};
