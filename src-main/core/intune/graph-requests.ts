import { StationError } from '../../shared/errors.ts';
import { GRAPH_OPERATIONS, type GraphOperation, type GraphPermission } from '../autopilot/graph-permissions.ts';
import { say } from '../language.ts';

/**
 * Every Graph v1.0 request the Intune side of the station makes, as data: method, path, body and the operation it
 * belongs to in the permission table (core/autopilot/graph-permissions.ts). The plan (--plan) prints these before
 * anything is sent, the runner sends exactly these, and `permission` is the operation's least application
 * permission, shown in the plan and kept in the ledger.
 */

export type { GraphPermission };

export interface GraphRequest {
  method: 'GET' | 'POST' | 'DELETE';
  /** Relative to the Graph root and version, e.g. /deviceManagement/managedDevices/{id}. */
  path: string;
  body?: Record<string, unknown>;
  operation: GraphOperation;
  permission: GraphPermission;
}

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
      say('graph:serial.title'),
      say('graph:serial.message', { value: serial.slice(0, 70) }),
    );
  }
  return s;
}

/** The kinds of record whose Graph ids go into a path or a filter. */
type IdKind = 'managed' | 'autopilot' | 'entra';

function checkId(kind: IdKind, id: string): string {
  if (!/^[A-Za-z0-9-]{1,80}$/.test(id)) {
    throw new StationError(
      'intune-id-invalid',
      say('graph:id.title'),
      say(`graph:id.${kind}`, { id: id.slice(0, 80) }),
    );
  }
  return id;
}

const q = (filter: string): string => `?$filter=${encodeURIComponent(filter)}`;

const of = (operation: GraphOperation): Pick<GraphRequest, 'operation' | 'permission'> => ({
  operation,
  permission: GRAPH_OPERATIONS[operation].application,
});

/** The read that tells whether the record a DELETE aims at is still there (404: gone). */
const READ_BEFORE_DELETE: Partial<Record<GraphOperation, GraphOperation>> = {
  'delete-managed-device': 'read-managed-devices',
  'delete-autopilot-identity': 'read-autopilot-identities',
  'delete-entra-device': 'read-entra-devices',
};

export function existsRequest(del: GraphRequest): GraphRequest {
  const read = READ_BEFORE_DELETE[del.operation];
  if (del.method !== 'DELETE' || !read) throw new Error(`${del.method} ${del.path} is not a delete`);
  return { method: 'GET', path: del.path, ...of(read) };
}

export const requests = {
  listManagedDevices: (serial: string): GraphRequest => ({
    method: 'GET',
    path: `${MANAGED}${q(`serialNumber eq '${checkSerial(serial)}'`)}`,
    ...of('read-managed-devices'),
  }),
  /**
   * The v1.0 reference page documents the list but not which filters it takes; Graph's maintainers answered that
   * it takes contains(serialNumber, ...) (microsoftgraph/microsoft-graph-docs#9357) and eq fails with 400
   * (msgraph-sdk-powershell#1260). contains also matches longer serials, so callers keep exact matches only.
   */
  listAutopilotIdentities: (serial: string): GraphRequest => ({
    method: 'GET',
    path: `${AUTOPILOT}${q(`contains(serialNumber,'${checkSerial(serial)}')`)}`,
    ...of('read-autopilot-identities'),
  }),
  /** deviceId is an alternate key of device that supports eq filters; a list answers 200 with [] when none. */
  listEntraDevices: (deviceId: string): GraphRequest => ({
    method: 'GET',
    path: `/devices${q(`deviceId eq '${checkId('entra', deviceId)}'`)}`,
    ...of('read-entra-devices'),
  }),
  getManagedDevice: (id: string): GraphRequest => ({
    method: 'GET',
    path: `${MANAGED}/${checkId('managed', id)}`,
    ...of('read-managed-devices'),
  }),
  getAutopilotIdentity: (id: string): GraphRequest => ({
    method: 'GET',
    path: `${AUTOPILOT}/${checkId('autopilot', id)}`,
    ...of('read-autopilot-identities'),
  }),
  getEntraDevice: (id: string): GraphRequest => ({
    method: 'GET',
    path: `/devices/${checkId('entra', id)}`,
    ...of('read-entra-devices'),
  }),
  syncDevice: (id: string): GraphRequest => ({
    method: 'POST',
    path: `${MANAGED}/${checkId('managed', id)}/syncDevice`,
    ...of('sync-managed-device'),
  }),
  /** Retain-enrollment-state off and user data not kept: the device comes back as new, ready for its next owner. */
  wipe: (id: string): GraphRequest => ({
    method: 'POST',
    path: `${MANAGED}/${checkId('managed', id)}/wipe`,
    body: { keepEnrollmentData: false, keepUserData: false },
    ...of('wipe-managed-device'),
  }),
  deleteManagedDevice: (id: string): GraphRequest => ({
    method: 'DELETE',
    path: `${MANAGED}/${checkId('managed', id)}`,
    ...of('delete-managed-device'),
  }),
  deleteAutopilotIdentity: (id: string): GraphRequest => ({
    method: 'DELETE',
    path: `${AUTOPILOT}/${checkId('autopilot', id)}`,
    ...of('delete-autopilot-identity'),
  }),
  deleteEntraDevice: (id: string): GraphRequest => ({
    method: 'DELETE',
    path: `/devices/${checkId('entra', id)}`,
    ...of('delete-entra-device'),
  }),
  updateDeviceProperties: (id: string, values: { groupTag?: string; userPrincipalName?: string }): GraphRequest => ({
    method: 'POST',
    path: `${AUTOPILOT}/${checkId('autopilot', id)}/updateDeviceProperties`,
    body: {
      ...(values.groupTag === undefined ? {} : { groupTag: values.groupTag }),
      ...(values.userPrincipalName === undefined
        ? {}
        : { userPrincipalName: values.userPrincipalName, addressableUserName: values.userPrincipalName }),
    },
    ...of('update-autopilot-identity'),
  }),
};
