import { intlLocale } from '../../shared/i18n/languages.ts';
import { say, stationLanguage } from '../language.ts';
import type { TokenProvider, TokenRequestOptions } from './auth.ts';

/**
 * The one table of what each station action may ask Microsoft Graph for. Every Graph request the station makes
 * belongs to one operation; each operation carries the least permission its v1.0 reference page lists, for an app
 * (client secret, certificate) and for a signed-in person (device code) where the two differ. An action is a list
 * of operations: its delegated permissions are what a device-code sign-in asks consent for when the technician
 * starts that action (incremental consent), and nothing more; an app signs in with `.default` (what the admin
 * granted) and a refusal names the permission this table says was missing. A test holds the README's table to this.
 */

export type GraphPermission =
  | 'DeviceManagementManagedDevices.Read.All'
  | 'DeviceManagementManagedDevices.ReadWrite.All'
  | 'DeviceManagementManagedDevices.PrivilegedOperations.All'
  | 'DeviceManagementServiceConfig.Read.All'
  | 'DeviceManagementServiceConfig.ReadWrite.All'
  | 'Device.Read.All'
  | 'Device.ReadWrite.All'
  | 'Directory.AccessAsUser.All';

export interface OperationPermission {
  /** What the requests are, as the README names them. */
  requests: string;
  /** The least application permission (app-only sign-in). */
  application: GraphPermission;
  /** The least delegated permission (a person signed in). */
  delegated: GraphPermission;
  /** Directory roles of which the signed-in person needs one as well, where the reference page asks for one. */
  roles?: readonly string[];
}

const same = (requests: string, permission: GraphPermission): OperationPermission => ({
  requests,
  application: permission,
  delegated: permission,
});

export const GRAPH_OPERATIONS = {
  'import-autopilot-devices': same(
    'POST importedWindowsAutopilotDeviceIdentities/import, GET importedWindowsAutopilotDeviceIdentities/{id}',
    'DeviceManagementServiceConfig.ReadWrite.All',
  ),
  'read-managed-devices': same('GET managedDevices', 'DeviceManagementManagedDevices.Read.All'),
  'sync-managed-device': same(
    'POST managedDevices/{id}/syncDevice',
    'DeviceManagementManagedDevices.PrivilegedOperations.All',
  ),
  'wipe-managed-device': same(
    'POST managedDevices/{id}/wipe',
    'DeviceManagementManagedDevices.PrivilegedOperations.All',
  ),
  'delete-managed-device': same('DELETE managedDevices/{id}', 'DeviceManagementManagedDevices.ReadWrite.All'),
  'read-autopilot-identities': same('GET windowsAutopilotDeviceIdentities', 'DeviceManagementServiceConfig.Read.All'),
  'update-autopilot-identity': same(
    'POST windowsAutopilotDeviceIdentities/{id}/updateDeviceProperties',
    'DeviceManagementServiceConfig.ReadWrite.All',
  ),
  'delete-autopilot-identity': same(
    'DELETE windowsAutopilotDeviceIdentities/{id}',
    'DeviceManagementServiceConfig.ReadWrite.All',
  ),
  'read-entra-devices': same('GET devices', 'Device.Read.All'),
  'delete-entra-device': {
    requests: 'DELETE devices/{id}',
    application: 'Device.ReadWrite.All',
    // The device delete page lists no Device.* permission for a signed-in person, only this one plus a role.
    delegated: 'Directory.AccessAsUser.All',
    roles: ['Intune Administrator', 'Windows 365 Administrator', 'Cloud Device Administrator'],
  },
} as const satisfies Record<string, OperationPermission>;

export type GraphOperation = keyof typeof GRAPH_OPERATIONS;

export type StationAction =
  | 'autopilot-upload'
  | 'intune-status'
  | 'verify-enrolled'
  | 'intune-wipe'
  | 'cleanup-reuse'
  | 'cleanup-leave-organization'
  | 'intune-tag';

export interface ActionPermissions {
  operations: readonly GraphOperation[];
}

/** How the technician knows the action ("the Intune status of a device"), in the station's language. */
export function actionTitle(action: StationAction | null): string {
  return say(action ? `graph:action.${action}` : 'graph:action.none');
}

export const ACTION_PERMISSIONS: Record<StationAction, ActionPermissions> = {
  'autopilot-upload': { operations: ['import-autopilot-devices'] },
  'intune-status': {
    operations: ['read-managed-devices', 'read-autopilot-identities', 'read-entra-devices'],
  },
  'verify-enrolled': {
    operations: ['read-managed-devices', 'sync-managed-device'],
  },
  'intune-wipe': { operations: ['read-managed-devices', 'wipe-managed-device'] },
  'cleanup-reuse': {
    operations: [
      'read-managed-devices',
      'read-autopilot-identities',
      'read-entra-devices',
      'wipe-managed-device',
      'delete-managed-device',
      'delete-entra-device',
    ],
  },
  'cleanup-leave-organization': {
    operations: [
      'read-managed-devices',
      'read-autopilot-identities',
      'read-entra-devices',
      'wipe-managed-device',
      'delete-managed-device',
      'delete-autopilot-identity',
      'delete-entra-device',
    ],
  },
  'intune-tag': {
    operations: ['read-autopilot-identities', 'update-autopilot-identity'],
  },
};

export type SignInKind = 'delegated' | 'application' | 'given-token';

/**
 * The permissions an action needs for one kind of sign-in, least first and without a Read.All where the same
 * family's ReadWrite.All is in the set (Graph accepts the ReadWrite one for reads: asking both is asking twice).
 */
export function permissionsFor(action: StationAction, kind: 'delegated' | 'application'): GraphPermission[] {
  const all = new Set<GraphPermission>(ACTION_PERMISSIONS[action].operations.map((op) => GRAPH_OPERATIONS[op][kind]));
  return [...all].filter(
    (p) => !(p.endsWith('.Read.All') && all.has(p.replace(/\.Read\.All$/, '.ReadWrite.All') as GraphPermission)),
  );
}

/** Graph scopes for a delegated sign-in: each permission qualified by the cloud's Graph root. */
export function delegatedScopes(permissions: readonly GraphPermission[], graphRoot: string): string[] {
  return permissions.map((p) => `${graphRoot}/${p}`);
}

/**
 * A token provider that asks for one action's permissions: a device-code sign-in requests exactly these scopes
 * (MSAL reuses a cached token that already covers them, and asks the person only for consent still missing); an
 * app or a given token ignores them. `kind` says which, so a refusal can be worded for the one who can fix it.
 */
export function tokensForAction(tokens: TokenProvider, action: StationAction): TokenProvider {
  const permissions = permissionsFor(action, 'delegated');
  return {
    kind: tokens.kind,
    getToken: (options?: TokenRequestOptions) => tokens.getToken({ ...options, permissions, action }),
  };
}

/** "A, B or C" in the station's language: role names are Microsoft's, the "or" is the language's. */
function anyOf(names: readonly string[]): string {
  return new Intl.ListFormat(intlLocale(stationLanguage()), { type: 'disjunction' }).format(names);
}

/**
 * One line that says which permission a refused request lacked and who can grant it, worded for the sign-in in
 * use. A given token is not decoded (nothing in it can be trusted), so both names are given where they differ.
 * Permission and role names are Graph's identifiers and stay as they are in every language.
 */
export function missingPermissionText(
  operation: GraphOperation,
  action: StationAction | null,
  kind: SignInKind | undefined,
): string {
  const op: OperationPermission = GRAPH_OPERATIONS[operation];
  const what = actionTitle(action);
  const roles = op.roles ? anyOf(op.roles) : undefined;
  if (kind === 'application') return say('graph:missing.application', { permission: op.application, what });
  if (kind === 'delegated') {
    return say(roles ? 'graph:missing.delegatedRole' : 'graph:missing.delegated', {
      permission: op.delegated,
      roles,
      what,
    });
  }
  if (op.application === op.delegated && !roles)
    return say('graph:missing.given', { permission: op.application, what });
  return say(roles ? 'graph:missing.givenEitherRole' : 'graph:missing.givenEither', {
    application: op.application,
    delegated: op.delegated,
    roles,
    what,
  });
}
