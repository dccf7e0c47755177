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
import { FakeIntune } from '../support/graph-intune.ts';
import { startFakeGraph, type FakeGraph } from '../support/graph-server.ts';

const skip = browserUnavailable();
const TOKEN = 'e2e-intune-token-0123456789abcdef';

describe.skipIf(skip)('Intune on the device card in Chromium over the bridge', () => {
  let ui: StationInBrowser;
  let page: Page;
  let dev: SimDevice;
  let graph: FakeGraph;
  let intune: FakeIntune;

  beforeAll(async () => {
    graph = await startFakeGraph({ token: TOKEN });
    intune = new FakeIntune(graph);
    ui = await openStationInBrowser({
      simulate: [],
      simTiming: { reenumerateMs: 10, diagnosticsMs: 100 },
      // The upload's sign-in, pointed at a local Graph: the test never reaches Microsoft.
      autopilot: { tokens: { getToken: () => Promise.resolve(TOKEN) }, graphBase: graph.url },
    });
    page = ui.page;
    dev = ui.station.simulator!.add({ preset: 'hl2', faults: [] });
    await ui.station.connections.settled(3000);
  });
  afterAll(async () => {
    await ui?.close();
    await graph?.close();
  });

  const card = () => page.locator(`[data-device-id="sim-${dev.portPath}"]`);
  const status = () => card().getByRole('status', { name: `Intune status of ${dev.serialNumber}` });

  it('shows the card status read from Intune, with a stale duplicate named, and offline as unknown', async () => {
    intune.addManaged(dev.serialNumber, { lastSyncDateTime: '2026-01-01T00:00:00Z' });
    intune.addEnrolled(dev.serialNumber, { complianceState: 'compliant' });
    await card()
      .getByRole('button', { name: `Check Intune for ${dev.serialNumber}` })
      .click();
    await status().getByText('enrolled, compliant, 1 stale duplicate').waitFor();
    await screenshot(page, 'intune-1-card-status');
    graph.offline = true;
    await card()
      .getByRole('button', { name: `Check Intune for ${dev.serialNumber}` })
      .click();
    await status().getByText('unknown (offline)').waitFor();
    expect(await card().innerText()).not.toContain('enrolled, compliant');
    graph.offline = false;
  });

  it('plans the clean-up first, sends nothing until every confirmation is ticked, then cleans up in order', async () => {
    await card()
      .getByRole('button', { name: `Clean up for reuse: ${dev.serialNumber}` })
      .click();
    const panel = page.getByRole('region', { name: `Clean-up of ${dev.serialNumber}` });
    await panel.getByText(/Dry run: 3 Graph request/).waitFor();
    expect(intune.mutations()).toEqual([]);
    const go = panel.getByRole('button', { name: 'Clean up now' });
    expect(await go.isDisabled()).toBe(true);
    await panel.getByRole('checkbox', { name: /TenantLockdown is lifted/ }).check();
    await panel.getByRole('checkbox', { name: /The device has reset/ }).check();
    await screenshot(page, 'intune-2-cleanup-confirm');
    await go.click();
    await panel.getByText(/finished: every step done/).waitFor();
    expect(intune.mutations().map((m) => m.method)).toEqual(['POST', 'DELETE', 'DELETE']);
    expect(intune.managed.size).toBe(0);
    expect(intune.autopilot.size).toBe(1);
    await screenshot(page, 'intune-3-cleanup-done');
    expect(pageErrors(page)).toEqual([]);
  });

  it('sets the group tag on the Autopilot identity from the card', async () => {
    await page.getByRole('button', { name: 'Close' }).click();
    await card()
      .getByRole('button', { name: `Check Intune for ${dev.serialNumber}` })
      .click();
    await status().getByText('not in Intune').waitFor();
    await card()
      .getByRole('button', { name: `Set the group tag of ${dev.serialNumber}` })
      .click();
    const form = card().getByRole('form', { name: `Group tag of ${dev.serialNumber}` });
    await form.getByLabel('Group tag').fill('Bench-C');
    await form.getByRole('button', { name: 'Save in Autopilot' }).click();
    await form.getByText(/now has group tag "Bench-C"/).waitFor();
    expect([...intune.autopilot.values()].map((a) => a.groupTag)).toEqual(['Bench-C']);
    expect(pageErrors(page)).toEqual([]);
  });
});
