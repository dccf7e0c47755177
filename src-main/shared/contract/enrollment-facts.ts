/**
 * What the planner may know about a device and its organization. Every fact is optional: a missing fact means
 * "unknown", and the planner then says what to check instead of assuming the best. Imports zod only.
 */
import { z } from 'zod';
import { HoloLensModel, PathId } from './enrollment-plan.ts';

/**
 * Builds as techs meet them: "19041.1103", "10.0.19041.1128", or Device Portal's
 * "14393.0.x86fre.rs1_release.160715-1616". Five digits, so a version name ("2004") is never taken for a build.
 * Kept in step with knowledge/builds.ts parseBuild (a test checks both).
 */
export const BUILD_PATTERN = /^\s*(?:10\.0\.)?\d{5}(?:\.\d{1,6})?(?:\.[0-9A-Za-z_.-]+)?\s*$/;
export const BuildString = z
  .string()
  .regex(BUILD_PATTERN, 'a build number like 19041.1103 or 10.0.19041.1128 (not a version name like 2004 or 20H2)');

export const Identity = z.enum(['entra', 'msa', 'local']);
export type Identity = z.infer<typeof Identity>;
export const Users = z.enum(['single', 'multi']);
export type Users = z.infer<typeof Users>;
export const Stage = z.enum(['production', 'pilot', 'poc']);
export type Stage = z.infer<typeof Stage>;
export const Edition = z.enum(['holographic', 'business']);
export type Edition = z.infer<typeof Edition>;
export const Tenant = z.enum(['commercial', 'gcc-high']);
export type Tenant = z.infer<typeof Tenant>;
/** Autopilot for HoloLens 2 works with Intune or Ivanti Neurons for MDM (HLdocs:hololens2-autopilot.md). */
export const Mdm = z.enum(['intune', 'ivanti', 'airwatch', 'other']);
export type Mdm = z.infer<typeof Mdm>;
export const Network = z.enum(['ethernet', 'wifi']);
export type Network = z.infer<typeof Network>;
export const MdmUserScope = z.enum(['all', 'some', 'none']);
export type MdmUserScope = z.infer<typeof MdmUserScope>;
export const DeviceState = z.enum(['fresh', 'set-up']);
/** Kiosk (Assigned Access) the MDM or a package will set: none, one app, or a few apps (HLdocs:hololens-kiosk.md). */
export const Kiosk = z.enum(['none', 'single-app', 'multi-app']);
export type Kiosk = z.infer<typeof Kiosk>;
export type DeviceState = z.infer<typeof DeviceState>;

export const EnrollmentFacts = z.strictObject({
  model: HoloLensModel.optional(),
  /** The kind of account people will sign in with. */
  identity: Identity.optional(),
  users: Users.optional(),
  stage: Stage.optional(),
  build: BuildString.optional(),
  /** HoloLens (1st gen) only: plain Windows Holographic, or Windows Holographic for Business. */
  edition: Edition.optional(),
  tenant: Tenant.optional(),
  /** The tenant has Entra ID P1 or P2 ("Azure Premium"). */
  premium: z.boolean().optional(),
  mdm: Mdm.optional(),
  /** The device's hardware hash is registered for Autopilot with a HoloLens profile assigned. */
  autopilotRegistered: z.boolean().optional(),
  /** Entra automatic MDM enrollment is set up (enrollment URLs configured for the MDM app). */
  autoEnrollmentConfigured: z.boolean().optional(),
  /** Entra's MDM user scope: who may auto-enroll. "none" fails with 0x8018002B. */
  mdmUserScope: MdmUserScope.optional(),
  /** The device joins Entra with a bulk token from a provisioning package. */
  bulkToken: z.boolean().optional(),
  /** How an Autopilot device reaches the internet during first setup. */
  network: Network.optional(),
  batteryPercent: z.number().min(0).max(100).optional(),
  /** An Intune or Entra record for this device already exists (it was enrolled or joined before). */
  existingDeviceRecord: z.boolean().optional(),
  /** "fresh": at or before first setup; "set-up": first setup is finished and someone signs in. */
  deviceState: DeviceState.optional(),
  /** For a set-up device: the kind of account it was set up with. */
  currentAccount: Identity.optional(),
  /** A provisioning package that creates the local account is ready (local accounts exist only that way). */
  localAccountPackage: z.boolean().optional(),
  /** MDM policy Experience/AllowManualMDMUnenrollment: false means Disconnect is blocked. */
  allowManualUnenroll: z.boolean().optional(),
  /** How many people will sign in on this one device. */
  userCount: z.number().int().min(1).optional(),
  /** The device will run as a kiosk once enrolled. */
  kiosk: Kiosk.optional(),
  /** The only network at setup is 802.1X (EAP) Wi-Fi, which needs certificates (HLdocs:hololens-network.md). */
  enterpriseWifi: z.boolean().optional(),
  /** The tech insists on this path: the planner then reports what blocks it instead of choosing another. */
  requestedPath: PathId.optional(),
});
export type EnrollmentFacts = z.infer<typeof EnrollmentFacts>;
export type FactKey = keyof EnrollmentFacts;

/** What `holobench plan` requires on the command line; everything else may stay unknown. */
export const PlanCliFacts = EnrollmentFacts.required({ model: true, identity: true, users: true, stage: true });
export type PlanCliFacts = z.infer<typeof PlanCliFacts>;

export const UnenrollOptions = z.strictObject({
  model: HoloLensModel.optional(),
  allowManualUnenroll: z.boolean().optional(),
  /** The device will be reused in another tenant (then its Autopilot registration must go too). */
  movingTenant: z.boolean().optional(),
});
export type UnenrollOptions = z.infer<typeof UnenrollOptions>;
