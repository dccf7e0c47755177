import { safeStorage } from 'electron';
import { FileSecretStore, type SecretStore } from '../core/autopilot/secret-store.ts';

/**
 * The app's SecretStore: the sign-in cache encrypted with Electron safeStorage (DPAPI on Windows, the Keychain on
 * macOS, the desktop keyring on Linux) and written to a file only the user can read. Where safeStorage would
 * only pretend (no keyring on Linux: its "basic_text" backend uses a fixed password), there is no keychain store
 * and the station keeps sign-ins in memory.
 */

export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only. */
  getSelectedStorageBackend?(): string;
}

const PROTECTION: Partial<Record<NodeJS.Platform, string>> = {
  win32: 'encrypted with your Windows account (DPAPI)',
  darwin: 'encrypted with a key kept in the macOS Keychain',
  linux: 'encrypted with a key kept in the desktop keyring',
};

export class ElectronSafeStorageSecretStore implements SecretStore {
  readonly persistent = true;
  readonly protection: string;
  private readonly files: FileSecretStore;
  private readonly safe: SafeStorageLike;

  constructor(dir: string, safe: SafeStorageLike, platform: NodeJS.Platform = process.platform) {
    this.files = new FileSecretStore(dir);
    this.safe = safe;
    this.protection = PROTECTION[platform] ?? 'encrypted by the operating system';
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    const sealed = await this.files.get(key);
    if (!sealed) return undefined;
    try {
      return new Uint8Array(Buffer.from(this.safe.decryptString(Buffer.from(sealed)), 'base64'));
    } catch {
      // Sealed under another user or a reset keyring: useless now, so forget it (a new sign-in follows).
      await this.files.delete(key);
      return undefined;
    }
  }

  async set(key: string, value: Uint8Array): Promise<void> {
    const sealed = this.safe.encryptString(Buffer.from(value).toString('base64'));
    await this.files.set(key, new Uint8Array(sealed));
  }

  delete(key: string): Promise<void> {
    return this.files.delete(key);
  }
}

/** The keychain store, or null when this system offers no real encryption (callers keep sign-ins in memory). */
export function keychainSecretStore(
  dir: string,
  safe: SafeStorageLike | undefined = safeStorage,
  platform: NodeJS.Platform = process.platform,
): SecretStore | null {
  try {
    if (!safe?.isEncryptionAvailable()) return null;
    if (platform === 'linux' && safe.getSelectedStorageBackend?.() === 'basic_text') return null;
  } catch {
    return null;
  }
  return new ElectronSafeStorageSecretStore(dir, safe, platform);
}
