import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SimDevice } from '../../src-main/sim/sim-device.ts';
import {
  browserUnavailable,
  openStationInBrowser,
  pageErrors,
  screenshot,
  type StationInBrowser,
} from '../support/browser.ts';
import { tempDir } from '../support/station.ts';

const skip = browserUnavailable();
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe.skipIf(skip)('device page: files and history in Chromium over the bridge', () => {
  let ui: StationInBrowser;
  let station: StationInBrowser['station'];
  let page: Page;
  let dev: SimDevice;
  const scratch = tempDir();

  beforeAll(async () => {
    // A 3 MB/s link: copies take long enough to watch, cancel or interrupt.
    ui = await openStationInBrowser({ simulate: [], simFunctions: { link: { latencyMs: 0.25, bytesPerSecond: 3e6 } } });
    ({ station, page } = ui);
    dev = station.simulator!.add({ preset: 'hl2', faults: [] });
    station.simulator!.functionsOf(dev.simId)!.tree.addPatternFile('Videos/walkthrough.mp4', 40_000_000);
  });
  afterAll(async () => {
    await ui?.close();
    scratch.remove();
  });

  const list = (where: string) => page.getByRole('listbox', { name: `Files and folders in ${where}` });
  const open = async (from: string, name: string) => {
    await list(from)
      .getByRole('option', { name: new RegExp(`^\\S*${name}`) })
      .dblclick();
  };
  const copies = () => page.getByRole('region', { name: 'Copies' });
  const pulledDir = () => join(station.config.dataDir, 'pulled', dev.serialNumber);

  it('opens from the card and browses into Pictures/Camera Roll', async () => {
    const card = page.locator(`[data-device-id="sim-${dev.portPath}"]`);
    await card.getByRole('button', { name: /^Files & history/ }).click();
    await page.getByRole('heading', { name: `HoloLens 2 on port ${dev.portPath}` }).waitFor();
    await list('Internal Storage').waitFor();
    await open('Internal Storage', 'Pictures');
    await open('Internal Storage/Pictures', 'Camera Roll');
    await list('Internal Storage/Pictures/Camera Roll')
      .getByRole('option', { name: /WIN_20260301_101500_HoloLens\.jpg/ })
      .waitFor();
    const summary = await page.getByRole('region', { name: 'About this device' }).innerText();
    expect(summary).toContain(dev.serialNumber);
    expect(summary).toContain('10.0.22621.1244');
  });

  it('pulls the photo: the file on this PC has the reported size and hash, and downloads', async () => {
    const photo = list('Internal Storage/Pictures/Camera Roll').getByRole('option', { name: /WIN_20260301/ });
    await photo.click();
    await page.getByRole('button', { name: 'Copy to this PC' }).click();
    const item = copies().getByRole('listitem', { name: /WIN_20260301_101500_HoloLens\.jpg" to this PC: Done/ });
    await item.waitFor({ timeout: 15_000 });
    const localPath = await item.locator('.job__path').innerText();
    expect(localPath).toBe(join(pulledDir(), 'WIN_20260301_101500_HoloLens.jpg'));
    const bytes = readFileSync(localPath);
    expect(bytes.length).toBe(1_250_000);
    expect(await item.locator('abbr').getAttribute('title')).toBe(`SHA-256 ${sha256(bytes)}`);
    expect(await item.innerText()).toContain('1.3 MB saved on this PC, size and contents checked');
    const href = await item.getByRole('link', { name: 'Download it to this computer' }).getAttribute('href');
    const download = await page.request.get(new URL(href!, page.url()).toString());
    expect(sha256(await download.body())).toBe(sha256(bytes));
    await page
      .getByRole('region', { name: 'History of this device' })
      .getByText(/Copied "WIN_20260301_101500_HoloLens\.jpg" to this PC/)
      .waitFor();
    await screenshot(page, 'device-1-browser-and-pull');
  });

  it('pushes a file chosen in the file input into Documents and lists it', async () => {
    await page
      .getByRole('navigation', { name: 'Folder path' })
      .getByRole('button', { name: 'Internal Storage' })
      .click();
    await open('Internal Storage', 'Documents');
    await list('Internal Storage/Documents').waitFor();
    const local = join(scratch.path, 'bench-upload.txt');
    const content = randomBytes(300_000);
    writeFileSync(local, content);
    await page.getByLabel('Send a file from this PC to this folder…').setInputFiles(local);
    await copies()
      .getByRole('listitem', { name: 'Copy "bench-upload.txt" to the device: Done' })
      .waitFor({ timeout: 15_000 });
    await list('Internal Storage/Documents')
      .getByRole('option', { name: /bench-upload\.txt/ })
      .waitFor();
    const onDevice = station.simulator!.functionsOf(dev.simId)!.tree.readFile('Documents/bench-upload.txt');
    expect(sha256(onDevice)).toBe(sha256(content));
  });

  it('a copy in progress shows its progress and can be canceled, leaving nothing behind', async () => {
    await page
      .getByRole('navigation', { name: 'Folder path' })
      .getByRole('button', { name: 'Internal Storage' })
      .click();
    await open('Internal Storage', 'Videos');
    await list('Internal Storage/Videos')
      .getByRole('option', { name: /walkthrough\.mp4/ })
      .click();
    await page.getByRole('button', { name: 'Copy to this PC' }).click();
    const bar = page.getByRole('progressbar', { name: 'Copy "walkthrough.mp4" to this PC: progress' });
    await page.waitForFunction(
      () => Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') ?? 0) >= 5,
    );
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(5);
    await screenshot(page, 'device-2-copy-in-progress');
    await copies().getByRole('button', { name: 'Cancel' }).click();
    const item = copies().getByRole('listitem', { name: 'Copy "walkthrough.mp4" to this PC: Canceled' });
    await item.waitFor();
    expect(await item.innerText()).toContain('Canceled. Nothing was left half-done.');
    expect(readdirSync(pulledDir()).filter((n) => n.includes('walkthrough'))).toEqual([]);
  });

  it('a locked device shows the "unlock" message, then its files once unlocked', async () => {
    dev.act('lock');
    await page.getByRole('heading', { name: 'Unlock the device or reach the setup page' }).waitFor();
    expect(await page.getByRole('listbox').count()).toBe(0);
    await screenshot(page, 'device-3-no-storage');
    await page.getByRole('button', { name: 'Sign in for me (simulated device)' }).click();
    await list('Internal Storage/Videos').waitFor();
  });

  it('unplugged mid-copy: the copy fails plainly, the page says so, and recovers on replug', async () => {
    await list('Internal Storage/Videos')
      .getByRole('option', { name: /walkthrough\.mp4/ })
      .click();
    await page.getByRole('button', { name: 'Copy to this PC' }).click();
    await page.waitForFunction(
      () => Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') ?? 0) >= 2,
    );
    dev.unplug();
    await page.getByRole('heading', { name: 'The device is unplugged' }).waitFor();
    const item = copies().getByRole('listitem', { name: 'Copy "walkthrough.mp4" to this PC: Failed' });
    await item.waitFor();
    expect(await item.innerText()).toContain(
      'The device was unplugged. The copy of "walkthrough.mp4" stopped part-way. Nothing was saved on this PC.',
    );
    expect(existsSync(pulledDir()) && readdirSync(pulledDir()).some((n) => n.includes('walkthrough'))).toBe(false);
    await screenshot(page, 'device-4-unplugged');
    dev.plug();
    await list('Internal Storage/Videos').waitFor();
    await page
      .getByRole('region', { name: 'History of this device' })
      .getByText(/^Unplugged from port/)
      .first()
      .waitFor();
    expect(pageErrors(page)).toEqual([]);
  });
});
