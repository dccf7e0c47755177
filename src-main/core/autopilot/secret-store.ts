import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import type { Logger } from './redact.ts';
import { say } from '../language.ts';

/**
 * Where sign-in caches live. The app implements SecretStore over Electron safeStorage (OS keychain encryption);
 * this file holds the store the CLI can use without a keychain module:
 * - MemorySecretStore (the default): nothing outlives the process, so a tech signs in once per run.
 * - FileSecretStore: only when no keychain store is available AND the tech opted in. It writes the cache to a file
 *   readable only by the current user (mode 0600 in a 0700 folder). It is NOT encrypted: encrypting with a key kept
 *   on the same disk would only look safer. `persistent`/`protection` let the UI and CLI say exactly that.
 */

export interface SecretStore {
  /** Survives a restart. */
  readonly persistent: boolean;
  /** How the bytes are protected, in a few words a tech can read. */
  readonly protection: string;
  get(key: string): Promise<Uint8Array | undefined>;
  set(key: string, value: Uint8Array): Promise<void>;
  delete(key: string): Promise<void>;
}

export class MemorySecretStore implements SecretStore {
  readonly persistent = false;
  get protection(): string {
    return say('station-work:secret.memory');
  }
  private readonly values = new Map<string, Uint8Array>();

  get(key: string): Promise<Uint8Array | undefined> {
    return Promise.resolve(this.values.get(key));
  }

  set(key: string, value: Uint8Array): Promise<void> {
    this.values.set(key, new Uint8Array(value));
    return Promise.resolve();
  }

  delete(key: string): Promise<void> {
    this.values.delete(key);
    return Promise.resolve();
  }
}

export class FileSecretStore implements SecretStore {
  readonly persistent = true;
  get protection(): string {
    return say('station-work:secret.file');
  }
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  private path(key: string): string {
    // Keys become file names: keep them to a safe alphabet.
    return join(this.dir, `${key.replace(/[^A-Za-z0-9._-]/g, '_')}.bin`);
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await readFile(this.path(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async set(key: string, value: Uint8Array): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await chmod(this.dir, 0o700).catch(() => {});
    const target = this.path(key);
    const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(value);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}

/** The CLI's choice: the keychain when there is one; a user-only file if the tech opted in; else memory. */
export function chooseSecretStore(o: { keychain?: SecretStore; allowFile: boolean; dir: string }): SecretStore {
  if (o.keychain) return o.keychain;
  return o.allowFile ? new FileSecretStore(o.dir) : new MemorySecretStore();
}

/**
 * MSAL's token cache persisted through a SecretStore. A store that fails only costs a new sign-in later, so its
 * errors are logged (without content) and swallowed rather than failing the sign-in.
 */
export function secretStoreCachePlugin(store: SecretStore, key: string, log?: Logger): ICachePlugin {
  return {
    async beforeCacheAccess(context: TokenCacheContext): Promise<void> {
      try {
        const bytes = await store.get(key);
        if (bytes) context.tokenCache.deserialize(new TextDecoder().decode(bytes));
      } catch {
        log?.('warn', 'The saved sign-in could not be read; a new sign-in will be needed.');
      }
    },
    async afterCacheAccess(context: TokenCacheContext): Promise<void> {
      if (!context.cacheHasChanged) return;
      try {
        await store.set(key, new TextEncoder().encode(context.tokenCache.serialize()));
      } catch {
        log?.('warn', 'The sign-in could not be saved; the next run will ask again.');
      }
    },
  };
}
