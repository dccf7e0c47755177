import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  browserUnavailable,
  openStationInBrowser,
  openStationPage,
  pageErrors,
  type StationInBrowser,
} from '../support/browser.ts';

/**
 * The page speaks the station's language, not the browser's: the station resolves "auto" from its operating
 * system (here the test environment: English) and writes the cards' texts in it; a browser set to another
 * language must not put the words around those texts in a second language. Real renderer, real station, the
 * WebSocket bridge between them.
 */
const skip = browserUnavailable();

/** The card's next action, as the station worded it. */
async function nextAction(page: Page, title: string) {
  await page.locator('.card .next strong', { hasText: title }).waitFor();
}

describe.skipIf(skip)("the page follows the station's language, not the browser's", () => {
  let ui: StationInBrowser;

  beforeAll(async () => {
    ui = await openStationInBrowser({ simulate: [{ preset: 'hl2-flashing', faults: [] }] }, { locale: 'de-DE' });
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('a German browser on a station that resolved English: the whole screen is English', async () => {
    const { page } = ui;
    expect(await page.evaluate(() => navigator.languages[0])).toBe('de-DE');
    await page.locator('html[lang="en"] .tabs').waitFor();
    await page.getByRole('button', { name: 'Packages' }).waitFor();
    await nextAction(page, 'In flashing mode');
    const menu = page.getByRole('combobox', { name: 'Language' });
    expect(await menu.locator('option:checked').innerText()).toBe('System (English)');
    expect(pageErrors(page)).toEqual([]);
  });

  it('a pick in the Language menu words the screen and the station texts again, together', async () => {
    const { page } = ui;
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await page.locator('html[lang="de"] .tabs').waitFor();
    await page.getByRole('button', { name: 'Pakete' }).waitFor();
    await nextAction(page, 'Im Flashmodus');
    expect(pageErrors(page)).toEqual([]);
  });

  it('an English browser opened on the station that now speaks German: German', async () => {
    const other = await openStationPage(ui.browser, ui.station, { locale: 'en-US' });
    try {
      await other.page.locator('html[lang="de"] .tabs').waitFor();
      await other.page.getByRole('button', { name: 'Pakete' }).waitFor();
      await nextAction(other.page, 'Im Flashmodus');
      // Back to the system's language from this window: the first window follows too.
      await other.page.getByRole('combobox', { name: 'Sprache' }).selectOption('auto');
      await ui.page.getByRole('button', { name: 'Packages' }).waitFor();
      await nextAction(ui.page, 'In flashing mode');
      expect(pageErrors(other.page)).toEqual([]);
    } finally {
      await other.bridge.close();
    }
  });
});
