import { StationError } from '../../shared/errors.ts';

/**
 * The Microsoft Graph deployments the import API is available in (all four per its reference page), each with the
 * sign-in authority its tenants use. Scopes are `<graph root>/.default`: the app's consented permissions, which
 * must include DeviceManagementServiceConfig.ReadWrite.All.
 */

export type GraphCloudName = 'global' | 'usgov-l4' | 'usgov-l5' | 'china';

export interface GraphCloud {
  name: GraphCloudName;
  label: string;
  graphRoot: string;
  authorityHost: string;
}

export const GRAPH_CLOUDS: Record<GraphCloudName, GraphCloud> = {
  global: {
    name: 'global',
    label: 'Microsoft Graph global service',
    graphRoot: 'https://graph.microsoft.com',
    authorityHost: 'https://login.microsoftonline.com',
  },
  'usgov-l4': {
    name: 'usgov-l4',
    label: 'US Government L4',
    graphRoot: 'https://graph.microsoft.us',
    authorityHost: 'https://login.microsoftonline.us',
  },
  'usgov-l5': {
    name: 'usgov-l5',
    label: 'US Government L5 (DoD)',
    graphRoot: 'https://dod-graph.microsoft.us',
    authorityHost: 'https://login.microsoftonline.us',
  },
  china: {
    name: 'china',
    label: 'China operated by 21Vianet',
    graphRoot: 'https://microsoftgraph.chinacloudapi.cn',
    authorityHost: 'https://login.chinacloudapi.cn',
  },
};

export const GRAPH_PERMISSION = 'DeviceManagementServiceConfig.ReadWrite.All';

export function isGraphCloudName(value: string): value is GraphCloudName {
  return Object.hasOwn(GRAPH_CLOUDS, value);
}

export function graphCloud(name: string): GraphCloud {
  if (!isGraphCloudName(name)) {
    throw new StationError(
      'graph-cloud-unknown',
      'Unknown Microsoft cloud',
      `"${name}" is not a Graph cloud the station knows. Use one of: ${Object.keys(GRAPH_CLOUDS).join(', ')}.`,
    );
  }
  return GRAPH_CLOUDS[name];
}

export function graphScope(cloud: GraphCloud): string {
  return `${cloud.graphRoot}/.default`;
}

export function authorityFor(cloud: GraphCloud, tenantId: string): string {
  if (!/^[A-Za-z0-9.-]+$/.test(tenantId)) {
    throw new StationError(
      'graph-tenant-invalid',
      'The tenant is not valid',
      'Give the tenant as its ID (a GUID) or its domain, like contoso.onmicrosoft.com.',
    );
  }
  return `${cloud.authorityHost}/${tenantId}`;
}

/**
 * Checks a Graph root given to override the cloud (tests, `--graph-base`). The bearer token goes to this address,
 * so plain http is allowed only to this machine.
 */
export function parseGraphRoot(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new StationError('graph-base-invalid', 'The Graph address is not valid', `"${value}" is not a URL.`);
  }
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new StationError(
      'graph-base-invalid',
      'The Graph address is not safe',
      `${url.origin} is not https; the sign-in token would travel unencrypted. Use https (http only for 127.0.0.1).`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
