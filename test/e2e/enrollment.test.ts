import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { SimPreset } from '../../src-main/shared/contract/sim.ts';
import { EnrollmentRuns } from '../../src-main/core/enrollment-runs/repository.ts';
import {
  browserUnavailable,
  openStationInBrowser,
  pageErrors,
  screenshot,
  type StationInBrowser,
} from '../support/browser.ts';
import { waitFor } from '../support/station.ts';

const skip = browserUnavailable();

describe.skipIf(skip)('enrollment wizard in Chromium over the bridge', () => {
  let ui: StationInBrowser;
  let station: StationInBrowser['station'];
  let page: Page;

  beforeAll(async () => {
    ui = await openStationInBrowser({ simulate: [] });
    ({ station, page } = ui);
    const tech = page.getByLabel('Technician');
    await tech.fill('Ada Lovelace');
    await tech.press('Enter');
    await waitFor(() => station.ledger.getSetting('station'), 5000, 'the technician name');
  });
  afterAll(async () => {
    await ui?.close();
  });

  /** Plugs a simulated device in and opens the wizard from its card's Enroll button. */
  async function enrollFromCard(preset: SimPreset) {
    const dev = station.simulator!.add({ preset, faults: [] });
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Bench' }).click();
    const card = page.locator(`[data-device-id="sim-${dev.portPath}"]`);
    await card.getByRole('button', { name: /^Enroll/ }).click();
    await page.getByRole('heading', { name: 'What kind of deployment is this?' }).waitFor();
    return dev;
  }

  /** Ticks every step and finishes as enrolled; returns the number of steps. */
  async function runAllSteps(): Promise<number> {
    await page.locator('.step').getByText('Step 1 of').waitFor();
    const count = await page.locator('.steplist li').count();
    expect(count).toBeGreaterThan(2);
    for (let i = 0; i < count; i++) {
      const panel: Locator = page.locator('.step');
      await panel.getByText(`Step ${i + 1} of ${count}`).waitFor();
      await panel.getByRole('checkbox', { name: /^Done:/ }).check();
      await page.locator('.steplist__item--done').nth(i).waitFor();
      if (i < count - 1) await page.getByRole('button', { name: 'Next step' }).click();
    }
    await page.getByRole('button', { name: 'Enrolled: record it' }).click();
    await page.getByText('Recorded in the ledger.').waitFor();
    return count;
  }

  function lastRun(serial: string) {
    const runs = new EnrollmentRuns(station.ledger).forDevice('none', serial);
    return runs[0];
  }

  it('shared devices in production: Autopilot, blocked until registered, unenroll cost stated first', async () => {
    const dev = await enrollFromCard('hl2-oobe');
    await screenshot(page, 'enroll-1-scenarios');
    await page.getByRole('button', { name: /Shared devices, production/ }).click();
    await page.getByText('Read from the device').waitFor();
    await screenshot(page, 'enroll-1b-facts');
    const registered = page.getByRole('group', { name: 'Is it registered for Autopilot with a profile assigned?' });
    await registered.getByLabel('No', { exact: true }).check();
    await page.getByRole('button', { name: 'Show the plan' }).click();
    await page.getByRole('heading', { name: /^Autopilot/ }).waitFor();
    await page.getByRole('heading', { name: /Blocked: fix/ }).waitFor();
    expect(await page.getByRole('note').innerText()).toContain(
      'Autopilot: this device can only be unenrolled by reset or reflash.',
    );
    expect(await page.getByRole('button', { name: 'Start the steps' }).isDisabled()).toBe(true);
    await screenshot(page, 'enroll-2-plan-blocked');

    await page.getByRole('button', { name: 'Back to the facts' }).click();
    await registered.getByLabel('Yes', { exact: true }).check();
    await page.getByRole('group', { name: 'How will it reach the internet during setup?' }).getByLabel('Wi-Fi').check();
    await page.getByRole('button', { name: 'Show the plan' }).click();
    await page.getByRole('heading', { name: /^Autopilot/ }).waitFor();
    expect(await page.getByRole('heading', { name: /Blocked: fix/ }).count()).toBe(0);
    await page.getByText(/could apply, because some facts are unknown/).waitFor();
    await screenshot(page, 'enroll-3-plan');
    await page.getByRole('button', { name: 'Start the steps' }).click();

    await page.locator('.step').getByText('Step 1 of').waitFor();
    // The power-on step carries the coaching picture with Power lit.
    await page.getByRole('button', { name: /Turn the device on/ }).click();
    await page.getByRole('img', { name: /HoloLens 2 seen from above: Press Power/ }).waitFor();
    await screenshot(page, 'enroll-4-step-picture');
    await page.getByRole('button', { name: /Check the Autopilot registration/ }).click();

    const steps = await runAllSteps();
    await screenshot(page, 'enroll-5-result');
    const run = lastRun(dev.serialNumber)!;
    expect(run).toMatchObject({
      path: 'autopilot',
      result: 'enrolled',
      enrolledVia: 'autopilot',
      technician: 'Ada Lovelace',
      serial: dev.serialNumber,
    });
    expect(run.facts).toMatchObject({ users: 'multi', stage: 'production', autopilotRegistered: true });
    expect(run.steps.filter((s) => s.done)).toHaveLength(steps);
    expect(run.steps.every((s) => s.by === 'Ada Lovelace' && s.at !== null)).toBe(true);
  });

  it('shared devices in a pilot: Entra join during setup, recorded in the ledger', async () => {
    const dev = await enrollFromCard('hl2-oobe');
    await page.getByRole('button', { name: /Shared devices, pilot/ }).click();
    await page.getByRole('button', { name: 'Show the plan' }).click();
    await page.getByRole('heading', { name: 'Entra join during first setup' }).waitFor();
    expect(await page.getByRole('note').innerText()).toContain(
      'Entra join: this device can only be unenrolled by reset or reflash.',
    );
    await page.getByRole('button', { name: 'Start the steps' }).click();
    await runAllSteps();
    expect(lastRun(dev.serialNumber)).toMatchObject({ path: 'entra-oobe', result: 'enrolled', enrolledVia: 'entra' });
  });

  it('one user, proof of concept: join from Settings with a Microsoft account says Disconnect works', async () => {
    const dev = await enrollFromCard('hl2');
    await page.getByRole('button', { name: /One user, proof of concept/ }).click();
    await page
      .getByRole('group', { name: 'Which accounts will people sign in with?' })
      .getByLabel('Work or school (Entra ID)')
      .check();
    await page.getByRole('button', { name: 'Show the plan' }).click();
    await page.getByRole('heading', { name: /Entra join from Settings/ }).waitFor();
    await page.getByRole('button', { name: 'Start the steps' }).click();
    await runAllSteps();
    expect(lastRun(dev.serialNumber)).toMatchObject({
      path: 'entra-settings',
      result: 'enrolled',
      enrolledVia: 'entra',
    });

    // Back on the plan page with a Microsoft account, the unenroll cost changes.
    await page.getByRole('button', { name: 'Start again for this device' }).click();
    await page.getByRole('heading', { name: 'This device was enrolled here before' }).waitFor();
    await page.getByRole('button', { name: /One user, proof of concept/ }).click();
    await page
      .getByRole('group', { name: 'Which accounts will people sign in with?' })
      .getByLabel('Microsoft account (personal)')
      .check();
    await page.getByRole('button', { name: 'Show the plan' }).click();
    await page.getByRole('heading', { name: /Microsoft account \+ work account/ }).waitFor();
    expect(await page.getByRole('note').innerText()).toContain('Disconnect in Settings');
    expect(pageErrors(page)).toEqual([]);
  });
});
