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

const skip = browserUnavailable();

describe.skipIf(skip)('storage another program owns, and the Doctor screen, in Chromium over the bridge', () => {
  let ui: StationInBrowser;
  let page: Page;
  let owned: SimDevice;

  beforeAll(async () => {
    ui = await openStationInBrowser({
      simulate: [
        { preset: 'hl2', faults: [] },
        { preset: 'hl2', faults: ['storage-owned'] },
      ],
    });
    page = ui.page;
    owned = ui.station.simulator!.list()[1]!;
  });
  afterAll(async () => {
    await ui?.close();
  });

  it("the owned device's files page says why, what to do, and the way without storage access", async () => {
    const card = page.locator(`[data-device-id="sim-${owned.portPath}"]`);
    await card.getByText('Storage not reachable').waitFor();
    await card.getByRole('button', { name: /^Files & history/ }).click();
    const gate = page.getByRole('status').filter({ hasText: "The station cannot open the device's files" });
    await gate.waitFor();
    const text = await gate.innerText();
    expect(text).toMatch(/What to do:/);
    expect(text).toMatch(/USB drive/);
    expect(text).toMatch(/copy the file by hand/);
    await screenshot(page, 'doctor-1-storage-owned-gate');
  });

  it('Doctor lists both devices, names the one problem with its fix, and offers the report', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Doctor' }).click();
    await page.getByRole('status').filter({ hasText: '1 thing needs attention.' }).waitFor();
    const problems = page.getByRole('list', { name: 'Problems' });
    expect(await problems.getByRole('listitem').count()).toBe(1);
    expect(await problems.innerText()).toMatch(/Fix:.*USB drive/s);
    const rows = page.getByRole('table', { name: 'Devices' }).getByRole('row');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(2).innerText()).toMatch(/not reachable/);
    expect(await rows.nth(1).innerText()).toMatch(/simulated/);
    await page.getByRole('link', { name: 'Save the report' }).waitFor();
    await screenshot(page, 'doctor-2-screen');
    expect(pageErrors(page)).toEqual([]);
  });
});
