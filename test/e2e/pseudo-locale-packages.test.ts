import { join } from 'node:path';
import type { AccountInfo, AuthenticationResult } from '@azure/msal-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createHandlers } from '../../src-main/core/api/index.ts';
import { pseudoize } from '../../src-main/shared/i18n/pseudo.ts';
import type { PublicClientLike } from '../../src-main/core/autopilot/auth.ts';
import type { SimDevice } from '../../src-main/sim/sim-device.ts';
import { browserUnavailable, openStationInBrowser, pageErrors, type StationInBrowser } from '../support/browser.ts';
import { FakeIntune } from '../support/graph-intune.ts';
import { startFakeGraph, type FakeGraph } from '../support/graph-server.ts';
import { untranslatedTexts } from '../support/pseudo.ts';

/**
 * The pseudo-locale check for the Packages and Autopilot screens and the card's Intune line: with the station in
 * the pseudo language every text is accented and bracketed, so plain English left on screen did not come through
 * the catalogs (the screen's own or the core's). Each test opens a state a technician meets there, on simulated
 * devices and a local Graph. Then one German smoke check.
 */
const skip = browserUnavailable();
const SAMPLE = join(import.meta.dirname, '../../resources/samples/HoloBench-Sample.ppkg');
const TOKEN = 'pseudo-graph-token-0123456789abcdef';

let finishSignIn: (() => void) | null = null;
const accounts: AccountInfo[] = [];
/** MSAL's public client stand-in: a code at once, signed in when the test says so. */
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

describe.skipIf(skip)('no hard-coded text on Packages, Autopilot and the Intune line: the pseudo-locale', () => {
  let ui: StationInBrowser;
  let page: Page;
  let graph: FakeGraph;
  let intune: FakeIntune;
  let hl2: SimDevice;

  const untranslated = () => untranslatedTexts(page, 'main');
  const section = (name: string) =>
    page.getByRole('navigation', { name: /^⟦/ }).getByRole('button', { name, exact: true });
  const main = () => page.locator('main');

  beforeAll(async () => {
    graph = await startFakeGraph({ token: TOKEN, pollsUntilDone: 1 });
    intune = new FakeIntune(graph);
    ui = await openStationInBrowser({
      simulate: [],
      language: 'pseudo',
      drives: null,
      simTiming: { reenumerateMs: 10, diagnosticsMs: 300 },
      autopilot: { harvest: { pollMs: 100, stableMs: 200 }, signInApp, graphBase: graph.url, graphPollIntervalMs: 50 },
    });
    page = ui.page;
    await createHandlers(ui.station).updateSettings({ language: 'pseudo', technician: 'Ada' });
    await page.locator('html[lang="en"] .tabs').waitFor();
    await page.getByRole('navigation', { name: /^⟦/ }).waitFor();
  });
  afterAll(async () => {
    await ui?.close();
    await graph?.close();
  });

  it('the package library: the sample imported, its detail with findings and what it sets', async () => {
    await section(pseudoize('Packages')).click();
    await page.locator('.pk-library').waitFor();
    expect.soft(await untranslated()).toEqual([]);
    await page.locator('input[type="file"][accept=".ppkg"]').setInputFiles(SAMPLE);
    await page.locator('.pk-import button[type="submit"]').click();
    const detail = page.locator('article.pk-detail');
    await detail.locator('.pk-sets li').first().waitFor();
    // Checked for a HoloLens (1st gen) that joins MDM: the sample has no edition upgrade, a finding to read.
    await detail.locator('select').first().selectOption('hololens1');
    await detail.locator('select').nth(1).selectOption('yes');
    await detail.locator('.pk-checkfor button').click();
    await detail.locator('.pk-finding--warn').waitFor();
    await detail.locator('.pk-members summary').click();
    expect.soft(await untranslated()).toEqual([]);
    // The settings show what they mean, through the catalogs too.
    expect(await detail.locator('.pk-sets').innerText()).toMatch(/\(True\)/);
  });

  it('the apply panel and its coach on a simulated HoloLens 2 at first setup', async () => {
    const dev = ui.station.simulator!.add({ preset: 'hl2-oobe', faults: [] });
    await ui.station.connections.settled(3000);
    await page.locator('.pk-tab').nth(1).click();
    const pickers = page.locator('.pk-apply select');
    await pickers.first().selectOption(`sim-${dev.portPath}`);
    await page.locator('.pk-method').waitFor();
    await pickers.nth(1).selectOption({ index: 1 });
    expect.soft(await untranslated()).toEqual([]);
    await page.locator('.pk-apply .btn--primary').click();
    await page.locator('.pk-coach').waitFor();
    expect.soft(await untranslated()).toEqual([]);
    await page.locator('.pk-sim').click();
    await page.locator('.pk-confirm-result').waitFor({ timeout: 15_000 });
    expect.soft(await untranslated()).toEqual([]);
    await page.locator('.pk-sim').click();
    await page.locator('.pk-sim', { hasText: /./ }).last().click();
    await page.locator('.pk-outcome').waitFor({ timeout: 15_000 });
    expect.soft(await untranslated()).toEqual([]);
    dev.unplug();
  });

  it('the USB drive kit: a refused system disk, an allowed stick, the kit written', async () => {
    await page.locator('.pk-tab').nth(2).click();
    await page.locator('.pk-drive--blocked').first().waitFor();
    expect.soft(await untranslated()).toEqual([]);
    await page.locator('.pk-kit-pick input[type="checkbox"]').first().check();
    await page.locator('.pk-drive--ok input[type="radio"]').first().check();
    await page.locator('.pk-kit > .row .btn--primary').click();
    await page.locator('.pk-kit .pk-outcome').waitFor({ timeout: 15_000 });
    expect.soft(await untranslated()).toEqual([]);
  });

  it('Autopilot: a hash harvested from a simulated HoloLens 2, the table and the export', async () => {
    hl2 = ui.station.simulator!.add({ preset: 'hl2', faults: [] });
    await ui.station.connections.settled(3000);
    await section(pseudoize('Autopilot')).click();
    await page.locator('.ap-harvest__pick select').selectOption(`sim-${hl2.portPath}`);
    await page.locator('.ap-harvest__pick .btn--primary').click();
    await page.locator('.ap-coach').waitFor();
    expect.soft(await untranslated()).toEqual([]);
    await page.locator('.training-move button').click();
    await page.locator('#ap-result').waitFor({ timeout: 15_000 });
    await main().locator('.ap-table tbody tr').first().waitFor();
    expect.soft(await untranslated()).toEqual([]);
    await page.locator('.ap-panel .check input[type="checkbox"]').check();
    await page.locator('.ap-per-device summary').click();
    await page.locator('[aria-labelledby="ap-export-title"] .btn--primary').click();
    await page.locator('.ap-files').waitFor();
    expect.soft(await untranslated()).toEqual([]);
  });

  it('Autopilot upload: signed out and offline, then the sign-in code', async () => {
    graph.offline = true;
    await page.locator('.ap-online button').click();
    await page.locator('.ap-online .dot--off').waitFor();
    await page.locator('.ap-settings input').first().fill('contoso.onmicrosoft.com');
    await page.locator('.ap-settings input').nth(1).fill('11111111-2222-3333-4444-555555555555');
    await page.locator('.ap-settings button[type="submit"]').click();
    await page.locator('.ap-signin button').first().waitFor();
    expect.soft(await untranslated()).toEqual([]);
    await page.locator('.ap-signin button').first().click();
    await page.locator('.ap-code').waitFor();
    expect.soft(await untranslated()).toEqual([]);
    finishSignIn?.();
    await page.locator('.ap-signin--signed-in').waitFor();
    expect.soft(await untranslated()).toEqual([]);
  });

  it('the Intune line on the card: enrolled with a stale duplicate, then unknown while offline', async () => {
    graph.offline = false;
    intune.addManaged(hl2.serialNumber, { lastSyncDateTime: '2026-01-01T00:00:00Z' });
    intune.addEnrolled(hl2.serialNumber, { complianceState: 'compliant' });
    await section(pseudoize('Bench')).click();
    const card = page.locator(`[data-device-id="sim-${hl2.portPath}"]`);
    const fact = card.locator('.intune-fact');
    await fact.locator('button').first().click();
    await fact.locator('[data-state="enrolled"]').waitFor();
    expect.soft(await untranslatedTexts(page, '.intune-fact')).toEqual([]);
    await card.locator('.intune-cleanup__start button').first().click();
    await card.locator('.intune-cleanup__message').waitFor();
    expect.soft(await untranslatedTexts(page, '.intune-cleanup')).toEqual([]);
    graph.offline = true;
    await fact.locator('button').first().click();
    await fact.locator('[data-state="unknown-offline"]').waitFor();
    expect.soft(await untranslatedTexts(page, '.intune-fact')).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('German: the same screens speak German', async () => {
    await createHandlers(ui.station).updateSettings({ language: 'de' });
    await page.locator('html[lang="de"]').waitFor();
    const card = page.locator(`[data-device-id="sim-${hl2.portPath}"]`);
    await card.getByText('unbekannt (offline)').waitFor();
    await page.getByRole('button', { name: 'Pakete' }).click();
    await page.getByRole('heading', { name: 'Bereitstellungspakete' }).waitFor();
    await page.getByRole('button', { name: 'Bibliothek' }).click();
    await page.locator('.pk-list__item').first().click();
    const detail = page.getByRole('article');
    await detail.getByText('Augenkalibrierung überspringen').waitFor();
    expect(await detail.locator('.pk-sets').innerText()).toContain('Ja (True)');
    await detail.getByRole('heading', { name: 'Was es auf dem Gerät festlegt' }).waitFor();
    await page.getByRole('button', { name: 'Autopilot' }).click();
    await page.getByRole('heading', { name: 'Hash auslesen' }).waitFor();
    await page.getByRole('heading', { name: 'In Intune hochladen' }).waitFor();
    const table = page.getByRole('region', { name: 'Ausgelesene Geräte' });
    expect(await table.locator('table').innerText()).toContain('Nie (Training)');
  });
});
