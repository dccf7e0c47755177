import type { AccountInfo, AuthenticationResult } from '@azure/msal-node';
import type { PublicClientLike } from '../../src-main/core/autopilot/auth.ts';
import type { FakeIntune } from './graph-intune.ts';
import type { FakeGraph } from './graph-server.ts';

/**
 * A person's sign-in as Entra ID and MSAL behave for it, standing in for MSAL's public client: consent is given per
 * scope in a device-code sign-in and remembered; a silent request for scopes all consented to gets a token with no
 * prompt, one that needs consent still missing fails (as MSAL does: interaction required) so the station falls back
 * to a device code for exactly those scopes. Each token it hands out carries only the scopes asked for, and the
 * local Graph answers 403 to any request those do not allow, so an action that asks too little fails.
 */
export interface FakePerson {
  app: PublicClientLike;
  /** What was asked, in order: "silent <permissions>" or "device-code <permissions>", permissions sorted. */
  calls: string[];
  /** The permissions this person consented to so far. */
  consented: Set<string>;
  /** With `hold`, a device-code sign-in waits until this is called (the person typing the code). */
  release: () => void;
}

const ACCOUNT = {
  homeAccountId: 'tech-home',
  environment: 'login.microsoftonline.com',
  tenantId: 'contoso',
  username: 'tech@contoso.com',
} as AccountInfo;

export function fakePerson(
  graph: FakeGraph,
  intune: FakeIntune,
  o: { graphRoot?: string; hold?: boolean } = {},
): FakePerson {
  const root = o.graphRoot ?? 'https://graph.microsoft.com';
  const consented = new Set<string>();
  const calls: string[] = [];
  const accounts: AccountInfo[] = [];
  let issued = 0;
  const waiting: (() => void)[] = [];
  const release = (): void => {
    for (const go of waiting.splice(0)) go();
  };
  const permissionsOf = (scopes: string[]): string[] =>
    scopes.map((s) => {
      if (!s.startsWith(`${root}/`)) throw new Error(`scope ${s} is not for ${root}`);
      return s.slice(root.length + 1);
    });
  const token = (permissions: string[]): AuthenticationResult => {
    const accessToken = `person-token-${++issued}-0123456789abcdef`;
    graph.tokens.add(accessToken);
    intune.grants.set(accessToken, new Set(permissions));
    return { accessToken, account: ACCOUNT } as AuthenticationResult;
  };
  const app: PublicClientLike = {
    getTokenCache: () => ({
      getAllAccounts: () => Promise.resolve([...accounts]),
      removeAccount: () => Promise.resolve(),
    }),
    acquireTokenSilent: (req) => {
      const permissions = permissionsOf(req.scopes);
      calls.push(`silent ${[...permissions].sort().join(' ')}`);
      if (!permissions.every((p) => consented.has(p))) {
        return Promise.reject(
          Object.assign(new Error('AADSTS65001: consent required'), { errorCode: 'consent_required' }),
        );
      }
      return Promise.resolve(token(permissions));
    },
    acquireTokenByDeviceCode: (req) => {
      const permissions = permissionsOf(req.scopes);
      calls.push(`device-code ${[...permissions].sort().join(' ')}`);
      req.deviceCodeCallback({
        userCode: `CODE-${calls.length}`,
        deviceCode: 'device-code-secret',
        verificationUri: 'https://microsoft.com/devicelogin',
        expiresIn: 900,
        interval: 5,
        message: 'enter the code',
      });
      const done = (): AuthenticationResult => {
        for (const p of permissions) consented.add(p);
        if (accounts.length === 0) accounts.push(ACCOUNT);
        return token(permissions);
      };
      if (!o.hold) return Promise.resolve(done());
      return new Promise((resolve) => waiting.push(() => resolve(done())));
    },
  };
  return { app, calls, consented, release };
}
