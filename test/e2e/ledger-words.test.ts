import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createHandlers } from '../../src-main/core/api/index.ts';
import { STATION_CATALOGS } from '../../src-main/shared/i18n/station-catalogs.ts';
import { createI18n } from '../../src-main/shared/i18n/translator.ts';
import { browserUnavailable, openStationInBrowser, type StationInBrowser } from '../support/browser.ts';
import { waitFor } from '../support/station.ts';

/**
 * The whole way, in Chromium over the bridge: a storage problem recorded while the station spoke German is in the
 * device's history in German, and reads in English once the technician switches the language.
 */
const skip = browserUnavailable();
const why = (lang: 'en' | 'de') => createI18n(STATION_CATALOGS, lang).t('transfer:unreachable.other-program.why');

describe.skipIf(skip)('a kept storage problem follows the language switch on the device page', () => {
  let ui: StationInBrowser;
  let page: Page;

  beforeAll(async () => {
    ui = await openStationInBrowser({ simulate: [] });
    page = ui.page;
    await createHandlers(ui.station).updateSettings({ language: 'de' });
    await page.locator('html[lang="de"] .tabs').waitFor();
    // Plugged in once the station speaks German: the problem is recorded in German.
    ui.station.simulator!.add({ preset: 'hl2', faults: ['storage-owned'] });
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('written in German, read in German, then in English after the switch', async () => {
    const device = await waitFor(() => ui.station.registry.list()[0]);
    const card = page.locator(`[data-device-id="${device.id}"]`);
    await card.getByRole('button', { name: /^Dateien & Verlauf/ }).click();
    const german = page.getByRole('region', { name: 'Verlauf dieses Geräts' });
    await german.getByText(why('de'), { exact: false }).waitFor();
    await createHandlers(ui.station).updateSettings({ language: 'en' });
    await page.locator('html[lang="en"]').waitFor();
    const english = page.getByRole('region', { name: 'History of this device' });
    await english.getByText(why('en'), { exact: false }).waitFor();
    expect(await english.innerText()).not.toContain(why('de'));
    // The live explanation above the files follows too: the screen never mixes the two languages.
    const gate = await page.getByRole('region', { name: 'Files on the device' }).innerText();
    expect(gate).toContain(why('en'));
    expect(gate).not.toContain(why('de'));
  });
});
