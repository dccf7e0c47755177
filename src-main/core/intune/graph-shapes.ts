import { z } from 'zod';

/**
 * The three Graph v1.0 records the station reads for a serial, parsed at the edge. Only the properties the
 * station shows or acts on are kept; Graph sends many more. Every property is optional or nullable because Graph
 * omits or nulls them freely (a device that never synced has no lastSyncDateTime).
 *
 * - managedDevice (GET /deviceManagement/managedDevices): the Intune enrollment.
 * - windowsAutopilotDeviceIdentity (GET /deviceManagement/windowsAutopilotDeviceIdentities): the Autopilot
 *   registration. Its v1.0 reference page documents no deploymentProfileAssignmentStatus (only beta has one), and
 *   the station uses v1.0 only: the field the JSON names stays, always null, with the reason beside it;
 *   what v1.0 does give (enrollmentState, lastContactedDateTime) is shown instead. Nothing is read from beta.
 * - device (GET /devices): the Entra ID device object, found by its deviceId (the managed device's azureADDeviceId).
 */

const text = z.string().nullish();

export const ManagedDeviceSchema = z.looseObject({
  id: z.string().min(1),
  deviceName: text,
  serialNumber: text,
  complianceState: text,
  managementState: text,
  enrolledDateTime: text,
  lastSyncDateTime: text,
  osVersion: text,
  operatingSystem: text,
  userPrincipalName: text,
  azureADDeviceId: text,
});

export const AutopilotIdentitySchema = z.looseObject({
  id: z.string().min(1),
  serialNumber: text,
  groupTag: text,
  enrollmentState: text,
  lastContactedDateTime: text,
  userPrincipalName: text,
  addressableUserName: text,
  azureActiveDirectoryDeviceId: text,
  managedDeviceId: text,
});

export const EntraDeviceSchema = z.looseObject({
  id: z.string().min(1),
  deviceId: text,
  displayName: text,
  operatingSystem: text,
  approximateLastSignInDateTime: text,
});

/** One page of an OData collection: `value`, and `@odata.nextLink` while more pages follow. */
export const CollectionPageSchema = z.looseObject({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.string().optional(),
});

export type ManagedDevice = z.infer<typeof ManagedDeviceSchema>;
export type AutopilotIdentity = z.infer<typeof AutopilotIdentitySchema>;
export type EntraDevice = z.infer<typeof EntraDeviceSchema>;

/** The views the JSON promises, with nulls where Graph said nothing. */
export interface IntuneRecordView {
  id: string;
  deviceName: string | null;
  complianceState: string | null;
  managementState: string | null;
  enrolledDateTime: string | null;
  lastSyncDateTime: string | null;
  osVersion: string | null;
  userPrincipalName: string | null;
  azureADDeviceId: string | null;
  /** More than one Intune record for this serial, and this one is not the most recently synced. */
  stale: boolean;
}

/** Why deploymentProfileAssignmentStatus is null: said once here, carried with every Autopilot record. */
export const PROFILE_STATUS_NOT_IN_V1 =
  'not in Graph v1.0 (only its beta reports a profile assignment status); enrollmentState and lastContactedDateTime are what v1.0 gives';

export interface AutopilotRecordView {
  id: string;
  /** Always null: see PROFILE_STATUS_NOT_IN_V1. */
  deploymentProfileAssignmentStatus: null;
  deploymentProfileAssignmentStatusReason: string;
  groupTag: string | null;
  enrollmentState: string | null;
  lastContactedDateTime: string | null;
  userPrincipalName: string | null;
  azureActiveDirectoryDeviceId: string | null;
}

export interface EntraRecordView {
  id: string;
  deviceId: string | null;
  displayName: string | null;
}

const n = (v: string | null | undefined): string | null => (v === undefined || v === '' ? null : v);

export function intuneView(d: ManagedDevice, stale: boolean): IntuneRecordView {
  return {
    id: d.id,
    deviceName: n(d.deviceName),
    complianceState: n(d.complianceState),
    managementState: n(d.managementState),
    enrolledDateTime: n(d.enrolledDateTime),
    lastSyncDateTime: n(d.lastSyncDateTime),
    osVersion: n(d.osVersion),
    userPrincipalName: n(d.userPrincipalName),
    azureADDeviceId: n(d.azureADDeviceId),
    stale,
  };
}

export function autopilotView(a: AutopilotIdentity): AutopilotRecordView {
  return {
    id: a.id,
    deploymentProfileAssignmentStatus: null,
    deploymentProfileAssignmentStatusReason: PROFILE_STATUS_NOT_IN_V1,
    groupTag: n(a.groupTag),
    enrollmentState: n(a.enrollmentState),
    lastContactedDateTime: n(a.lastContactedDateTime),
    userPrincipalName: n(a.userPrincipalName),
    azureActiveDirectoryDeviceId: n(a.azureActiveDirectoryDeviceId),
  };
}

export function entraView(e: EntraDevice): EntraRecordView {
  return { id: e.id, deviceId: n(e.deviceId), displayName: n(e.displayName) };
}

/** Intune reports an all-zero Entra id for a device that never registered in Entra: it names no device. */
export function realEntraId(id: string | null | undefined): string | null {
  if (!id || /^0{8}-0{4}-0{4}-0{4}-0{12}$/.test(id)) return null;
  return id;
}
