import { StationError } from '../../shared/errors.ts';

/**
 * Every Graph v1.0 request the Intune side of the station makes, as data: method, path, body and the least
 * permission its reference page lists. The plan (--plan) prints these before anything is sent, the runner sends
 * exactly these, and the README's permission table is this list. Permissions are application permissions; the
 * delegated ones are the same names except for deleting an Entra device (see ENTRA_DELETE_NOTE).
 */

export type GraphPermission =
  | 'DeviceManagementManagedDevices.Read.All'
  | 'DeviceManagementManagedDevices.ReadWrite.All'
  | 'DeviceManagementManagedDevices.PrivilegedOperations.All'
  | 'DeviceManagementServiceConfig.Read.All'
  | 'DeviceManagementServiceConfig.ReadWrite.All'
  | 'Device.Read.All'
  | 'Device.ReadWrite.All';

export interface GraphRequest {
  method: 'GET' | 'POST' | 'DELETE';
  /** Relative to the Graph root and version, e.g. /deviceManagement/managedDevices/{id}. */
  path: string;
  body?: Record<string, unknown>;
  permission: GraphPermission;
}

export const ENTRA_DELETE_NOTE =
  'Deleting an Entra device needs Device.ReadWrite.All as an application permission; signed in as a person it needs Directory.AccessAsUser.All and the Intune Administrator or Cloud Device Administrator role.';

const MANAGED = '/deviceManagement/managedDevices';
const AUTOPILOT = '/deviceManagement/windowsAutopilotDeviceIdentities';

/**
 * Serials go into an OData filter, so only the characters serial numbers use are accepted. An empty value is
 * refused too: Graph answers a managedDevices filter with an empty value with every device in the tenant.
 */
export function checkSerial(serial: string): string {
  const s = serial.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(s)) {
    throw new StationError(
      'intune-serial-invalid',
      'Not a serial number',
      `"${serial.slice(0, 70)}" is not a serial number: use letters, digits, dots, dashes or underscores (at most 64).`,
    );
  }
  return s;
}

function checkId(what: string, id: string): string {
  if (!/^[A-Za-z0-9-]{1,80}$/.test(id)) {
    throw new StationError(
      'intune-id-invalid',
      'Graph sent an odd id',
      `The ${what} id "${id.slice(0, 80)}" is not usable.`,
    );
  }
  return id;
}

const q = (filter: string): string => `?$filter=${encodeURIComponent(filter)}`;

export const requests = {
  listManagedDevices: (serial: string): GraphRequest => ({
    method: 'GET',
    path: `${MANAGED}${q(`serialNumber eq '${checkSerial(serial)}'`)}`,
    permission: 'DeviceManagementManagedDevices.Read.All',
  }),
  /**
   * The v1.0 reference page documents the list but not which filters it takes; Graph's maintainers answered that
   * it takes contains(serialNumber, ...) (microsoftgraph/microsoft-graph-docs#9357) and eq fails with 400
   * (msgraph-sdk-powershell#1260). contains also matches longer serials, so callers keep exact matches only.
   */
  listAutopilotIdentities: (serial: string): GraphRequest => ({
    method: 'GET',
    path: `${AUTOPILOT}${q(`contains(serialNumber,'${checkSerial(serial)}')`)}`,
    permission: 'DeviceManagementServiceConfig.Read.All',
  }),
  /** deviceId is an alternate key of device that supports eq filters; a list answers 200 with [] when none. */
  listEntraDevices: (deviceId: string): GraphRequest => ({
    method: 'GET',
    path: `/devices${q(`deviceId eq '${checkId('Entra device', deviceId)}'`)}`,
    permission: 'Device.Read.All',
  }),
  getManagedDevice: (id: string): GraphRequest => ({
    method: 'GET',
    path: `${MANAGED}/${checkId('managed device', id)}`,
    permission: 'DeviceManagementManagedDevices.Read.All',
  }),
  getAutopilotIdentity: (id: string): GraphRequest => ({
    method: 'GET',
    path: `${AUTOPILOT}/${checkId('Autopilot identity', id)}`,
    permission: 'DeviceManagementServiceConfig.Read.All',
  }),
  getEntraDevice: (id: string): GraphRequest => ({
    method: 'GET',
    path: `/devices/${checkId('Entra device', id)}`,
    permission: 'Device.Read.All',
  }),
  syncDevice: (id: string): GraphRequest => ({
    method: 'POST',
    path: `${MANAGED}/${checkId('managed device', id)}/syncDevice`,
    permission: 'DeviceManagementManagedDevices.PrivilegedOperations.All',
  }),
  /** Retain-enrollment-state off and user data not kept: the device comes back as new, ready for its next owner. */
  wipe: (id: string): GraphRequest => ({
    method: 'POST',
    path: `${MANAGED}/${checkId('managed device', id)}/wipe`,
    body: { keepEnrollmentData: false, keepUserData: false },
    permission: 'DeviceManagementManagedDevices.PrivilegedOperations.All',
  }),
  deleteManagedDevice: (id: string): GraphRequest => ({
    method: 'DELETE',
    path: `${MANAGED}/${checkId('managed device', id)}`,
    permission: 'DeviceManagementManagedDevices.ReadWrite.All',
  }),
  deleteAutopilotIdentity: (id: string): GraphRequest => ({
    method: 'DELETE',
    path: `${AUTOPILOT}/${checkId('Autopilot identity', id)}`,
    permission: 'DeviceManagementServiceConfig.ReadWrite.All',
  }),
  deleteEntraDevice: (id: string): GraphRequest => ({
    method: 'DELETE',
    path: `/devices/${checkId('Entra device', id)}`,
    permission: 'Device.ReadWrite.All',
  }),
  updateDeviceProperties: (id: string, values: { groupTag?: string; userPrincipalName?: string }): GraphRequest => ({
    method: 'POST',
    path: `${AUTOPILOT}/${checkId('Autopilot identity', id)}/updateDeviceProperties`,
    body: {
      ...(values.groupTag === undefined ? {} : { groupTag: values.groupTag }),
      ...(values.userPrincipalName === undefined
        ? {}
        : { userPrincipalName: values.userPrincipalName, addressableUserName: values.userPrincipalName }),
    },
    permission: 'DeviceManagementServiceConfig.ReadWrite.All',
  }),
};

/** What each station action needs, least first: the README lists this table. */
export const PERMISSIONS_BY_ACTION: Record<string, GraphPermission[]> = {
  status: ['DeviceManagementManagedDevices.Read.All', 'DeviceManagementServiceConfig.Read.All', 'Device.Read.All'],
  'verify-enrolled': [
    'DeviceManagementManagedDevices.Read.All',
    'DeviceManagementManagedDevices.PrivilegedOperations.All',
  ],
  wipe: ['DeviceManagementManagedDevices.PrivilegedOperations.All'],
  'cleanup reuse': [
    'DeviceManagementManagedDevices.PrivilegedOperations.All',
    'DeviceManagementManagedDevices.ReadWrite.All',
    'Device.ReadWrite.All',
  ],
  'cleanup leave-organization': [
    'DeviceManagementManagedDevices.PrivilegedOperations.All',
    'DeviceManagementManagedDevices.ReadWrite.All',
    'DeviceManagementServiceConfig.ReadWrite.All',
    'Device.ReadWrite.All',
  ],
  tag: ['DeviceManagementServiceConfig.ReadWrite.All'],
};
