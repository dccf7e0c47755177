import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  browserUnavailable,
  openStationInBrowser,
  pageErrors,
  screenshot,
  type StationInBrowser,
} from '../support/browser.ts';
import { makePackage, wimlibAvailable } from '../support/packages.ts';
import { tempDir, waitFor } from '../support/station.ts';

const skip =
  browserUnavailable() ?? (wimlibAvailable() ? null : 'wimlib-imagex is not installed (apt-get install wimtools)');

describe.skipIf(skip)('provisioning packages in Chromium over the bridge', () => {
  let ui: StationInBrowser;
  let station: StationInBrowser['station'];
  let page: Page;
  let src: { path: string; remove(): void };
  let file: string;

  beforeAll(async () => {
    src = tempDir();
    // A bulk token that runs out in three days: the library must warn about it.
    const expiry = new Date(Date.now() + 3 * 86_400_000).toISOString();
    file = makePackage(src.path, 'Warehouse.ppkg', { tokenExpiry: expiry });
    ui = await openStationInBrowser({ simulate: [], drives: null });
    ({ station, page } = ui);
    const tech = page.getByLabel('Technician');
    await tech.fill('Ada Lovelace');
    await tech.press('Enter');
    await waitFor(() => station.ledger.getSetting('station'), 5000, 'the technician name');
  });
  afterAll(async () => {
    await ui?.close();
    src?.remove();
  });

  it('imports a package and shows what it sets and its findings', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Packages' }).click();
    await page.getByRole('heading', { name: 'Provisioning packages' }).waitFor();
    await page.getByLabel('Package file (.ppkg)').setInputFiles(file);
    await page.getByLabel(/Notes \(optional\)/).fill('Warehouse Wi-Fi and bulk enrollment, bench 3');
    await page.getByRole('button', { name: 'Import and check it' }).click();
    await page.getByText('Imported Warehouse.ppkg. Check its findings below.').waitFor();
    const detail = page.getByRole('article', { name: 'Warehouse.ppkg' });
    await detail.getByText(/The bulk enrollment token in this package expires on/).waitFor();
    await detail.getByText('Check this').first().waitFor();
    await detail.getByText('Warehouse-5G').waitFor();
    const [pkg] = station.packages.library.list();
    expect(pkg).toMatchObject({ name: 'Warehouse.ppkg', worst: 'warn', importedBy: 'Ada Lovelace' });
    await screenshot(page, 'packages-1-library');
    await detail.getByText(/Files inside/).click();
    await detail.getByRole('cell', { name: 'customizations.xml' }).waitFor();
    await screenshot(page, 'packages-2-inspection');
  });

  it('applies it to a simulated HoloLens 2 at the setup page, with the do-it-for-me buttons', async () => {
    const dev = station.simulator!.add({ preset: 'hl2-oobe', faults: [] });
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Bench' }).click();
    const card = page.locator(`[data-device-id="sim-${dev.portPath}"]`);
    await card.getByRole('button', { name: /^Apply package/ }).click();
    await page.getByText(/The station suggests/).waitFor();
    expect(await page.getByRole('radio', { name: /It is at the first setup screen/ }).isChecked()).toBe(true);
    await page.getByLabel('Which package?').selectOption({ label: 'Warehouse.ppkg (warnings)' });
    await screenshot(page, 'packages-3a-apply-choose');
    await page.getByRole('button', { name: 'Start' }).click();

    await page.getByRole('heading', { name: 'Open the provisioning page' }).waitFor();
    await page.getByRole('img', { name: /HoloLens 2 seen from above: Press Volume Down \+ Power/ }).waitFor();
    await screenshot(page, 'packages-3-apply-wizard');
    await page.getByRole('button', { name: 'Do it for me: press Volume Down + Power' }).click();

    // The storage shows up on the bus, the station copies and verifies, then asks for the second chord.
    await page.getByRole('heading', { name: 'Accept the package on the device' }).waitFor();
    await screenshot(page, 'packages-3b-apply-accept');
    await page.getByRole('button', { name: 'Do it for me: press Volume Down + Power again' }).click();
    await page.getByRole('button', { name: 'Do it for me: accept on the device' }).click();

    await page.getByRole('heading', { name: 'Applied: the station saw it' }).waitFor();
    await page.getByText(/seen by the station/).waitFor();
    await screenshot(page, 'packages-4-apply-result');
    expect(dev.state.appliedPackages).toEqual(['Warehouse.ppkg']);
    const [app] = station.packages.applications.list({});
    expect(app).toMatchObject({
      method: 'oobe-mtp',
      result: 'applied',
      confirmedBy: 'station',
      technician: 'Ada Lovelace',
      serial: dev.serialNumber,
      verified: true,
      remotePath: 'Internal Storage/Warehouse.ppkg',
    });
    expect(app!.packageSha256).toBe(station.packages.library.list()[0]!.sha256);
  });

  it('writes a USB drive kit to the simulated stick and refuses the simulated system disk', async () => {
    await page.getByRole('button', { name: 'USB drive kit' }).click();
    await page.getByRole('list', { name: 'Why System disk (simulated) is refused' }).waitFor();
    await page.getByRole('checkbox', { name: /Warehouse\.ppkg/ }).check();
    await page.getByRole('radio', { name: /KIT-STICK/ }).check();
    await page.getByRole('button', { name: 'Write the kit' }).click();
    await page.getByRole('heading', { name: /Kit ready on KIT-STICK/ }).waitFor();
    await page.getByText(/read back and checked/).waitFor();
    await screenshot(page, 'packages-5-kit');
    const stick = join(station.config.dataDir, 'sim-drives', 'usb-stick');
    expect(existsSync(join(stick, 'Warehouse.ppkg'))).toBe(true);
    expect(station.packages.applications.list({}).map((a) => a.method)).toContain('usb-drive-kit');
    expect(pageErrors(page)).toEqual([]);
  });
});
