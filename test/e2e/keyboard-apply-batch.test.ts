import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeFindings } from '../support/axe.ts';
import { browserUnavailable, openStationInBrowser, pageErrors, type StationInBrowser } from '../support/browser.ts';
import { focusedName, focusedTag, tabTo } from '../support/keyboard.ts';

const skip = browserUnavailable();
const SAMPLE = join(import.meta.dirname, '../../resources/samples/HoloBench-Sample.ppkg');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Focus is on something a screen reader announces, never dropped on the page body. */
async function focusKept(page: Page): Promise<void> {
  expect(await focusedTag(page)).not.toBe('BODY');
  expect(await focusedName(page)).not.toBe('');
}

/** axe-core on the screen as it is now: no violations, no contrast left for review. */
async function accessible(page: Page): Promise<void> {
  expect(await axeFindings(page)).toEqual([]);
}

/** Moves through a radio group with the arrow keys (as a keyboard user does) until the wanted choice is focused. */
async function arrowTo(page: Page, name: RegExp, limit = 20): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (name.test(await focusedName(page))) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`the arrow keys never reached ${name}`);
}

describe.skipIf(skip)('keyboard only: apply a package and start a batch, never lost on the page body', () => {
  let ui: StationInBrowser;
  let page: Page;

  beforeAll(async () => {
    ui = await openStationInBrowser({ simulate: [], batches: { timing: { pollMs: 50, workingAfterMs: 30 } } });
    page = ui.page;
    // The package is in the library already (importing is a file dialog, the browser's own keyboard territory).
    await ui.station.packages.library.import(SAMPLE);
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('applies a package from a card: chooses it, starts, follows the coach to the result', async () => {
    const dev = ui.station.simulator!.add({ preset: 'hl2-oobe', faults: [] });
    await ui.station.connections.settled(3000);
    await page.locator(`[data-device-id="sim-${dev.portPath}"]`).waitFor();
    await tabTo(page, new RegExp(`^Apply package: the device on port ${escape(dev.portPath)}$`));
    await page.keyboard.press('Enter');
    await page.getByText(/The station suggests/).waitFor();
    await focusKept(page);
    await accessible(page);

    await tabTo(page, /^Which package\?/);
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Which package?').inputValue()).not.toBe('');
    await tabTo(page, /^Start$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Open the provisioning page' }).waitFor();
    await focusKept(page);
    await accessible(page);

    await tabTo(page, /^Do it for me: press Volume Down \+ Power$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Accept the package on the device' }).waitFor();
    await focusKept(page);
    await accessible(page);
    await tabTo(page, /^Do it for me: press Volume Down \+ Power again$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Do it for me: accept on the device$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Applied: the station saw it' }).waitFor();
    await focusKept(page);
    await accessible(page);
    expect(dev.state.appliedPackages).toEqual(['HoloBench-Sample.ppkg']);
  });

  it('starts a batch from the Batch screen with the simulated technician, finishes it and saves the report', async () => {
    ui.station.simulator!.add({ preset: 'hl2', faults: [] });
    await tabTo(page, /^Batch$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Set up a batch' }).waitFor();
    await focusKept(page);
    await accessible(page);

    await tabTo(page, /^inventory|^autopilot-harvest|^oobe-package|^confirm-enrollment/);
    await arrowTo(page, /^autopilot-harvest/);
    expect(await page.getByRole('radio', { name: /^autopilot-harvest/ }).isChecked()).toBe(true);
    await tabTo(page, /^Training: let the simulated technician press the buttons/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Start the batch$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Batch \d+: autopilot-harvest/ }).waitFor();
    await focusKept(page);
    await accessible(page);

    await page.getByText('Every device here is through.').waitFor({ timeout: 30_000 });
    await tabTo(page, /^Finish batch$/);
    await page.keyboard.press('Enter');
    await page.getByText('Finished.').waitFor();
    await focusKept(page);
    await tabTo(page, /^Include training \(simulated devices\)/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Save printable report$/);
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: /Download printable report/ }).waitFor();
    await focusKept(page);
    await accessible(page);
    expect(pageErrors(page)).toEqual([]);
  });
});
