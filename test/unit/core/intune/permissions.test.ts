import type { AuthenticationResult } from '@azure/msal-node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ClientCredentialsTokenProvider,
  DeviceCodeTokenProvider,
  type TokenProvider,
} from '../../../../src-main/core/autopilot/auth.ts';
import type { GraphCloudName } from '../../../../src-main/core/autopilot/graph-cloud.ts';
import { MemorySecretStore } from '../../../../src-main/core/autopilot/secret-store.ts';
import { IntuneGraph } from '../../../../src-main/core/intune/graph-intune.ts';
import { IntuneService } from '../../../../src-main/core/intune/service.ts';
import { setStationLanguage } from '../../../../src-main/core/language.ts';
import { fakePerson, type FakePerson } from '../../../support/fake-entra.ts';
import { JWT_TOKEN } from '../autopilot/support.ts';
import { intuneWorld, type IntuneWorld } from './support.ts';

/**
 * Least permissions per action: a person signed in is asked, when an action starts, for that action's documented
 * least permissions and no more (the local Graph refuses anything those do not allow, so too little fails too);
 * an app keeps `.default`; a refusal says in one line which permission was missing, to the one who can grant it.
 */

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const MANAGED_READ = 'DeviceManagementManagedDevices.Read.All';
const MANAGED_WRITE = 'DeviceManagementManagedDevices.ReadWrite.All';
const PRIVILEGED = 'DeviceManagementManagedDevices.PrivilegedOperations.All';
const CONFIG_READ = 'DeviceManagementServiceConfig.Read.All';
const CONFIG_WRITE = 'DeviceManagementServiceConfig.ReadWrite.All';
const DEVICE_READ = 'Device.Read.All';
const AS_USER = 'Directory.AccessAsUser.All';

let w: IntuneWorld;
beforeEach(async () => {
  w = await intuneWorld();
});
afterEach(async () => {
  await w.close();
});

function serviceWith(tokens: TokenProvider, cloud: GraphCloudName = 'global'): IntuneService {
  const graph = new IntuneGraph({ tokens, cloud, graphBase: w.graph.url, sleep: w.clock.sleep });
  return new IntuneService({ ledger: w.ledger, graph, online: () => Promise.resolve(true) });
}

function signedInPerson(
  cloud: GraphCloudName = 'global',
  graphRoot?: string,
): { person: FakePerson; service: IntuneService } {
  const person = fakePerson(w.graph, w.intune, { graphRoot });
  const tokens = new DeviceCodeTokenProvider({
    tenantId: 'contoso.onmicrosoft.com',
    clientId: CLIENT_ID,
    cloud,
    store: new MemorySecretStore(),
    onDeviceCode: () => {},
    app: person.app,
  });
  return { person, service: serviceWith(tokens, cloud) };
}

const yes = { confirmations: 'all' as const, confirmedBy: '--yes' };

type Run = (s: IntuneService, serial: string) => Promise<unknown>;
const ACTIONS: { action: string; run: Run; scopes: string[]; done: (r: unknown) => boolean }[] = [
  {
    action: 'status',
    run: async (s, serial) => (await s.status([serial]))[0],
    scopes: [MANAGED_READ, CONFIG_READ, DEVICE_READ],
    done: (r) => (r as { state: string }).state === 'enrolled',
  },
  {
    action: 'confirming enrollment (lookup and sync)',
    run: async (s, serial) => {
      const found = await s.enrollment(serial);
      await s.sync(serial, found.intune[0]!.id);
      return found;
    },
    scopes: [MANAGED_READ, PRIVILEGED],
    done: (r) => (r as { state: string }).state === 'enrolled',
  },
  {
    action: 'a clean-up dry run (reads only)',
    run: (s, serial) => s.cleanup({ serial, purpose: 'leave-organization', mode: 'plan', ...yes }),
    scopes: [MANAGED_READ, CONFIG_READ, DEVICE_READ],
    done: (r) => (r as { state: string }).state === 'planned',
  },
  {
    action: 'an Intune wipe',
    run: (s, serial) => s.cleanup({ serial, purpose: 'wipe', mode: 'run', ...yes }),
    scopes: [MANAGED_READ, PRIVILEGED],
    done: (r) => (r as { state: string }).state === 'done',
  },
  {
    action: 'the clean-up for reuse',
    run: (s, serial) => s.cleanup({ serial, purpose: 'reuse', mode: 'run', ...yes }),
    scopes: [MANAGED_WRITE, PRIVILEGED, CONFIG_READ, DEVICE_READ, AS_USER],
    done: (r) => (r as { state: string }).state === 'done',
  },
  {
    action: 'the clean-up for leaving the organisation',
    run: (s, serial) => s.cleanup({ serial, purpose: 'leave-organization', mode: 'run', ...yes }),
    scopes: [MANAGED_WRITE, PRIVILEGED, CONFIG_WRITE, DEVICE_READ, AS_USER],
    done: (r) => (r as { state: string }).state === 'done',
  },
  {
    action: 'the group tag',
    run: (s, serial) => s.tag(serial, { groupTag: 'Bench-A' }),
    scopes: [CONFIG_WRITE],
    done: (r) => (r as { ok: boolean }).ok,
  },
];

describe('a person signed in is asked for each action’s least permissions when it starts', () => {
  it.each(ACTIONS)('$action asks for exactly its documented least permissions, and they are enough', async (a) => {
    // A stale Intune record from an earlier enrollment with its own Entra device: every clean-up deletes that one.
    const old = w.intune.addEntra('HOLOLENS-SN1-OLD');
    w.intune.addManaged('SN1', { lastSyncDateTime: '2026-02-01T00:00:00Z', azureADDeviceId: old.deviceId });
    w.intune.addEnrolled('SN1');
    const { person, service } = signedInPerson();
    const result = await a.run(service, 'SN1');
    expect(a.done(result), JSON.stringify(result)).toBe(true);
    const asked = [...a.scopes].sort().join(' ');
    // The first token of the action asks the person (nothing cached yet); any later one is served silently.
    expect(person.calls[0]).toBe(`device-code ${asked}`);
    expect(person.calls.slice(1)).toEqual(person.calls.slice(1).map(() => `silent ${asked}`));
    expect([...person.consented].sort()).toEqual([...a.scopes].sort());
    expect(w.graph.requests.filter((r) => r.status === 403)).toEqual([]);
  });

  it('qualifies the scopes with the cloud’s Graph root (US Government L4 here)', async () => {
    w.intune.addEnrolled('SN2');
    const { person, service } = signedInPerson('usgov-l4', 'https://graph.microsoft.us');
    await service.status(['SN2']);
    expect(person.calls).toEqual([`device-code ${[MANAGED_READ, CONFIG_READ, DEVICE_READ].sort().join(' ')}`]);
  });

  it('reuses the cached sign-in when it covers the action, and asks only for the consent still missing', async () => {
    w.intune.addEnrolled('SN3');
    const { person, service } = signedInPerson();
    await service.status(['SN3']);
    await service.status(['SN3']);
    await service.tag('SN3', { groupTag: 'Line-2' });
    const status = [MANAGED_READ, CONFIG_READ, DEVICE_READ].sort().join(' ');
    expect(person.calls).toEqual([
      `device-code ${status}`,
      `silent ${status}`,
      `silent ${CONFIG_WRITE}`,
      `device-code ${CONFIG_WRITE}`,
    ]);
  });

  it('asks nothing more than a status for a dry run: write permissions wait for the clean-up itself', async () => {
    w.intune.addEnrolled('SN4');
    const { person, service } = signedInPerson();
    await service.cleanup({ serial: 'SN4', purpose: 'leave-organization', mode: 'plan', ...yes });
    expect(person.consented.has(CONFIG_WRITE) || person.consented.has(MANAGED_WRITE)).toBe(false);
  });
});

describe('an app signs in with .default', () => {
  it('asks for the cloud’s .default for every action, never an action’s scopes', async () => {
    w.intune.addEnrolled('SN5');
    const scopes: string[][] = [];
    const tokens = new ClientCredentialsTokenProvider({
      tenantId: 'contoso.onmicrosoft.com',
      clientId: CLIENT_ID,
      clientSecret: 'app-secret-value',
      app: {
        acquireTokenByClientCredential: (req) => {
          scopes.push(req.scopes ?? []);
          return Promise.resolve({ accessToken: JWT_TOKEN } as AuthenticationResult);
        },
      },
    });
    const service = serviceWith(tokens);
    await service.status(['SN5']);
    await service.tag('SN5', { groupTag: 'T' });
    expect(scopes).toEqual([['https://graph.microsoft.com/.default'], ['https://graph.microsoft.com/.default']]);
  });
});

describe('a 403 says in one line which permission was missing, to the one who can grant it', () => {
  const appToken = (kind: TokenProvider['kind'], token: string): TokenProvider => ({
    kind,
    getToken: () => Promise.resolve(token),
  });

  it.each([
    {
      rule: 'an app: the app registration lacks the application permission',
      kind: 'application' as const,
      granted: [MANAGED_WRITE, PRIVILEGED, CONFIG_WRITE, DEVICE_READ],
      purpose: 'leave-organization' as const,
      line: 'The app registration lacks the application permission Device.ReadWrite.All (with admin consent), which the clean-up for leaving the organisation needs.',
    },
    {
      rule: 'a person: the delegated permission and the role the page asks for',
      kind: 'delegated' as const,
      granted: [MANAGED_WRITE, PRIVILEGED, CONFIG_WRITE, DEVICE_READ],
      purpose: 'leave-organization' as const,
      line: 'The signed-in account lacks the delegated permission Directory.AccessAsUser.All and one of the roles Intune Administrator, Windows 365 Administrator, or Cloud Device Administrator, which the clean-up for leaving the organisation needs; an admin can consent to it for the app.',
    },
    {
      rule: 'a given token: both names where app and person differ, nothing decoded',
      kind: 'given-token' as const,
      granted: [MANAGED_WRITE, PRIVILEGED, CONFIG_WRITE, DEVICE_READ],
      purpose: 'reuse' as const,
      line: 'The token given does not carry Device.ReadWrite.All (app) or Directory.AccessAsUser.All and one of the roles Intune Administrator, Windows 365 Administrator, or Cloud Device Administrator (signed-in person), which the clean-up for reuse needs.',
    },
    {
      rule: 'a given token: the one name where they agree',
      kind: 'given-token' as const,
      granted: [MANAGED_READ, CONFIG_READ, DEVICE_READ],
      purpose: 'wipe' as const,
      line: 'The token given does not carry the DeviceManagementManagedDevices.PrivilegedOperations.All permission, which an Intune wipe needs.',
    },
  ])('$rule', async ({ kind, granted, purpose, line }) => {
    const d = w.intune.addEnrolled('SN6');
    // The Entra device outlives the Autopilot identity, so a clean-up gets as far as deleting it.
    if (purpose === 'reuse') w.intune.autopilot.delete(d.autopilot.id);
    const token = `limited-${kind}-token-0123456789`;
    w.graph.tokens.add(token);
    w.intune.grants.set(token, new Set(granted));
    const report = await serviceWith(appToken(kind, token)).cleanup({ serial: 'SN6', purpose, mode: 'run', ...yes });
    expect(report.state).toBe('failed');
    expect(report.error?.code).toBe('intune-forbidden');
    expect(report.error?.message).toMatch(
      /^Graph refused (POST|DELETE) \/\S+ \(Authorization_RequestDenied: Insufficient privileges to complete the operation\.\)\. /,
    );
    expect(report.error?.message.endsWith(line)).toBe(true);
    expect(report.error?.message).not.toContain('\n');
  });

  it.each([
    {
      kind: 'application' as const,
      line: 'Der App-Registrierung fehlt die Anwendungsberechtigung Device.ReadWrite.All (mit Administratorzustimmung). Sie wird gebraucht für: Bereinigung beim Verlassen der Organisation.',
    },
    {
      kind: 'delegated' as const,
      line: 'Dem angemeldeten Konto fehlen die delegierte Berechtigung Directory.AccessAsUser.All und eine der Rollen Intune Administrator, Windows 365 Administrator oder Cloud Device Administrator. Beides wird gebraucht für: Bereinigung beim Verlassen der Organisation. Ein Administrator kann der Berechtigung für die App zustimmen.',
    },
  ])(
    'in German ($kind): the line is German, permission and role names stay as Graph names them',
    async ({ kind, line }) => {
      w.intune.addEnrolled('SN6');
      const token = `limited-${kind}-token-0123456789`;
      w.graph.tokens.add(token);
      w.intune.grants.set(token, new Set([MANAGED_WRITE, PRIVILEGED, CONFIG_WRITE, DEVICE_READ]));
      setStationLanguage('de');
      try {
        const report = await serviceWith(appToken(kind, token)).cleanup({
          serial: 'SN6',
          purpose: 'leave-organization',
          mode: 'run',
          ...yes,
        });
        expect(report.error).toMatchObject({ code: 'intune-forbidden', title: 'Von Microsoft Graph nicht erlaubt' });
        expect(report.error?.message.endsWith(line)).toBe(true);
      } finally {
        setStationLanguage('en');
      }
    },
  );

  it('a status names the read it lacked and shows the serial as not looked up', async () => {
    w.intune.addEnrolled('SN7');
    const token = 'status-token-without-device-read';
    w.graph.tokens.add(token);
    w.intune.grants.set(token, new Set([MANAGED_READ, CONFIG_READ]));
    const [s] = await serviceWith(appToken('application', token)).status(['SN7']);
    expect(s).toMatchObject({ state: 'lookup-failed', intune: [], error: { code: 'intune-forbidden' } });
    expect(s?.error?.message).toContain(
      'The app registration lacks the application permission Device.Read.All (with admin consent), which the Intune status of a device needs.',
    );
  });
});

describe('the table and the requests cannot drift apart', () => {
  it('refuses, before sending, a request outside the action’s declared operations', async () => {
    const { requests } = await import('../../../../src-main/core/intune/graph-requests.ts');
    const graph = w.client().forAction('intune-status');
    await expect(graph.act(requests.deleteManagedDevice('abc-123'))).rejects.toThrow(
      /is not among the requests of the Intune status of a device; nothing was sent/,
    );
    expect(w.graph.requests).toEqual([]);
  });

  it('the refusal is worded in the station language; the request and operation stay as they are', async () => {
    const { requests } = await import('../../../../src-main/core/intune/graph-requests.ts');
    const graph = w.client().forAction('intune-status');
    setStationLanguage('de');
    try {
      await expect(graph.act(requests.deleteManagedDevice('abc-123'))).rejects.toMatchObject({
        code: 'intune-request-undeclared',
        message:
          'DELETE /deviceManagement/managedDevices/abc-123 (delete-managed-device) gehört nicht zu den Anfragen für: Intune-Status eines Geräts. Es wurde nichts gesendet.',
      });
    } finally {
      setStationLanguage('en');
    }
  });
});
