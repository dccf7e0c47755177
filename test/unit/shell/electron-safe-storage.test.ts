import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createElectronMock } from '../../support/electron-mock.ts';
import { tempDir } from '../../support/station.ts';

const data = tempDir();
const mock = createElectronMock({ userData: data.path, appPath: data.path });
vi.mock('electron', () => mock.module);

const { ElectronSafeStorageSecretStore, keychainSecretStore } =
  await import('../../../src-main/keychain/electron-safe-storage.ts');

const dirs: { path: string; remove(): void }[] = [];
const dir = () => {
  const d = tempDir();
  dirs.push(d);
  return d.path;
};
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

const SECRET = '{"RefreshToken":{"x":{"secret":"refresh-token-value-0123456789"}}}';

describe('the keychain SecretStore over Electron safeStorage (mocked electron)', () => {
  it('seals what it stores: the file never holds the cache in clear, and reads back the same bytes', async () => {
    const folder = dir();
    const store = keychainSecretStore(folder, undefined, 'linux');
    expect(store).not.toBeNull();
    expect(store!.persistent).toBe(true);
    expect(store!.protection).toBe('encrypted with a key kept in the desktop keyring');
    await store!.set('holobench-msal-global-t-c', new TextEncoder().encode(SECRET));
    const [file] = readdirSync(folder);
    const onDisk = readFileSync(join(folder, file!));
    expect(onDisk.toString()).not.toContain('refresh-token-value');
    expect(onDisk.toString()).toMatch(/^sealed:/);
    if (process.platform !== 'win32') expect(statSync(join(folder, file!)).mode & 0o777).toBe(0o600);
    expect(new TextDecoder().decode(await store!.get('holobench-msal-global-t-c'))).toBe(SECRET);
    await store!.delete('holobench-msal-global-t-c');
    expect(await store!.get('holobench-msal-global-t-c')).toBeUndefined();
  });

  it('offers no keychain where safeStorage would only pretend, or cannot encrypt at all', () => {
    const fake = (available: boolean, backend: string) => ({
      isEncryptionAvailable: () => available,
      getSelectedStorageBackend: () => backend,
      encryptString: (s: string) => Buffer.from(s),
      decryptString: (b: Buffer) => b.toString(),
    });
    expect(keychainSecretStore(dir(), fake(true, 'basic_text'), 'linux')).toBeNull();
    expect(keychainSecretStore(dir(), fake(false, 'gnome_libsecret'), 'linux')).toBeNull();
    expect(keychainSecretStore(dir(), fake(true, 'unknown'), 'win32')?.protection).toBe(
      'encrypted with your Windows account (DPAPI)',
    );
    const throwing = {
      ...fake(true, 'x'),
      isEncryptionAvailable: () => {
        throw new Error('not ready');
      },
    };
    expect(keychainSecretStore(dir(), throwing, 'darwin')).toBeNull();
  });

  it('forgets a cache it can no longer open (another user, a reset keyring) instead of failing', async () => {
    const folder = dir();
    const store = new ElectronSafeStorageSecretStore(folder, {
      isEncryptionAvailable: () => true,
      encryptString: (s) => Buffer.from(s),
      decryptString: () => {
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      },
    });
    await store.set('k', new Uint8Array([1, 2, 3]));
    writeFileSync(join(folder, 'k.bin'), 'garbage');
    expect(await store.get('k')).toBeUndefined();
    expect(readdirSync(folder)).toEqual([]);
  });
});
