import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { _electron as electron } from 'playwright-core';
import { tempDir } from '../support/station.ts';

const ROOT = join(import.meta.dirname, '../..');

/** The Electron binary, when this machine has one (the npm package downloads it; our CI machines cannot). */
function electronBinary(): string | null {
  try {
    const pkg = join(createRequire(import.meta.url).resolve('electron/package.json'), '..');
    const pathFile = join(pkg, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const bin = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const reason = binary
  ? ''
  : 'no Electron binary on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD); runs where one is installed';

describe.skipIf(!binary)(`the real station window${reason ? ` (skipped: ${reason})` : ''}`, () => {
  it('opens the hardened window in training mode and shows simulated devices', async () => {
    const data = tempDir();
    const app = await electron.launch({
      executablePath: binary!,
      args: [ROOT, '--simulate=hl2,wmr-sensors', `--user-data-dir=${data.path}`],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
    try {
      const page = await app.firstWindow();
      await page.getByRole('article', { name: /HoloLens 2 on port 9-1\.1/ }).waitFor();
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    } finally {
      await app.close();
      data.remove();
    }
  });
});
