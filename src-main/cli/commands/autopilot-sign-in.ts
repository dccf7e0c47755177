import { say } from '../../core/language.ts';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ClientCredentialsTokenProvider,
  DeviceCodeTokenProvider,
  type TokenProvider,
} from '../../core/autopilot/auth.ts';
import type { GraphCloudName } from '../../core/autopilot/graph-cloud.ts';
import { actionTitle } from '../../core/autopilot/graph-permissions.ts';
import { chooseSecretStore } from '../../core/autopilot/secret-store.ts';
import { UsageError } from '../args.ts';
import type { Output } from '../context.ts';

/**
 * How `autopilot upload` signs in, from its flags. Secrets come from the environment only (a command line shows
 * up in process lists and shell history): --client-secret-env and --token-env name the variable that holds them.
 */

/** The sign-in and cloud flags: the same for `autopilot upload`, the `intune` commands and `batch run`. */
export const SIGN_IN_FLAGS = {
  tenant: { type: 'string' },
  'client-id': { type: 'string' },
  'client-secret-env': { type: 'string' },
  certificate: { type: 'string' },
  'device-code': { type: 'boolean' },
  'token-env': { type: 'string' },
  'token-cache': { type: 'string' },
  cloud: { type: 'string' },
  'graph-base': { type: 'string' },
  'allow-graph-host': { type: 'string' },
} as const;

export const CLOUD_FLAGS: Record<string, GraphCloudName> = {
  global: 'global',
  usgov: 'usgov-l4',
  'usgov-dod': 'usgov-l5',
  china: 'china',
};

export interface SignInFlags {
  tenant?: string;
  'client-id'?: string;
  'client-secret-env'?: string;
  certificate?: string;
  'device-code'?: boolean;
  'token-env'?: string;
  'token-cache'?: string;
}

function fromEnv(flag: string, name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(say('cli:signIn.envName', { flag }));
  const value = process.env[name]?.trim();
  if (!value) throw new UsageError(say('cli:signIn.envEmpty', { flag, name }));
  return value;
}

/** A PEM file holding the app registration's certificate and its private key. */
export function readCertificate(path: string): { thumbprintSha256: string; privateKey: string; x5c: string } {
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(say('cli:signIn.certUnreadable', { path }));
  }
  const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  const key =
    /-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/.exec(
      pem,
    )?.[0];
  if (!cert || !key) {
    throw new UsageError(say('cli:signIn.certIncomplete'));
  }
  let thumbprint: string;
  try {
    thumbprint = new X509Certificate(cert).fingerprint256.replace(/:/g, '');
  } catch {
    throw new UsageError(say('cli:signIn.certBad'));
  }
  return { thumbprintSha256: thumbprint, privateKey: key, x5c: cert };
}

/** Exactly one way to sign in; tenant and app default to the station's saved upload settings. */
export function tokenProviderFromFlags(
  flags: SignInFlags,
  o: { cloud: GraphCloudName; saved: { tenantId: string; clientId: string }; dataDir: string; io: Output },
): { tokens: TokenProvider; how: string } {
  const ways = [flags['client-secret-env'], flags.certificate, flags['device-code'], flags['token-env']].filter(
    (w) => w !== undefined && w !== false,
  );
  if (ways.length !== 1) {
    throw new UsageError(say('cli:signIn.chooseOne'));
  }
  if (flags['token-env']) {
    const token = fromEnv('--token-env', flags['token-env']);
    // Never decoded: nothing in it can be trusted, so a refusal names the permission rather than guess what is missing.
    return {
      tokens: { kind: 'given-token', getToken: () => Promise.resolve(token) },
      how: say('cli:signIn.how.token'),
    };
  }
  const tenantId = flags.tenant?.trim() || o.saved.tenantId;
  const clientId = flags['client-id']?.trim() || o.saved.clientId;
  if (!tenantId) throw new UsageError(say('cli:signIn.needed', { flag: '--tenant' }));
  if (!clientId) throw new UsageError(say('cli:signIn.needed', { flag: '--client-id' }));
  const base = { cloud: o.cloud, tenantId, clientId };
  if (flags['client-secret-env']) {
    const clientSecret = fromEnv('--client-secret-env', flags['client-secret-env']);
    return { tokens: new ClientCredentialsTokenProvider({ ...base, clientSecret }), how: say('cli:signIn.how.secret') };
  }
  if (flags.certificate) {
    const certificate = readCertificate(flags.certificate);
    return {
      tokens: new ClientCredentialsTokenProvider({ ...base, certificate }),
      how: say('cli:signIn.how.certificate'),
    };
  }
  const cache = flags['token-cache'] ?? 'memory';
  if (cache !== 'memory' && cache !== 'file')
    throw new UsageError(say('cli:args.oneOf', { flag: '--token-cache', allowed: 'memory, file', value: cache }));
  const store = chooseSecretStore({ allowFile: cache === 'file', dir: join(o.dataDir, 'secrets') });
  const tokens = new DeviceCodeTokenProvider({
    ...base,
    store,
    onDeviceCode: (p) =>
      o.io.err(
        p.action
          ? say('cli:signIn.deviceCodeFor', {
              uri: p.verificationUri,
              code: p.userCode,
              what: actionTitle(p.action),
            })
          : say('cli:signIn.deviceCode', { uri: p.verificationUri, code: p.userCode }),
      ),
  });
  return { tokens, how: say('cli:signIn.how.deviceCode', { protection: store.protection }) };
}
