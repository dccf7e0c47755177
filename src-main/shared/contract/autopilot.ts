import { z } from 'zod';
import { call } from './define.ts';
import { JobView } from './jobs.ts';

/**
 * Autopilot on the station API: harvest a HoloLens 2's hardware hash (a job), the ledger's harvests, the Intune
 * CSV export, and the Graph upload (settings without secrets, device-code sign-in, the offline queue). The hash
 * itself never crosses this boundary: views carry a short fingerprint of it.
 */

export const HARVEST_JOB_KIND = 'autopilot-harvest';
export const UPLOAD_JOB_KIND = 'autopilot-upload';

/** The harvest job's phases, in order (JobView.phase). */
export const HARVEST_STAGES = ['waiting', 'device-writing', 'copying', 'reading', 'saved'] as const;
export type HarvestStage = (typeof HARVEST_STAGES)[number];

/** A short, readable fingerprint of a hardware hash: the first 12 hex digits of its SHA-256, in groups of four. */
export function hashFingerprint(sha256Hex: string): string {
  const head = sha256Hex.slice(0, 12).toUpperCase();
  return head.match(/.{1,4}/g)?.join('-') ?? head;
}

export const UploadState = z.enum(['queued', 'sending', 'submitted', 'complete', 'error']);
export type UploadState = z.infer<typeof UploadState>;

export const UploadView = z.object({
  id: z.number().int(),
  harvestId: z.number().int(),
  serialNumber: z.string(),
  state: UploadState,
  /** What Intune last said: unknown, pending, partial, complete or error. */
  importStatus: z.string().nullable(),
  errorCode: z.number().nullable(),
  errorName: z.string().nullable(),
  groupTag: z.string(),
  assignedUser: z.string(),
  message: z.string(),
  attempts: z.number().int(),
  enqueuedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type UploadView = z.infer<typeof UploadView>;

export const HarvestView = z.object({
  id: z.number().int(),
  serialNumber: z.string(),
  productId: z.string(),
  fingerprint: z.string(),
  harvestedAt: z.string(),
  source: z.enum(['device', 'file']),
  /** From a simulated device (training mode): never uploaded, left out of CSVs unless asked for. */
  simulated: z.boolean(),
  /** The live device it came from, when the station knows it (for its card). */
  deviceId: z.string().nullable(),
  portPath: z.string().nullable(),
  zipPath: z.string().nullable(),
  /** Harvests of this serial in the ledger, this one included. */
  historyCount: z.number().int(),
  /** True when an earlier harvest of this serial had another hash (board swap, reflash to other hardware). */
  hashChanged: z.boolean(),
  upload: UploadView.nullable(),
});
export type HarvestView = z.infer<typeof HarvestView>;

export const GraphCloudId = z.enum(['global', 'usgov-l4', 'usgov-l5', 'china']);
export type GraphCloudId = z.infer<typeof GraphCloudId>;

const TenantId = z
  .string()
  .trim()
  .max(200)
  .regex(/^[A-Za-z0-9.-]*$/, 'a tenant ID (GUID) or a domain like contoso.onmicrosoft.com');
const ClientId = z
  .string()
  .trim()
  .regex(/^$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'a GUID');
const GroupTag = z.string().trim().max(200);
const AssignedUser = z.string().trim().max(300);

/** Kept in the ledger's settings. Never a secret or a token. */
export const UploadSettings = z.object({
  tenantId: TenantId.default(''),
  clientId: ClientId.default(''),
  cloud: GraphCloudId.default('global'),
  groupTag: GroupTag.default(''),
  assignedUser: AssignedUser.default(''),
});
/** A change to some settings: fields left out keep their saved value. */
export const UploadSettingsPatch = z.object({
  tenantId: TenantId.optional(),
  clientId: ClientId.optional(),
  cloud: GraphCloudId.optional(),
  groupTag: GroupTag.optional(),
  assignedUser: AssignedUser.optional(),
});
export type UploadSettings = z.infer<typeof UploadSettings>;

export const SignInView = z.object({
  state: z.enum(['signed-out', 'starting', 'code', 'signed-in', 'failed']),
  userCode: z.string().nullable(),
  verificationUri: z.string().nullable(),
  expiresAt: z.string().nullable(),
  /** One sentence for the tech. */
  message: z.string(),
  /** Where the sign-in is kept, in plain words. */
  keptWhere: z.string(),
});
export type SignInView = z.infer<typeof SignInView>;

export const AutopilotStatus = z.object({
  /** Goes up whenever harvests or uploads change, so views know to read them again. */
  revision: z.number().int(),
  /** Goes up with every change, so an older answer never overwrites a newer event. */
  seq: z.number().int(),
  online: z.boolean().nullable(),
  checkedAt: z.string().nullable(),
  /** The station checks the connection by itself now and then, and sends the queue when online. */
  watching: z.boolean(),
  graphRoot: z.string(),
  /** Where the sign-in token and the hashes go, said plainly for the technician. */
  tokenDestination: z.string(),
  signIn: SignInView,
  queue: z.object({
    queued: z.number().int(),
    sending: z.number().int(),
    submitted: z.number().int(),
    complete: z.number().int(),
    error: z.number().int(),
  }),
  uploadJobId: z.string().nullable(),
});
export type AutopilotStatus = z.infer<typeof AutopilotStatus>;

export const CsvExportResult = z.object({
  files: z.array(z.object({ path: z.string(), name: z.string(), rows: z.number().int(), bytes: z.number().int() })),
  devices: z.number().int(),
  warnings: z.array(z.object({ serialNumber: z.string(), message: z.string() })),
});
export type CsvExportResult = z.infer<typeof CsvExportResult>;

const Serials = z.array(z.string().trim().min(1).max(128)).max(10_000);
const DeviceValues = z.object({
  serialNumber: z.string().trim().min(1).max(128),
  groupTag: z.string().max(200).optional(),
  assignedUser: z.string().max(300).optional(),
});

export const UploadStartResult = z.object({
  queued: z.number().int(),
  alreadyQueued: z.number().int(),
  skipped: z.array(z.object({ serialNumber: z.string(), reason: z.string() })),
  offline: z.boolean(),
  job: JobView.nullable(),
  message: z.string(),
});
export type UploadStartResult = z.infer<typeof UploadStartResult>;

export const autopilotCalls = {
  autopilotHarvest: call(
    z.object({ deviceId: z.string().min(1).max(200), timeoutSeconds: z.number().int().min(5).max(1800).optional() }),
    JobView,
  ),
  autopilotHarvests: call(z.object({}), z.array(HarvestView)),
  autopilotExportCsv: call(
    z.object({
      serialNumbers: Serials.optional(),
      groupTag: z.string().max(200).optional(),
      assignedUser: z.string().max(300).optional(),
      perDevice: z.array(DeviceValues).max(10_000).optional(),
      includeTraining: z.boolean().optional(),
    }),
    CsvExportResult,
  ),
  autopilotUploadSettings: call(z.object({}), UploadSettings),
  autopilotSaveUploadSettings: call(UploadSettingsPatch, UploadSettings),
  autopilotSignIn: call(z.object({}), AutopilotStatus),
  autopilotCancelSignIn: call(z.object({}), AutopilotStatus),
  autopilotSignOut: call(z.object({}), AutopilotStatus),
  autopilotUpload: call(
    z.object({
      serialNumbers: Serials.optional(),
      groupTag: z.string().max(200).optional(),
      assignedUser: z.string().max(300).optional(),
    }),
    UploadStartResult,
  ),
  autopilotUploads: call(z.object({}), z.array(UploadView)),
  autopilotStatus: call(z.object({}), AutopilotStatus),
  autopilotCheckOnline: call(z.object({}), AutopilotStatus),
};

export const autopilotEvents = {
  autopilotChanged: AutopilotStatus,
};
