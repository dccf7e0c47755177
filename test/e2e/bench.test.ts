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

describe.skipIf(skip)('bench view in Chromium over the bridge', () => {
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

  it('says plainly when no device is connected', async () => {
    await page.getByRole('heading', { name: 'No HoloLens connected' }).waitFor();
  });

  it('a plugged HoloLens 2 gets a card with model, mode and port', async () => {
    const sim = station.simulator!;
    const dev = sim.add({ preset: 'hl2', faults: [] });
    const card = page.locator(`[data-device-id="sim-${dev.portPath}"]`);
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain('HoloLens 2');
    expect(text).toContain('Normal');
    expect(text).toContain(dev.portPath);
    expect(text).toContain(dev.serialNumber);
  });

  it('an unplugged device is marked gone', async () => {
    const dev = station.simulator!.list().find((d) => d.preset === 'hl2')!;
    dev.unplug();
    const card = page.getByRole('article', { name: `HoloLens 2 on port ${dev.portPath}, unplugged` });
    await card.waitFor();
    expect(await card.innerText()).toContain('Unplugged');
  });

  it('a label given to an unknown Microsoft device sticks after replug', async () => {
    const dev = station.simulator!.add({ preset: 'other-ms', faults: [] });
    const card = page.locator(`[data-device-id="sim-${dev.portPath}"]`);
    await card.getByRole('heading', { name: 'Unknown Microsoft device' }).waitFor();
    await card.getByRole('button', { name: 'Label this device' }).click();
    await card.getByLabel('What is it?').selectOption('hololens2');
    await card.getByLabel('Which mode?').selectOption('flashing');
    await card.getByRole('button', { name: 'Save label' }).click();
    await card.getByRole('heading', { name: 'HoloLens 2' }).waitFor();
    dev.unplug();
    await page.getByRole('article', { name: `HoloLens 2 on port ${dev.portPath}, unplugged` }).waitFor();
    dev.plug();
    await page.getByRole('article', { name: `HoloLens 2 on port ${dev.portPath}` }).waitFor();
    expect(await card.innerText()).toContain('Flashing mode');
  });

  it('a Mixed Reality headset is never shown as a HoloLens', async () => {
    const dev = station.simulator!.add({ preset: 'wmr-sensors', faults: [] });
    const card = page.locator(`[data-device-id="sim-${dev.portPath}"]`);
    await card.getByText('Not a HoloLens').first().waitFor();
    expect(await card.getByRole('heading').innerText()).not.toMatch(/^HoloLens( 2| \(1st gen\))?$/);
    await screenshot(page, 'bench');
    expect(pageErrors(page)).toEqual([]);
  });
});
