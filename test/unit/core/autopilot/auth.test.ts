import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PublicClientApplication, type AccountInfo, type AuthenticationResult } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import {
  ClientCredentialsTokenProvider,
  DeviceCodeTokenProvider,
  signInError,
  type DeviceCodePrompt,
  type PublicClientLike,
} from '../../../../src-main/core/autopilot/auth.ts';
import { authorityFor, graphCloud, graphScope } from '../../../../src-main/core/autopilot/graph-cloud.ts';
import { redact } from '../../../../src-main/core/autopilot/redact.ts';
import {
  chooseSecretStore,
  FileSecretStore,
  MemorySecretStore,
  secretStoreCachePlugin,
} from '../../../../src-main/core/autopilot/secret-store.ts';
import { StationError } from '../../../../src-main/shared/errors.ts';
import { JWT_TOKEN, logCollector } from './support.ts';

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const ACCOUNT = {
  homeAccountId: 'h',
  environment: 'login.microsoftonline.com',
  tenantId: 't',
  username: 'tech@contoso.com',
};
const result = (accessToken: string): AuthenticationResult => ({ accessToken }) as AuthenticationResult;

function fakePublicApp(o: { accounts?: AccountInfo[]; silent?: () => Promise<AuthenticationResult> } = {}) {
  const calls: string[] = [];
  const accounts = [...(o.accounts ?? [])];
  const app: PublicClientLike = {
    getTokenCache: () => ({
      getAllAccounts: () => Promise.resolve(accounts),
      removeAccount: (a) => {
        accounts.splice(accounts.indexOf(a), 1);
        return Promise.resolve();
      },
    }),
    acquireTokenSilent: (req) => {
      calls.push(`silent force=${String(req.forceRefresh)} scopes=${req.scopes.join(' ')}`);
      return o.silent ? o.silent() : Promise.resolve(result('silent-token'));
    },
    acquireTokenByDeviceCode: (req) => {
      calls.push(`device-code scopes=${req.scopes.join(' ')}`);
      req.deviceCodeCallback({
        userCode: 'ABCD-EFGH',
        deviceCode: 'secret-device-code',
        verificationUri: 'https://microsoft.com/devicelogin',
        expiresIn: 900,
        interval: 5,
        message:
          'To sign in, use a web browser to open https://microsoft.com/devicelogin and enter the code ABCD-EFGH.',
      });
      return Promise.resolve(result('device-code-token'));
    },
  };
  return { app, calls, accounts };
}

describe('device-code sign-in', () => {
  it('shows the code through the callback and returns the token', async () => {
    const prompts: DeviceCodePrompt[] = [];
    const { app, calls } = fakePublicApp();
    const provider = new DeviceCodeTokenProvider({
      tenantId: 'contoso.onmicrosoft.com',
      clientId: CLIENT_ID,
      cloud: 'usgov-l4',
      store: new MemorySecretStore(),
      onDeviceCode: (p) => prompts.push(p),
      app,
    });
    expect(await provider.getToken()).toBe('device-code-token');
    expect(prompts).toEqual([
      {
        userCode: 'ABCD-EFGH',
        verificationUri: 'https://microsoft.com/devicelogin',
        message: expect.stringContaining('ABCD-EFGH') as unknown,
        expiresInSeconds: 900,
      },
    ]);
    expect(calls).toEqual(['device-code scopes=https://graph.microsoft.us/.default']);
  });

  it('uses the cached account silently, passing a forced refresh on', async () => {
    const { app, calls } = fakePublicApp({ accounts: [ACCOUNT as AccountInfo] });
    const provider = new DeviceCodeTokenProvider({
      tenantId: 'organizations',
      clientId: CLIENT_ID,
      store: new MemorySecretStore(),
      onDeviceCode: () => {},
      app,
    });
    expect(await provider.getToken({ forceRefresh: true })).toBe('silent-token');
    expect(calls).toEqual(['silent force=true scopes=https://graph.microsoft.com/.default']);
  });

  it('asks again when the cached sign-in has expired', async () => {
    const { app, calls } = fakePublicApp({
      accounts: [ACCOUNT as AccountInfo],
      silent: () => Promise.reject(Object.assign(new Error('AADSTS700082: expired'), { errorCode: 'invalid_grant' })),
    });
    const provider = new DeviceCodeTokenProvider({
      tenantId: 't',
      clientId: CLIENT_ID,
      store: new MemorySecretStore(),
      onDeviceCode: () => {},
      app,
    });
    expect(await provider.getToken()).toBe('device-code-token');
    expect(calls[1]).toMatch(/^device-code/);
  });

  it('reports an offline sign-in as transient, without falling back to a device code', async () => {
    const { app, calls } = fakePublicApp({
      accounts: [ACCOUNT as AccountInfo],
      silent: () => Promise.reject(Object.assign(new Error('network down'), { errorCode: 'network_error' })),
    });
    const provider = new DeviceCodeTokenProvider({
      tenantId: 't',
      clientId: CLIENT_ID,
      store: new MemorySecretStore(),
      onDeviceCode: () => {},
      app,
    });
    await expect(provider.getToken()).rejects.toMatchObject({ code: 'sign-in-unreachable' });
    expect(calls).toHaveLength(1);
  });

  it('signs out by forgetting the account and the stored cache', async () => {
    const store = new MemorySecretStore();
    const { app, accounts } = fakePublicApp({ accounts: [ACCOUNT as AccountInfo] });
    const provider = new DeviceCodeTokenProvider({
      tenantId: 't',
      clientId: CLIENT_ID,
      store,
      onDeviceCode: () => {},
      app,
    });
    await store.set(`holobench-msal-global-t-${CLIENT_ID}`, new Uint8Array([1]));
    await provider.signOut();
    expect(accounts).toEqual([]);
    expect(await store.get(`holobench-msal-global-t-${CLIENT_ID}`)).toBeUndefined();
  });

  it('refuses a missing app registration', () => {
    expect(
      () =>
        new DeviceCodeTokenProvider({
          tenantId: 't',
          clientId: 'holobench',
          store: new MemorySecretStore(),
          onDeviceCode: () => {},
        }),
    ).toThrow(/application \(client\) ID/);
  });
});

describe('client-credential sign-in (unattended)', () => {
  it('asks for the cloud scope and skips the cache on a forced refresh', async () => {
    const requests: unknown[] = [];
    const provider = new ClientCredentialsTokenProvider({
      tenantId: 'contoso.onmicrosoft.com',
      clientId: CLIENT_ID,
      cloud: 'china',
      clientSecret: 'super-secret-value-123',
      app: {
        acquireTokenByClientCredential: (req) => {
          requests.push(req);
          return Promise.resolve(result('app-token'));
        },
      },
    });
    expect(await provider.getToken({ forceRefresh: true })).toBe('app-token');
    expect(requests).toEqual([{ scopes: ['https://microsoftgraph.chinacloudapi.cn/.default'], skipCache: true }]);
  });

  it('keeps the client secret out of its errors', async () => {
    const secret = 'super-secret-value-123';
    const provider = new ClientCredentialsTokenProvider({
      tenantId: 'contoso.onmicrosoft.com',
      clientId: CLIENT_ID,
      clientSecret: secret,
      app: {
        acquireTokenByClientCredential: () =>
          Promise.reject(
            Object.assign(new Error(`invalid_client: client_secret=${secret} was wrong`), {
              errorCode: 'invalid_client',
            }),
          ),
      },
    });
    const error = await provider.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StationError);
    expect((error as StationError).message).toMatch(/invalid_client/);
    expect((error as StationError).message).not.toContain(secret);
  });

  it.each([
    [{}, /either a client secret or a certificate/],
    [{ clientSecret: 's', certificate: { thumbprintSha256: 'ab', privateKey: 'k' } }, /not both/],
  ])('needs exactly one credential %#', (credential, message) => {
    expect(
      () => new ClientCredentialsTokenProvider({ tenantId: 'contoso.com', clientId: CLIENT_ID, ...credential }),
    ).toThrow(message);
  });

  it('needs a real tenant', () => {
    expect(
      () => new ClientCredentialsTokenProvider({ tenantId: 'common', clientId: CLIENT_ID, clientSecret: 's' }),
    ).toThrow(/one tenant/);
  });
});

describe('clouds', () => {
  it.each([
    ['global', 'https://login.microsoftonline.com/t1', 'https://graph.microsoft.com/.default'],
    ['usgov-l4', 'https://login.microsoftonline.us/t1', 'https://graph.microsoft.us/.default'],
    ['usgov-l5', 'https://login.microsoftonline.us/t1', 'https://dod-graph.microsoft.us/.default'],
    ['china', 'https://login.chinacloudapi.cn/t1', 'https://microsoftgraph.chinacloudapi.cn/.default'],
  ])('%s', (name, authority, scope) => {
    const cloud = graphCloud(name);
    expect(authorityFor(cloud, 't1')).toBe(authority);
    expect(graphScope(cloud)).toBe(scope);
  });

  it('refuses unknown clouds and odd tenants', () => {
    expect(() => graphCloud('mars')).toThrow(/global, usgov-l4, usgov-l5, china/);
    expect(() => authorityFor(graphCloud('global'), 'a/b')).toThrow(/tenant/);
  });
});

describe('token cache persistence', () => {
  it('round-trips MSAL cache bytes through a SecretStore with a real PublicClientApplication', async () => {
    const store = new MemorySecretStore();
    const key = 'cache-key';
    const serialized = JSON.stringify({
      Account: {
        'uid.utid-login.microsoftonline.com-utid': {
          home_account_id: 'uid.utid',
          environment: 'login.microsoftonline.com',
          realm: 'utid',
          local_account_id: 'uid',
          username: 'tech@contoso.com',
          authority_type: 'MSSTS',
        },
      },
      IdToken: {},
      AccessToken: {},
      RefreshToken: {},
      AppMetadata: {},
    });
    await store.set(key, new TextEncoder().encode(serialized));
    const app = new PublicClientApplication({
      auth: { clientId: CLIENT_ID },
      cache: { cachePlugin: secretStoreCachePlugin(store, key) },
    });
    const accounts = await app.getTokenCache().getAllAccounts();
    expect(accounts.map((a) => a.homeAccountId)).toEqual(['uid.utid']);
    await app.getTokenCache().removeAccount(accounts[0]!);
    const saved = JSON.parse(new TextDecoder().decode(await store.get(key))) as { Account: object };
    expect(saved.Account).toEqual({});
  });

  it('swallows a failing store with a warning that holds no content', async () => {
    const logs = logCollector();
    const broken = {
      persistent: true,
      protection: 'broken',
      get: () => Promise.reject(new Error(JWT_TOKEN)),
      set: () => Promise.reject(new Error(JWT_TOKEN)),
      delete: () => Promise.resolve(),
    };
    const plugin = secretStoreCachePlugin(broken, 'k', logs.log);
    const context = { cacheHasChanged: true, tokenCache: { serialize: () => '{}', deserialize: () => {} } };
    await plugin.beforeCacheAccess(context as never);
    await plugin.afterCacheAccess(context as never);
    expect(logs.lines).toHaveLength(2);
    expect(logs.lines.join()).not.toContain(JWT_TOKEN);
  });
});

describe('secret stores', () => {
  it('chooses the keychain, else an opted-in file, else memory', () => {
    const keychain = new MemorySecretStore();
    expect(chooseSecretStore({ keychain, allowFile: true, dir: '/x' })).toBe(keychain);
    expect(chooseSecretStore({ allowFile: true, dir: '/x' })).toBeInstanceOf(FileSecretStore);
    const memory = chooseSecretStore({ allowFile: false, dir: '/x' });
    expect(memory).toBeInstanceOf(MemorySecretStore);
    expect(memory.persistent).toBe(false);
  });

  it('keeps the file readable only by its owner and leaves no temp files', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'holobench-secret-')), 'auth');
    const store = new FileSecretStore(dir);
    expect(await store.get('k')).toBeUndefined();
    await store.set('k/../evil', new Uint8Array([1, 2, 3]));
    expect(await store.get('k/../evil')).toEqual(new Uint8Array([1, 2, 3]));
    const files = readdirSync(dir);
    expect(files).toEqual(['k_.._evil.bin']);
    if (process.platform !== 'win32') {
      expect(statSync(join(dir, files[0]!)).mode & 0o777).toBe(0o600);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
    }
    await store.delete('k/../evil');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('redact', () => {
  it.each([
    [`Authorization: Bearer ${JWT_TOKEN}`, 'Authorization: Bearer [redacted]'],
    [`token ${JWT_TOKEN} end`, 'token [redacted] end'],
    ['{"access_token":"abc.def","other":"keep"}', '{"access_token":"[redacted]","other":"keep"}'],
    ['grant_type=x&client_secret=s3cr3t&scope=y', 'grant_type=x&client_secret=[redacted]&scope=y'],
    ['-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----', '[redacted]'],
    ['nothing secret here', 'nothing secret here'],
  ])('%j', (input, output) => {
    expect(redact(input)).toBe(output);
  });

  it('removes known secrets wherever they appear', () => {
    expect(redact('x my-long-secret-1 y', ['my-long-secret-1'])).toBe('x [redacted] y');
  });

  it('turns MSAL errors into messages without secrets', () => {
    const error = signInError(
      Object.assign(new Error(`bad {"refresh_token":"rt-123"} ${JWT_TOKEN}`), { errorCode: 'invalid_grant' }),
    );
    expect(error.message).not.toContain('rt-123');
    expect(error.message).not.toContain(JWT_TOKEN);
  });
});
