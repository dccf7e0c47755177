import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  browserUnavailable,
  openStationInBrowser,
  pageErrors,
  screenshot,
  type StationInBrowser,
} from '../support/browser.ts';
import { FakeIntune } from '../support/graph-intune.ts';
import { startFakeGraph, type FakeGraph } from '../support/graph-server.ts';
import { waitFor } from '../support/station.ts';

/**
 * The enrollment wizard's last step in real Chromium over the bridge, against the local Graph: after the steps are
 * recorded as enrolled, "Confirm it is in Intune" looks the serial up until Intune has it, and at the timeout says
 * "not yet" with what to check. The station's wait is shortened to 9 s (every 0.5 s) for the test.
 */

const skip = browserUnavailable();
const TOKEN = 'e2e-intune-confirm-token-0123456789';
const MANAGED = '/v1.0/deviceManagement/managedDevices';

describe.skipIf(skip)("the wizard's last step confirms enrollment in Intune, in Chromium", () => {
  let ui: StationInBrowser;
  let station: StationInBrowser['station'];
  let page: Page;
  let graph: FakeGraph;
  let intune: FakeIntune;

  beforeAll(async () => {
    graph = await startFakeGraph({ token: TOKEN });
    intune = new FakeIntune(graph);
    ui = await openStationInBrowser({
      simulate: [],
      autopilot: { tokens: { getToken: () => Promise.resolve(TOKEN) }, graphBase: graph.url },
      intuneConfirm: { timeoutMinutes: 0.15, pollSeconds: 0.5 },
    });
    ({ station, page } = ui);
    const tech = page.getByLabel('Technician');
    await tech.fill('Grace Hopper');
    await tech.press('Enter');
    await waitFor(() => station.ledger.getSetting('station'), 5000, 'the technician name');
  });
  afterAll(async () => {
    await ui?.close();
    await graph?.close();
  });

  /** A HoloLens 2 plugged in, taken through the pilot path's steps and recorded as enrolled. */
  async function enrolledInWizard(): Promise<{ serial: string; confirm: Locator }> {
    const dev = station.simulator!.add({ preset: 'hl2-oobe', faults: [] });
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Bench' }).click();
    await page
      .locator(`[data-device-id="sim-${dev.portPath}"]`)
      .getByRole('button', { name: /^Enroll/ })
      .click();
    await page.getByRole('button', { name: /Shared devices, pilot/ }).click();
    await page.getByRole('button', { name: 'Show the plan' }).click();
    await page.getByRole('button', { name: 'Start the steps' }).click();
    await page.locator('.step').getByText('Step 1 of').waitFor();
    const count = await page.locator('.steplist li').count();
    for (let i = 0; i < count; i++) {
      await page
        .locator('.step')
        .getByText(`Step ${i + 1} of ${count}`)
        .waitFor();
      await page
        .locator('.step')
        .getByRole('checkbox', { name: /^Done:/ })
        .check();
      await page.locator('.steplist__item--done').nth(i).waitFor();
      if (i < count - 1) await page.getByRole('button', { name: 'Next step' }).click();
    }
    await page.getByRole('button', { name: 'Enrolled: record it' }).click();
    await page.getByText('Recorded in the ledger.').waitFor();
    return { serial: dev.serialNumber, confirm: page.getByRole('region', { name: 'Confirm in Intune' }) };
  }

  const lookups = () => graph.requests.filter((r) => r.method === 'GET' && r.path === MANAGED).length;

  it('looks the serial up until Intune has it: not there at the first poll, confirmed at a later one', async () => {
    const { serial, confirm } = await enrolledInWizard();
    expect(intune.managed.size).toBe(0);
    await confirm.getByRole('button', { name: 'Confirm it is in Intune' }).click();
    const status = confirm.locator('[role="status"]');
    await status.getByText(/^Not in Intune yet; looking again every /).waitFor();
    await screenshot(page, 'intune-confirm-1-polling');
    const before = lookups();
    expect(before).toBeGreaterThanOrEqual(1);
    // The device finishes enrolling while the station watches.
    intune.addManaged(serial, { complianceState: 'compliant' });
    await status.getByText(`${serial} is in Intune.`).waitFor();
    expect(await status.getAttribute('data-job-state')).toBe('done');
    expect(lookups()).toBeGreaterThan(before);
    // Confirming enrollment reads the Intune record only: no Autopilot or Entra request, nothing changed.
    const sent = graph.requests.filter((r) => r.method !== 'HEAD');
    expect(sent.every((r) => r.method === 'GET' && r.path === MANAGED)).toBe(true);
    await screenshot(page, 'intune-confirm-2-confirmed');
    expect(pageErrors(page)).toEqual([]);
  });

  it('says "not yet" and what to check when the device never shows up, and looks again on request', async () => {
    const { serial, confirm } = await enrolledInWizard();
    await confirm.getByRole('button', { name: 'Confirm it is in Intune' }).click();
    const status = confirm.locator('[role="status"]');
    await confirm.locator('[role="status"][data-job-state="failed"]').waitFor({ timeout: 30_000 });
    const text = await status.innerText();
    expect(text).toMatch(
      /^Not yet after 0\.15 minutes\. Check: setup finished and the device reached the desktop; it has internet;/,
    );
    expect(text).toContain('enrollment restrictions allow Windows devices');
    await screenshot(page, 'intune-confirm-3-not-yet');
    intune.addManaged(serial);
    await confirm.getByRole('button', { name: 'Look again' }).click();
    await status.getByText(`${serial} is in Intune.`).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });
});
