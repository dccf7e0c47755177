import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeFindings } from '../support/axe.ts';
import { browserUnavailable, openStationInBrowser, pageErrors, type StationInBrowser } from '../support/browser.ts';
import { focusedName, focusedTag, tabTo } from '../support/keyboard.ts';

const skip = browserUnavailable();

describe.skipIf(skip)('keyboard only: enroll and recovery, never lost on the page body', () => {
  let ui: StationInBrowser;
  let page: Page;
  let port: string;

  beforeAll(async () => {
    ui = await openStationInBrowser({ simulate: [] });
    page = ui.page;
    const dev = ui.station.simulator!.add({ preset: 'hl2-oobe', faults: [] });
    port = dev.portPath;
    await ui.station.connections.settled(3000);
    await page.locator(`[data-device-id="sim-${port}"]`).waitFor();
  });
  afterAll(async () => {
    await ui?.close();
  });

  it('enrolls a device from its card to the recorded result', async () => {
    await tabTo(page, new RegExp(`^Enroll: the device on port ${port.replace(/\./g, '\\.')}$`));
    await page.keyboard.press('Enter');
    expect(await focusedTag(page)).toBe('H2');
    await tabTo(page, /Shared devices, pilot/);
    await page.keyboard.press('Enter');
    expect(await focusedTag(page)).toBe('H3');
    await tabTo(page, /^Show the plan$/);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Start the steps' }).waitFor();
    expect(await focusedTag(page)).toBe('H3');
    await tabTo(page, /^Start the steps$/);
    await page.keyboard.press('Enter');
    await page.locator('.step__title').waitFor();
    expect(await focusedTag(page)).toBe('H3');
    const total = await page.getByRole('navigation', { name: 'Steps' }).getByRole('listitem').count();
    for (let i = 0; i < total; i++) {
      await tabTo(page, /^Done:/);
      await page.keyboard.press('Space');
      if (i < total - 1) {
        await tabTo(page, /^Next step$/);
        await page.keyboard.press('Enter');
      }
    }
    await tabTo(page, /^Enrolled: record it$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Enrolled, as you reported' }).waitFor();
    expect(await focusedName(page)).toBe('Enrolled, as you reported');
    expect(await axeFindings(page)).toEqual([]);
  });

  it('walks a recovery procedure to its honest end', async () => {
    await tabTo(page, /^Recovery$/);
    await page.keyboard.press('Enter');
    expect(await focusedTag(page)).toBe('H2');
    await tabTo(page, /^Restart \(HoloLens 2\)/);
    await page.keyboard.press('Enter');
    await page.locator('.step__title').waitFor();
    for (let i = 0; i < 12; i++) {
      const finish = page.getByRole('button', { name: 'Finish' });
      if ((await finish.count()) > 0) break;
      await tabTo(page, /^Next step$/);
      await page.keyboard.press('Enter');
    }
    await tabTo(page, /^Finish$/);
    await page.keyboard.press('Enter');
    await page.locator('#completion-title').waitFor();
    expect(await focusedName(page)).toMatch(/^(Not finished|Done)/);
    expect(await axeFindings(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});
