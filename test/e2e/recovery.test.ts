import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  browserUnavailable,
  openStationInBrowser,
  pageErrors,
  screenshot,
  type StationInBrowser,
} from '../support/browser.ts';

const skip = browserUnavailable();

describe.skipIf(skip)('recovery wizard and troubleshooting in Chromium over the bridge', () => {
  let ui: StationInBrowser;
  let station: StationInBrowser['station'];
  let page: Page;

  beforeAll(async () => {
    ui = await openStationInBrowser({ simulate: [] });
    ({ station, page } = ui);
  });
  afterAll(async () => {
    await ui?.close();
  });

  const stepHeading = () => page.locator('.step__title');
  const nav = (name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name });

  it('manual flashing mode advances by itself as the simulated device leaves and comes back in flashing mode', async () => {
    const dev = station.simulator!.add({ preset: 'hl2', faults: [] });
    const card = page.locator(`[data-device-id="sim-${dev.portPath}"]`);
    await card.getByRole('button', { name: /^Recovery/ }).click();
    await page.getByRole('button', { name: /Manual flashing mode \(HoloLens 2\)/ }).click();
    await stepHeading().getByText('Unplug the cable').waitFor();
    await page.getByText(`The station moves on by itself when the device leaves port ${dev.portPath}.`).waitFor();

    dev.unplug();
    await stepHeading().getByText('Hold Power for 15 seconds').waitFor();
    await page.getByText(`The device left port ${dev.portPath}. Moved on to step 2 of`).waitFor();
    await page.getByRole('group', { name: 'Hold Power timer' }).waitFor();
    await screenshot(page, 'recovery-1-hold-step');

    // The tech holds the buttons; the device starts in flashing mode and is plugged back in.
    dev.act('enter-flashing-mode');
    dev.plug();
    await stepHeading().getByText('Reflash it').waitFor();
    await page.getByText('The station sees the device in flashing mode').first().waitFor();
    expect(await page.locator('.bus-status').innerText()).toContain('Moved on to step 5 of');
    await screenshot(page, 'recovery-2-flashing-seen');

    // Training mode: the simulator reflashes, the device comes back running, and the wizard ends.
    await page.getByRole('button', { name: 'Do it for me (simulated device)' }).click();
    await page.getByRole('heading', { name: 'Done: the station saw every step' }).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });

  it('hard restart in training mode: "do it for me" on each step drives the simulator and the bus confirms', async () => {
    await page.getByRole('button', { name: 'Choose another procedure' }).click();
    await page.getByRole('button', { name: /Hard restart \(HoloLens 2\)/ }).click();
    await stepHeading().getByText('Unplug the cable').waitFor();
    await page.getByRole('button', { name: 'Do it for me (simulated device)' }).click();
    await stepHeading().getByText('Hold Volume Down and Power for 15 seconds').waitFor();
    await page.getByRole('button', { name: 'Do it for me (simulated device)' }).click();
    await page.getByRole('checkbox', { name: /^Done:/ }).check();
    await page.getByRole('button', { name: 'Next step' }).click();
    await stepHeading().getByText('Plug it into this PC').waitFor();
    await page.getByRole('button', { name: 'Do it for me (simulated device)' }).click();
    // The hold was ticked by hand: the end says so rather than claiming the station saw it.
    await page.locator('#completion-title', { hasText: /^Done/ }).waitFor();
  });

  it('reset for reuse explains 0x80180014 and lists the portal steps in order', async () => {
    await page.getByRole('button', { name: 'Reset for reuse' }).click();
    await page.getByRole('heading', { name: 'Why: error 0x80180014' }).waitFor();
    await page.getByLabel('It moves to another organization (tenant)').check();
    await page.getByLabel('It is a HoloLens 2 that was set up with Autopilot').check();
    const items = await page.locator('.reuse__title').allInnerTexts();
    // Lift TenantLockdown while still enrolled, then wipe, and only then delete the cloud records.
    expect(items).toEqual([
      'Lift TenantLockdown first, while the device is still enrolled',
      'Wipe the device',
      'Delete the Intune device record',
      'Deregister it from Autopilot (moving tenants only)',
      'Delete the Entra device',
    ]);
    await screenshot(page, 'recovery-3-reuse');
  });

  it('unenroll reads the ledger: an Entra enrollment needs reset or reflash', async () => {
    const dev = station.simulator!.list()[0]!;
    await page.getByRole('button', { name: 'Unenroll' }).click();
    await page.getByText('The station has no record of enrolling this device').waitFor();
    await page
      .getByRole('group', { name: 'How was it enrolled?' })
      .getByLabel('Microsoft account + work account')
      .check();
    await page.getByText('Disconnect works.').waitFor();

    // Enroll it through the station, then the advice comes from the ledger.
    const id = `sim-${dev.portPath}`;
    const { createHandlers } = await import('../../src-main/core/api/index.ts');
    const handlers = createHandlers(station);
    const { run } = await handlers.startEnrollmentRun({
      deviceId: id,
      facts: { identity: 'entra', users: 'multi', stage: 'pilot' },
    });
    await handlers.finishEnrollmentRun({ runId: run.id, result: 'enrolled' });
    await page.getByRole('button', { name: 'Reset for reuse' }).click();
    await page.getByRole('button', { name: 'Unenroll' }).click();
    await page.getByText(/Enrolled here on .*Entra join during first setup/).waitFor();
    await page.getByText('Disconnect will not work: reset or reflash.').waitFor();
    await screenshot(page, 'recovery-4-unenroll');
  });

  it('troubleshooting: error codes in any form, words, and the light patterns, all offline', async () => {
    await nav('Troubleshooting').click();
    const search = page.getByLabel(/Error code or words/);
    await search.fill('-2145910764');
    await page.getByRole('heading', { name: /0x80180014/ }).waitFor();
    await search.fill('0x80180014');
    await page.getByRole('heading', { name: /0x80180014/ }).waitFor();
    expect(await page.locator('.error-detail').innerText()).toContain('What to do');
    await screenshot(page, 'help-1-error');
    await search.fill('middle light');
    await page
      .getByRole('list', { name: 'Search results' })
      .getByText('Only the middle light', { exact: true })
      .waitFor();
    await page.getByRole('button', { name: 'Show the lights: Only the middle light' }).click();
    await page.getByRole('img', { name: 'Lights: Only the middle light' }).waitFor();
    await page.getByRole('heading', { name: 'When enrollment fails, check' }).waitFor();
    await screenshot(page, 'help-2-leds');
    expect(pageErrors(page)).toEqual([]);
  });
});
