import { readFileSync } from 'node:fs';
import type { AccountInfo, AuthenticationResult } from '@azure/msal-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PublicClientLike } from '../../src-main/core/autopilot/auth.ts';
import { extractDeviceHashFromZip } from '../../src-main/core/autopilot/device-hash.ts';
import { INTUNE_CSV_HEADER } from '../../src-main/core/autopilot/intune-csv.ts';
import { buildAutopilotDiagnosticsZip } from '../../src-main/sim/autopilot/diagnostics-zip.ts';
import { productIdFor } from '../../src-main/sim/sim-functions.ts';
import type { SimDevice } from '../../src-main/sim/sim-device.ts';
import {
  browserUnavailable,
  openStationInBrowser,
  pageErrors,
  screenshot,
  type StationInBrowser,
} from '../support/browser.ts';
import { startFakeGraph, type FakeGraph } from '../support/graph-server.ts';
import { waitFor } from '../support/station.ts';

const skip = browserUnavailable();

const TOKEN = 'e2e-graph-token-0123456789abcdef';
/** Ends the pending device-code sign-in, as if the tech had entered the code on a phone. */
let finishSignIn: (() => void) | null = null;

/**
 * MSAL's public client stand-in: hands out a code; the sign-in completes when the test says so, and from then on
 * the account is in the cache and tokens come silently, as with MSAL.
 */
const accounts: AccountInfo[] = [];
const signInApp: PublicClientLike = {
  getTokenCache: () => ({
    getAllAccounts: () => Promise.resolve([...accounts]),
    removeAccount: () => Promise.resolve(),
  }),
  acquireTokenSilent: () => Promise.resolve({ accessToken: TOKEN } as AuthenticationResult),
  acquireTokenByDeviceCode: (req) => {
    req.deviceCodeCallback({
      userCode: 'HB7K-Q2XM',
      deviceCode: 'x',
      verificationUri: 'https://microsoft.com/devicelogin',
      expiresIn: 900,
      interval: 5,
      message: 'm',
    });
    return new Promise<AuthenticationResult | null>((resolve) => {
      finishSignIn = () => {
        accounts.push({ homeAccountId: 'tech' } as AccountInfo);
        resolve({ accessToken: TOKEN } as AuthenticationResult);
      };
    });
  },
};

describe.skipIf(skip)('Autopilot in Chromium over the bridge', () => {
  let ui: StationInBrowser;
  let station: StationInBrowser['station'];
  let page: Page;
  let dev: SimDevice;
  let graph: FakeGraph;

  beforeAll(async () => {
    graph = await startFakeGraph({ token: TOKEN, pollsUntilDone: 1 });
    ui = await openStationInBrowser({
      simulate: [],
      simTiming: { reenumerateMs: 10, diagnosticsMs: 600 },
      // A local Graph: the test never reaches Microsoft.
      autopilot: { harvest: { pollMs: 100, stableMs: 200 }, signInApp, graphBase: graph.url, graphPollIntervalMs: 50 },
    });
    ({ station, page } = ui);
    dev = station.simulator!.add({ preset: 'hl2', faults: [] });
    await station.connections.settled(3000);
  });
  afterAll(async () => {
    await ui?.close();
    await graph?.close();
  });

  const card = () => page.locator(`[data-device-id="sim-${dev.portPath}"]`);

  it('harvests from a simulated HoloLens 2 from its card, with "do it for me", and shows the result', async () => {
    await card()
      .getByRole('button', { name: /^Harvest hash/ })
      .click();
    await page.getByRole('heading', { name: 'Press Power + Volume Down together' }).waitFor();
    await page.getByRole('img', { name: /HoloLens 2 seen from above: Press Power \+ Volume Down together/ }).waitFor();
    await page.locator('.ap-coach__action').getByText(`On the HoloLens 2 in port ${dev.portPath}`).waitFor();
    await screenshot(page, 'autopilot-1-coaching');
    await page.getByRole('button', { name: 'Do it for me (simulated device)' }).click();
    await page.getByText('The device writes AutopilotDiagnostics.zip').waitFor();
    const result = page.getByRole('region', { name: 'Hash harvested' });
    await result.waitFor({ timeout: 15_000 });
    const saved = station.autopilot.store.latestHarvests()[0]!;
    expect(await result.innerText()).toContain(dev.serialNumber);
    expect(await result.innerText()).toContain(productIdFor(dev.serialNumber));
    await screenshot(page, 'autopilot-2-result');
    expect(saved).toMatchObject({ serialNumber: dev.serialNumber, source: 'device' });
  });

  it('lists the harvest, exports the CSV with its exact header and row', async () => {
    const table = page.getByRole('region', { name: 'Harvested devices' });
    await table.getByRole('row', { name: new RegExp(dev.serialNumber) }).waitFor();
    // A harvest from a simulated device is training: marked, never uploaded, out of the CSV unless asked for.
    expect(await table.innerText()).toContain('Simulated');
    expect(await table.innerText()).toContain('Never (training)');
    await page.getByLabel('Group tag', { exact: true }).fill('Bench-A');
    await page.getByRole('button', { name: 'Write the CSV (0 devices)' }).waitFor();
    await page.getByRole('checkbox', { name: /Include 1 training harvest/ }).check();
    await page.getByRole('button', { name: 'Write the CSV (1 device)' }).click();
    const link = page.getByRole('link', { name: /^Download autopilot-devices-.*\.csv$/ });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const text = readFileSync(await download.path(), 'latin1');
    const h = station.autopilot.store.latestHarvests()[0]!;
    expect(text).toBe(
      `${INTUNE_CSV_HEADER}\r\n${dev.serialNumber},${productIdFor(dev.serialNumber)},${h.hardwareHash},Bench-A,\r\n`,
    );
    await screenshot(page, 'autopilot-3-table-export');
  });

  it('harvests again with the training panel buttons; history grows and the card shows the hash', async () => {
    await page.getByRole('button', { name: 'Harvest hash' }).click();
    await page.getByRole('heading', { name: 'Press Power + Volume Down together' }).waitFor();
    await page
      .getByRole('group', { name: `Buttons of ${dev.simId}` })
      .getByRole('button', { name: 'Power + Volume Down' })
      .click();
    await page.getByRole('region', { name: 'Hash harvested' }).waitFor({ timeout: 15_000 });
    expect(station.autopilot.store.harvestHistory(dev.serialNumber)).toHaveLength(2);
    await page.getByText('2 harvests', { exact: true }).waitFor();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Bench' }).click();
    await card().getByText('Autopilot hash', { exact: true }).waitFor();
    await screenshot(page, 'autopilot-4-card');
  });

  it('upload panel: settings without secrets, the sign-in code shown large, then per-device results', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Autopilot' }).click();
    await page.getByLabel('Tenant').fill('contoso.onmicrosoft.com');
    await page.getByLabel('App (client) ID').fill('11111111-2222-3333-4444-555555555555');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await waitFor(() => station.ledger.getSetting('autopilot-upload'), 5000, 'the settings');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText('HB7K-Q2XM').waitFor();
    await page.getByRole('button', { name: 'Copy the code' }).waitFor();
    await screenshot(page, 'autopilot-5-upload-sign-in');
    expect(JSON.stringify(station.ledger.getSetting('autopilot-upload'))).not.toMatch(/secret|token/i);
    await page.getByRole('button', { name: 'Cancel sign-in' }).click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText('HB7K-Q2XM').waitFor();
    finishSignIn?.();
    await page.getByText('Signed in. Uploads can go.').waitFor();
    await page.getByText('Online: Microsoft Graph answers').waitFor();
    // Only the simulated device so far: nothing can be uploaded.
    await page.getByText(/training harvests from simulated devices are never sent to Intune/).waitFor();
    // A hash a technician brought from a real device (a file): that one may go.
    const real = '310020599001';
    const zip = await extractDeviceHashFromZip(
      buildAutopilotDiagnosticsZip({ serialNumber: real, productId: '', now: new Date() }),
    );
    station.autopilot.store.saveHarvest({ ...zip, source: 'file', harvestedAt: new Date().toISOString() });
    station.autopilot.changed();
    await page.getByRole('button', { name: 'Upload 1 device' }).click();
    const results = page.getByRole('table', { name: 'Upload results' });
    await results.getByText('Registered', { exact: true }).waitFor({ timeout: 15_000 });
    expect(await results.innerText()).toContain(`${real} is registered in Autopilot.`);
    expect([...graph.identities.values()].map((i) => [i.serialNumber, i.groupTag])).toEqual([[real, 'Bench-A']]);
    await page.getByText(`${dev.serialNumber}: Training harvest from a simulated device`).waitFor();
    await page.getByRole('region', { name: 'Harvested devices' }).getByText('Registered', { exact: true }).waitFor();
    await screenshot(page, 'autopilot-6-upload-results');
    expect(pageErrors(page)).toEqual([]);
  });
});
