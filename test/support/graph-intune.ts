import { randomUUID } from 'node:crypto';
import type { FakeGraph, GraphRoute } from './graph-server.ts';

/**
 * Intune's endpoints on the local Graph stand-in, keeping Graph v1.0's documented shapes: collections as
 * { value: [...] } with @odata.nextLink while more pages follow, 204 for actions and deletes, 404 with an error body
 * for an id that is gone, 403 with an insufficient-privileges body for a permission the app lacks. Its filters
 * behave like Graph's: managedDevices takes `serialNumber eq '...'` and, like Graph, answers an empty filter with
 * every device; windowsAutopilotDeviceIdentities takes contains(serialNumber,'...') and refuses eq with 400;
 * devices takes `deviceId eq '...'`.
 */

export interface FakeManagedDevice {
  id: string;
  serialNumber: string;
  deviceName: string;
  complianceState: string;
  managementState: string;
  enrolledDateTime: string;
  lastSyncDateTime: string;
  osVersion: string;
  userPrincipalName: string;
  azureADDeviceId: string;
}

export interface FakeAutopilotIdentity {
  id: string;
  serialNumber: string;
  groupTag: string;
  enrollmentState: string;
  lastContactedDateTime: string;
  userPrincipalName: string;
  addressableUserName: string;
  azureActiveDirectoryDeviceId: string;
  managedDeviceId: string;
}

export interface FakeEntraDevice {
  id: string;
  deviceId: string;
  displayName: string;
}

/**
 * Which permissions Graph accepts for each request, least and higher, as the v1.0 reference pages list them
 * (written here from those pages, apart from the station's own table, so the two check each other). A token
 * granted a set of permissions (`grants`) gets 403 for a request none of them allows.
 */
export function acceptedPermissions(method: string, path: string): string[] {
  const managed = 'DeviceManagementManagedDevices';
  const config = 'DeviceManagementServiceConfig';
  if (path.startsWith(M)) {
    if (method === 'GET') return [`${managed}.Read.All`, `${managed}.ReadWrite.All`];
    if (path.endsWith('/syncDevice')) return [`${managed}.PrivilegedOperations.All`];
    if (path.endsWith('/wipe')) return [`${managed}.PrivilegedOperations.All`, `${managed}.ReadWrite.All`];
    return [`${managed}.ReadWrite.All`];
  }
  if (path.startsWith(A))
    return method === 'GET' ? [`${config}.Read.All`, `${config}.ReadWrite.All`] : [`${config}.ReadWrite.All`];
  if (method === 'GET') return ['Device.Read.All', 'Device.ReadWrite.All'];
  // Deleting a device: an app with Device.ReadWrite.All, a person with Directory.AccessAsUser.All (and a role).
  return ['Device.ReadWrite.All', 'Directory.AccessAsUser.All'];
}

const M = '/v1.0/deviceManagement/managedDevices';
const A = '/v1.0/deviceManagement/windowsAutopilotDeviceIdentities';
const D = '/v1.0/devices';

export class FakeIntune {
  readonly managed = new Map<string, FakeManagedDevice>();
  readonly autopilot = new Map<string, FakeAutopilotIdentity>();
  readonly entra = new Map<string, FakeEntraDevice>();
  readonly wipes: { id: string; body: unknown }[] = [];
  readonly syncs: string[] = [];
  /** Records per page of a collection. */
  pageSize = 100;
  /** "METHOD /v1.0/path-prefix" entries answered 403 as Graph does for a permission the app lacks. */
  readonly forbidden = new Set<string>();
  /** Tokens that carry only these permissions (tokens not listed here may do anything). */
  readonly grants = new Map<string, ReadonlySet<string>>();
  /** Serials whose managed device shows up only after this many lookups (enrollment still under way). */
  readonly enrollsAfterLookups = new Map<string, { lookups: number; device: FakeManagedDevice }>();
  /** Deleting an Autopilot identity also removes its Entra device. */
  autopilotDeleteRemovesEntra = false;
  /** A syncDevice makes the device report compliant (its policies evaluated at check-in). */
  compliantAfterSync = false;
  /** Called after a record is deleted, before the answer goes (a test can take the network away here). */
  onDeleted: ((id: string) => void) | null = null;
  private readonly graph: FakeGraph;

  constructor(graph: FakeGraph) {
    this.graph = graph;
    graph.routes.push(this.route);
  }

  /** A HoloLens 2 enrolled through Autopilot: managed device, Autopilot identity and Entra device, linked. */
  addEnrolled(
    serial: string,
    o: Partial<FakeManagedDevice> = {},
  ): { managed: FakeManagedDevice; autopilot: FakeAutopilotIdentity; entra: FakeEntraDevice } {
    const entra = this.addEntra(`HOLOLENS-${serial}`);
    const managed = this.addManaged(serial, { azureADDeviceId: entra.deviceId, ...o });
    const autopilot = this.addAutopilot(serial, {
      azureActiveDirectoryDeviceId: entra.deviceId,
      managedDeviceId: managed.id,
    });
    return { managed, autopilot, entra };
  }

  addManaged(serial: string, o: Partial<FakeManagedDevice> = {}): FakeManagedDevice {
    const d: FakeManagedDevice = {
      id: randomUUID(),
      serialNumber: serial,
      deviceName: `HOLOLENS-${serial}`,
      complianceState: 'compliant',
      managementState: 'managed',
      enrolledDateTime: '2026-11-01T10:00:00Z',
      lastSyncDateTime: '2026-12-01T10:00:00Z',
      osVersion: '10.0.22621.1244',
      userPrincipalName: '',
      azureADDeviceId: '00000000-0000-0000-0000-000000000000',
      ...o,
    };
    this.managed.set(d.id, d);
    return d;
  }

  addAutopilot(serial: string, o: Partial<FakeAutopilotIdentity> = {}): FakeAutopilotIdentity {
    const a: FakeAutopilotIdentity = {
      id: randomUUID(),
      serialNumber: serial,
      groupTag: '',
      enrollmentState: 'enrolled',
      lastContactedDateTime: '2026-12-01T10:00:00Z',
      userPrincipalName: '',
      addressableUserName: '',
      azureActiveDirectoryDeviceId: '',
      managedDeviceId: '',
      ...o,
    };
    this.autopilot.set(a.id, a);
    return a;
  }

  addEntra(displayName: string): FakeEntraDevice {
    const e = { id: randomUUID(), deviceId: randomUUID(), displayName };
    this.entra.set(e.id, e);
    return e;
  }

  /** Requests that change something, in the order they came. */
  mutations(): { method: string; path: string; status: number }[] {
    return this.graph.requests
      .filter((r) => r.method !== 'GET' && r.method !== 'HEAD')
      .map((r) => ({ method: r.method, path: r.path, status: r.status }));
  }

  private readonly route: GraphRoute = ({ method, path, search, body, token, send, drop, graphError }) => {
    if (![M, A, D].some((p) => path.startsWith(p))) return false;
    const granted = this.grants.get(token);
    if (granted && !acceptedPermissions(method, path).some((p) => granted.has(p))) {
      graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
      return true;
    }
    for (const f of this.forbidden) {
      const [m, prefix] = f.split(' ');
      if (m === method && prefix && path.startsWith(prefix)) {
        graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
        return true;
      }
    }
    const filter = search.get('$filter') ?? '';
    const skip = Number(search.get('$skiptoken') ?? '0');
    const page = (items: object[]): void => {
      const value = items.slice(skip, skip + this.pageSize);
      const more = skip + this.pageSize < items.length;
      const next = new URLSearchParams(search);
      next.set('$skiptoken', String(skip + this.pageSize));
      send(200, {
        '@odata.context': `${this.graph.url}/v1.0/$metadata`,
        value,
        ...(more ? { '@odata.nextLink': `${this.graph.url}${path}?${next.toString()}` } : {}),
      });
    };
    const gone = (): void => graphError(404, 'ResourceNotFound', 'The requested resource does not exist.');

    if (path === M && method === 'GET') {
      const serial = /^serialNumber eq '([^']*)'$/.exec(filter)?.[1];
      if (serial) this.enrollOnLookup(serial);
      // Graph's own trap: an empty or unmatched filter value lists every device in the tenant.
      page([...this.managed.values()].filter((d) => !serial || d.serialNumber.toUpperCase() === serial.toUpperCase()));
      return true;
    }
    if (path === A && method === 'GET') {
      if (/^serialNumber eq/.test(filter)) {
        graphError(400, 'BadRequest', 'An error has occurred: the filter is not supported.');
        return true;
      }
      const part = /^contains\(serialNumber,'([^']*)'\)$/.exec(filter)?.[1] ?? '';
      page([...this.autopilot.values()].filter((a) => a.serialNumber.toUpperCase().includes(part.toUpperCase())));
      return true;
    }
    if (path === D && method === 'GET') {
      const id = /^deviceId eq '([^']*)'$/.exec(filter)?.[1];
      page([...this.entra.values()].filter((e) => !id || e.deviceId === id));
      return true;
    }
    const one =
      /^(\/v1\.0\/(?:deviceManagement\/managedDevices|deviceManagement\/windowsAutopilotDeviceIdentities|devices))\/([^/]+)(?:\/([A-Za-z]+))?$/.exec(
        path,
      );
    if (!one) return false;
    const [, collection, rawId, action] = one;
    const id = decodeURIComponent(rawId ?? '');
    const store: Map<string, object> = collection === M ? this.managed : collection === A ? this.autopilot : this.entra;
    const record = store.get(id);
    if (!record) {
      gone();
      return true;
    }
    if (method === 'GET' && !action) send(200, record);
    else if (method === 'DELETE' && !action) {
      store.delete(id);
      if (collection === A && this.autopilotDeleteRemovesEntra) {
        const entraId = (record as FakeAutopilotIdentity).azureActiveDirectoryDeviceId;
        for (const e of this.entra.values()) if (e.deviceId === entraId) this.entra.delete(e.id);
      }
      this.onDeleted?.(id);
      if (this.graph.offline) drop();
      else send(204);
    } else if (method === 'POST' && collection === M && action === 'wipe') {
      this.wipes.push({ id, body: JSON.parse(body || '{}') as unknown });
      send(204);
    } else if (method === 'POST' && collection === M && action === 'syncDevice') {
      this.syncs.push(id);
      if (this.compliantAfterSync) (record as FakeManagedDevice).complianceState = 'compliant';
      send(204);
    } else if (method === 'POST' && collection === A && action === 'updateDeviceProperties') {
      const values = JSON.parse(body || '{}') as Partial<FakeAutopilotIdentity>;
      Object.assign(record, values);
      send(204);
    } else graphError(400, 'BadRequest', `No action ${method} ${path}`);
    return true;
  };

  private enrollOnLookup(serial: string): void {
    const pending = this.enrollsAfterLookups.get(serial);
    if (!pending) return;
    pending.lookups -= 1;
    if (pending.lookups <= 0) {
      this.managed.set(pending.device.id, pending.device);
      this.enrollsAfterLookups.delete(serial);
    }
  }
}
