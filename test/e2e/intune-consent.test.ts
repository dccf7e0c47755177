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
import { fakePerson, type FakePerson } from '../support/fake-entra.ts';
import { FakeIntune } from '../support/graph-intune.ts';
import { startFakeGraph, type FakeGraph } from '../support/graph-server.ts';

/**
 * A technician signed in as a person starts an Intune action that needs permissions not consented to yet: the
 * station asks for that action's permissions only then, and the card says so with the sign-in code instead of
 * looking stuck; once the code is entered the action goes on by itself.
 */

const skip = browserUnavailable();

describe.skipIf(skip)('incremental consent from the device card, in Chromium', () => {
  let ui: StationInBrowser;
  let page: Page;
  let dev: SimDevice;
  let graph: FakeGraph;
  let intune: FakeIntune;
  let person: FakePerson;

  beforeAll(async () => {
    graph = await startFakeGraph({ token: 'unused-token-0123456789abcdef' });
    intune = new FakeIntune(graph);
    person = fakePerson(graph, intune, { hold: true });
    ui = await openStationInBrowser({
      simulate: [],
      simTiming: { reenumerateMs: 10, diagnosticsMs: 100 },
      autopilot: { signInApp: person.app, graphBase: graph.url },
    });
    ui.station.autopilot.uploads.saveSettings({
      tenantId: 'contoso.onmicrosoft.com',
      clientId: '11111111-2222-3333-4444-555555555555',
    });
    page = ui.page;
    dev = ui.station.simulator!.add({ preset: 'hl2', faults: [] });
    await ui.station.connections.settled(3000);
  });
  afterAll(async () => {
    await ui?.close();
    await graph?.close();
  });

  it('asks for the status permissions only when Check Intune is pressed, showing the code on the card', async () => {
    intune.addEnrolled(dev.serialNumber);
    expect(person.calls).toEqual([]);
    const card = page.locator(`[data-device-id="sim-${dev.portPath}"]`);
    await card.getByRole('button', { name: `Check Intune for ${dev.serialNumber}` }).click();
    const note = card.getByRole('note').filter({ hasText: 'to allow the Intune status of a device' });
    await note.waitFor();
    expect(await note.innerText()).toMatch(
      /^Open https:\/\/microsoft\.com\/devicelogin on any device and enter the code CODE-1 /,
    );
    expect(person.calls).toEqual([
      'device-code Device.Read.All DeviceManagementManagedDevices.Read.All DeviceManagementServiceConfig.Read.All',
    ]);
    await screenshot(page, 'intune-consent-1-card-code');
    person.release();
    await card
      .getByRole('status', { name: `Intune status of ${dev.serialNumber}` })
      .getByText('enrolled, compliant')
      .waitFor();
    expect(await note.count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });
});
