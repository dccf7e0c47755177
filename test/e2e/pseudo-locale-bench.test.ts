import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createHandlers } from '../../src-main/core/api/index.ts';
import type { SimDevice } from '../../src-main/sim/sim-device.ts';
import {
  browserUnavailable,
  openStationInBrowser,
  pageErrors,
  screenshot,
  type StationInBrowser,
} from '../support/browser.ts';
import { untranslatedTexts } from '../support/pseudo.ts';

/**
 * The bench, the training panel, the label form and a device page in the pseudo-locale: every text the technician
 * meets there with six kinds of simulated device plugged in must come from a catalog (or be data marked
 * translate="no"). Then the same station switched to German from the top bar, as a technician would.
 */
const skip = browserUnavailable();
const PRESETS = ['hl2', 'hl2-oobe', 'hl1', 'hl2-flashing', 'wmr-sensors', 'other-ms'] as const;

async function plugAll(ui: StationInBrowser): Promise<SimDevice[]> {
  const sim = (await ui.station.enableSimulator(true))!;
  const devices = PRESETS.map((preset) => sim.add({ preset, faults: [] }));
  await ui.station.connections.settled(3000);
  await ui.page
    .locator('.card')
    .nth(PRESETS.length - 1)
    .waitFor();
  return devices;
}

async function untranslatedOnBench(page: Page, selector: string) {
  return untranslatedTexts(page, selector);
}

const card = (page: Page, d: SimDevice) => page.locator(`[data-device-id="sim-${d.portPath}"]`);

describe.skipIf(skip)('no hard-coded text on the bench and the device page (pseudo-locale)', () => {
  let ui: StationInBrowser;
  let page: Page;
  let devices: SimDevice[];

  beforeAll(async () => {
    ui = await openStationInBrowser({ simulate: [], language: 'pseudo' });
    page = ui.page;
    await createHandlers(ui.station).updateSettings({ language: 'pseudo' });
    await page.getByRole('navigation', { name: /^⟦/ }).waitFor();
    devices = await plugAll(ui);
    // The cards were made before the switch: wait until they are worded in the pseudo-locale too.
    await page
      .locator('.card .next strong', { hasText: /^⟦/ })
      .nth(PRESETS.length - 1)
      .waitFor();
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('the top bar and the bench with six kinds of device', async () => {
    expect(await untranslatedTexts(page, 'header')).toEqual([]);
    expect(await untranslatedOnBench(page, 'main')).toEqual([]);
  });

  it('the training panel, after a button press on a simulated device', async () => {
    ui.station.simulator!.get(devices[0]!.simId).act('press-power');
    await page.locator('aside .sim-item__msg', { hasText: /^⟦/ }).first().waitFor();
    await page.locator('aside details summary').first().click();
    expect(await untranslatedTexts(page, 'aside')).toEqual([]);
  });

  it('the label form, opened on an unknown Microsoft device', async () => {
    const other = card(page, devices[5]!);
    await other.locator('button.btn--secondary').last().click();
    await other.locator('form.label-form').waitFor();
    expect(await untranslatedOnBench(page, 'main')).toEqual([]);
    await page.keyboard.press('Escape');
    await other.locator('form.label-form').waitFor({ state: 'detached' });
  });

  it('a device page: the files listing, a finished copy and the history', async () => {
    const hl2 = devices[0]!;
    const deviceId = `sim-${hl2.portPath}`;
    await page.evaluate((id) => (window.location.hash = `#/device/${id}`), deviceId);
    await page.locator('[role="listbox"] [role="option"]').first().waitFor();
    await createHandlers(ui.station).pullFile({
      deviceId,
      remotePath: 'Internal Storage/Pictures/Camera Roll/WIN_20260301_101500_HoloLens.jpg',
    });
    await page.locator('.job.job--done .job__result').waitFor({ timeout: 15_000 });
    await page.locator('.history__item--ok').first().waitFor();
    expect(await untranslatedOnBench(page, 'main')).toEqual([]);
  });

  it('a device page at the setup screen: the storage gate says what to press', async () => {
    const oobe = devices[1]!;
    await page.evaluate((id) => (window.location.hash = `#/device/${id}`), `sim-${oobe.portPath}`);
    await page.locator('.gate--todo').waitFor();
    expect(await untranslatedOnBench(page, 'main')).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe.skipIf(skip)('the bench in German, switched from the top bar', () => {
  let ui: StationInBrowser;
  let page: Page;
  let devices: SimDevice[];

  beforeAll(async () => {
    ui = await openStationInBrowser({ simulate: [] });
    page = ui.page;
    await page.setViewportSize({ width: 1024, height: 700 });
    devices = await plugAll(ui);
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('tabs, headings and a card in German, the tabs still in one row at 1024x700', async () => {
    await page.getByLabel('Language', { exact: true }).selectOption('de');
    await page.locator('html[lang="de"]').waitFor();
    const tabs = page.getByRole('navigation', { name: 'Bereiche' }).getByRole('button');
    expect(await tabs.allInnerTexts()).toEqual([
      'Arbeitsplatz',
      'Registrieren',
      'Wiederherstellung',
      'Fehlersuche',
      'Serie',
      'Autopilot',
      'Pakete',
      'Diagnose',
    ]);
    const tops = await tabs.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size, 'German tabs wrap').toBe(1);
    await page.getByRole('heading', { name: 'Geräte am Arbeitsplatz' }).waitFor();
    // The flashing-mode card: words from the renderer (pill) and from the station (next action), both German.
    const flashing = card(page, devices[3]!);
    await flashing.getByText('Im Flashmodus', { exact: true }).waitFor();
    expect(await flashing.getByText('Flashmodus', { exact: true }).count()).toBe(1);
    await page.getByRole('complementary', { name: 'Übungsmodus' }).waitFor();
    // The station's status line follows the switch too (this run watches no real USB).
    await page
      .getByRole('status', { name: 'Status der Station' })
      .getByText(/nicht überwacht/)
      .waitFor();
    await screenshot(page, 'german-1024x700-bench');
    expect(pageErrors(page)).toEqual([]);
  });
});
