import { StationError } from '../../shared/errors.ts';
import { say } from '../language.ts';

/**
 * The Microsoft Graph deployments the import API is available in (all four per its reference page), each with the
 * sign-in authority its tenants use. An app asks for `<graph root>/.default` (what the admin granted it); a person
 * asks for each action's own permissions, qualified by the same root (graph-permissions.ts).
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

export function isGraphCloudName(value: string): value is GraphCloudName {
  return Object.hasOwn(GRAPH_CLOUDS, value);
}

export function graphCloud(name: string): GraphCloud {
  if (!isGraphCloudName(name)) {
    throw new StationError(
      'graph-cloud-unknown',
      say('graph:cloud.unknown.title'),
      say('graph:cloud.unknown.message', { name, clouds: Object.keys(GRAPH_CLOUDS).join(', ') }),
    );
  }
  return GRAPH_CLOUDS[name];
}

export function graphScope(cloud: GraphCloud): string {
  return `${cloud.graphRoot}/.default`;
}

export function authorityFor(cloud: GraphCloud, tenantId: string): string {
  if (!/^[A-Za-z0-9.-]+$/.test(tenantId)) {
    throw new StationError('graph-tenant-invalid', say('graph:tenant.title'), say('graph:tenant.message'));
  }
  return `${cloud.authorityHost}/${tenantId}`;
}

/** Hosts of the national clouds' Graph roots: the only places the token goes without the technician naming it. */
const CLOUD_HOSTS = new Set(Object.values(GRAPH_CLOUDS).map((c) => new URL(c.graphRoot).host));
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Checks a Graph root given to override the cloud (tests, `--graph-base`). The bearer token (tenant-wide
 * device-management rights) and the hardware hashes go to this address, so it must be one of the national clouds,
 * this machine, or the exact host the technician confirmed (`allowedHost`, from --allow-graph-host). Plain http is
 * allowed only to this machine.
 */
export function parseGraphRoot(value: string, allowedHost?: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new StationError('graph-base-invalid', say('graph:base.invalid'), say('graph:base.notUrl', { value }));
  }
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new StationError(
      'graph-base-invalid',
      say('graph:base.unsafe.title'),
      say('graph:base.unsafe.message', { origin: url.origin }),
    );
  }
  if (url.username || url.password) {
    throw new StationError('graph-base-invalid', say('graph:base.invalid'), say('graph:base.credentials'));
  }
  const confirmed = allowedHost !== undefined && allowedHost.toLowerCase() === url.host.toLowerCase();
  if (!local && !CLOUD_HOSTS.has(url.host) && !confirmed) {
    throw new StationError(
      'graph-base-not-allowed',
      say('graph:base.foreign.title'),
      say('graph:base.foreign.message', { host: url.host, clouds: [...CLOUD_HOSTS].join(', ') }),
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** One line for the technician: where the token and the hashes are about to go. */
export function tokenDestination(graphRoot: string): string {
  const host = new URL(graphRoot).host;
  const cloud = Object.values(GRAPH_CLOUDS).find((c) => new URL(c.graphRoot).host === host);
  const what = cloud
    ? say(`station-work:cloud.${cloud.name}`)
    : LOCAL_HOSTS.has(new URL(graphRoot).hostname)
      ? say('station-work:destination.local')
      : say('station-work:destination.confirmed');
  return say('station-work:destination.text', { host, what });
}
