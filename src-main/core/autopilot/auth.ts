import type {
  AccountInfo,
  AuthenticationResult,
  ClientCredentialRequest,
  Configuration,
  DeviceCodeRequest,
  SilentFlowRequest,
} from '@azure/msal-node';
import type * as MsalModule from '@azure/msal-node';
import { StationError } from '../../shared/errors.ts';
import { authorityFor, graphCloud, graphScope, type GraphCloud, type GraphCloudName } from './graph-cloud.ts';
import { delegatedScopes, type GraphPermission, type SignInKind, type StationAction } from './graph-permissions.ts';
import { redact, redactingLogger, type Logger } from './redact.ts';
import { secretStoreCachePlugin, type SecretStore } from './secret-store.ts';
import { say } from '../language.ts';

/**
 * Sign-in for the Graph upload, with @azure/msal-node. A technician at the bench signs in with the device-code
 * flow (the code and address go to a callback the UI or CLI shows); an unattended warehouse run uses an app
 * registration's client secret or certificate. The access token is only ever handed to the Graph client: it is
 * never logged, stored in the ledger or put in an error message.
 */

export interface TokenRequestOptions {
  forceRefresh?: boolean;
  signal?: AbortSignal;
  /**
   * The delegated permissions the action at hand needs (graph-permissions.ts). A person's sign-in asks for exactly
   * these; an app's sign-in always asks for `.default`, what the admin granted it.
   */
  permissions?: readonly GraphPermission[];
  /** The action asking, so a consent prompt can say what it is for. */
  action?: StationAction;
}

export interface TokenProvider {
  getToken(options?: TokenRequestOptions): Promise<string>;
  /** Who the token speaks for: a refused request is explained to the one who can fix it. */
  readonly kind?: SignInKind;
  /** Forgets the cached sign-in, if there is one. */
  signOut?(): Promise<void>;
}

export interface DeviceCodePrompt {
  userCode: string;
  verificationUri: string;
  /** MSAL's own sentence with the code and the address, ready to show. */
  message: string;
  expiresInSeconds: number;
  /** The action that needed this sign-in (more permissions than the cached sign-in has). */
  action?: StationAction;
}

export interface SignInConfig {
  cloud?: GraphCloudName;
  /** Tenant ID or domain; device-code sign-in also accepts "organizations". */
  tenantId: string;
  /** The app registration the tenant created for HoloBench (public client flows allowed for device code). */
  clientId: string;
  log?: Logger;
}

export interface PublicClientLike {
  getTokenCache(): { getAllAccounts(): Promise<AccountInfo[]>; removeAccount(account: AccountInfo): Promise<void> };
  acquireTokenSilent(request: SilentFlowRequest): Promise<AuthenticationResult>;
  acquireTokenByDeviceCode(request: DeviceCodeRequest): Promise<AuthenticationResult | null>;
}

export interface ConfidentialClientLike {
  acquireTokenByClientCredential(request: ClientCredentialRequest): Promise<AuthenticationResult | null>;
}

const NETWORK_CODES = new Set(['network_error', 'endpoints_resolution_error', 'no_network_connectivity']);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkClientId(clientId: string): void {
  if (!GUID.test(clientId)) {
    throw new StationError(
      'sign-in-config-invalid',
      say('station-work:auth.noApp.title'),
      say('station-work:auth.noApp.message'),
    );
  }
}

/** Turns an MSAL failure into a StationError without its raw text (which may echo request details). */
export function signInError(error: unknown, secrets: string[] = []): StationError {
  if (error instanceof StationError) return error;
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  const errorCode = typeof code === 'string' ? code : 'unknown';
  if (NETWORK_CODES.has(errorCode)) {
    return new StationError(
      'sign-in-unreachable',
      say('station-work:auth.unreachable.title'),
      say('station-work:auth.unreachable.message'),
    );
  }
  const detail = redact(error instanceof Error ? error.message : String(error), secrets).split('\n')[0] ?? '';
  const hint =
    errorCode === 'expired_token' || errorCode === 'authorization_pending'
      ? 'expired'
      : errorCode === 'authorization_declined'
        ? 'declined'
        : 'check';
  return new StationError(
    'sign-in-failed',
    say('station-work:auth.failed.title'),
    say(`station-work:auth.failed.${hint}`, { code: errorCode, detail: detail.slice(0, 200) }),
  );
}

type Msal = typeof MsalModule;
let msalModule: Promise<Msal> | null = null;

/**
 * MSAL (and the HTTP and JWT packages under it) is loaded when a sign-in client is first made, not when the station
 * starts: most runs never sign in, and loading it was a tenth of `serve`'s start-up.
 */
function msalClient<T>(make: (msal: Msal) => T): Promise<T> {
  msalModule ??= import('@azure/msal-node');
  const client = msalModule.then(make);
  // Awaited by every use; this only keeps a failed load from being reported as unhandled before the first one.
  void client.catch(() => undefined);
  return client;
}

function msalSystem(msal: Msal, log: Logger | undefined, secrets: () => string[]): Configuration['system'] {
  const safe = redactingLogger(log, secrets);
  return {
    loggerOptions: {
      piiLoggingEnabled: false,
      logLevel: msal.LogLevel.Warning,
      loggerCallback: (level, message) => safe(level <= msal.LogLevel.Error ? 'error' : 'warn', `msal: ${message}`),
    },
  };
}

export class DeviceCodeTokenProvider implements TokenProvider {
  readonly kind = 'delegated';
  private readonly app: Promise<PublicClientLike>;
  private readonly cloud: GraphCloud;
  private readonly store: SecretStore;
  private readonly cacheKey: string;
  private readonly onDeviceCode: (prompt: DeviceCodePrompt) => void;
  private readonly timeoutSeconds: number | undefined;

  constructor(
    o: SignInConfig & {
      store: SecretStore;
      onDeviceCode: (prompt: DeviceCodePrompt) => void;
      timeoutSeconds?: number;
      app?: PublicClientLike;
    },
  ) {
    checkClientId(o.clientId);
    const cloud = graphCloud(o.cloud ?? 'global');
    this.cloud = cloud;
    this.store = o.store;
    this.cacheKey = `holobench-msal-${cloud.name}-${o.tenantId}-${o.clientId}`;
    this.onDeviceCode = o.onDeviceCode;
    this.timeoutSeconds = o.timeoutSeconds;
    this.app = o.app
      ? Promise.resolve(o.app)
      : msalClient(
          (msal) =>
            new msal.PublicClientApplication({
              auth: { clientId: o.clientId, authority: authorityFor(cloud, o.tenantId) },
              cache: { cachePlugin: secretStoreCachePlugin(o.store, this.cacheKey, o.log) },
              system: msalSystem(msal, o.log, () => []),
            }),
        );
  }

  async getToken(options: TokenRequestOptions = {}): Promise<string> {
    const app = await this.app;
    // An action's own permissions (incremental consent); `.default` only for a caller that names none.
    const scopes =
      options.permissions && options.permissions.length > 0
        ? delegatedScopes(options.permissions, this.cloud.graphRoot)
        : [graphScope(this.cloud)];
    let accounts: AccountInfo[];
    try {
      accounts = await app.getTokenCache().getAllAccounts();
    } catch {
      accounts = [];
    }
    const [account] = accounts;
    if (account) {
      try {
        // MSAL answers from its cache when a token there covers these scopes, else redeems the refresh token;
        // consent still missing for a scope fails here and falls through to a device code for it.
        const silent = await app.acquireTokenSilent({
          account,
          scopes,
          forceRefresh: options.forceRefresh,
        });
        return silent.accessToken;
      } catch (error) {
        const wrapped = signInError(error);
        if (wrapped.code === 'sign-in-unreachable') throw wrapped;
        // Expired or revoked refresh token: fall through to a fresh device-code sign-in.
      }
    }
    const request: DeviceCodeRequest = {
      scopes,
      timeout: this.timeoutSeconds,
      deviceCodeCallback: (r) =>
        this.onDeviceCode({
          userCode: r.userCode,
          verificationUri: r.verificationUri,
          message: r.message,
          expiresInSeconds: r.expiresIn,
          ...(options.action ? { action: options.action } : {}),
        }),
    };
    // MSAL polls `cancel` on the request object between polls of the token endpoint.
    options.signal?.addEventListener('abort', () => (request.cancel = true), { once: true });
    let result: AuthenticationResult | null;
    try {
      result = await app.acquireTokenByDeviceCode(request);
    } catch (error) {
      throw signInError(error);
    }
    if (!result) {
      throw new StationError(
        'sign-in-canceled',
        say('station-work:auth.canceled.title'),
        say('station-work:auth.canceled.message'),
        {
          canceled: true,
        },
      );
    }
    return result.accessToken;
  }

  async signOut(): Promise<void> {
    const cache = (await this.app).getTokenCache();
    for (const account of await cache.getAllAccounts()) await cache.removeAccount(account);
    await this.store.delete(this.cacheKey);
  }
}

export class ClientCredentialsTokenProvider implements TokenProvider {
  readonly kind = 'application';
  private readonly app: Promise<ConfidentialClientLike>;
  private readonly scopes: string[];
  private readonly secrets: string[];

  constructor(
    o: SignInConfig & {
      clientSecret?: string;
      /** PEM private key and the SHA-256 thumbprint (hex) of the certificate uploaded to the app registration. */
      certificate?: { thumbprintSha256: string; privateKey: string; x5c?: string };
      app?: ConfidentialClientLike;
    },
  ) {
    checkClientId(o.clientId);
    if (!o.clientSecret === !o.certificate) {
      throw new StationError(
        'sign-in-config-invalid',
        say('station-work:auth.oneCredential.title'),
        say('station-work:auth.oneCredential.message'),
      );
    }
    if (o.tenantId === 'common' || o.tenantId === 'organizations') {
      throw new StationError(
        'sign-in-config-invalid',
        say('station-work:auth.needTenant.title'),
        say('station-work:auth.needTenant.message'),
      );
    }
    const cloud = graphCloud(o.cloud ?? 'global');
    this.scopes = [graphScope(cloud)];
    this.secrets = [o.clientSecret, o.certificate?.privateKey].filter((s): s is string => Boolean(s));
    // App tokens stay in MSAL's memory cache: the credential is at hand anyway, so nothing is written to disk.
    this.app = o.app
      ? Promise.resolve(o.app)
      : msalClient(
          (msal) =>
            new msal.ConfidentialClientApplication({
              auth: {
                clientId: o.clientId,
                authority: authorityFor(cloud, o.tenantId),
                ...(o.clientSecret ? { clientSecret: o.clientSecret } : { clientCertificate: o.certificate }),
              },
              system: msalSystem(msal, o.log, () => this.secrets),
            }),
        );
  }

  /** App-only tokens carry what the admin granted the app (`.default`): an action's permissions cannot be asked for. */
  async getToken(options: TokenRequestOptions = {}): Promise<string> {
    let result: AuthenticationResult | null;
    try {
      const app = await this.app;
      result = await app.acquireTokenByClientCredential({ scopes: this.scopes, skipCache: options.forceRefresh });
    } catch (error) {
      throw signInError(error, this.secrets);
    }
    if (!result) {
      throw new StationError(
        'sign-in-failed',
        say('station-work:auth.failed.title'),
        say('station-work:auth.failed.noToken'),
      );
    }
    return result.accessToken;
  }
}
