import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeFindings } from '../support/axe.ts';
import {
  browserUnavailable,
  openStationInBrowser,
  pageErrors,
  screenshot,
  type StationInBrowser,
} from '../support/browser.ts';

const skip = browserUnavailable();

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;
const SCREENS = ['Bench', 'Enroll', 'Recovery', 'Troubleshooting', 'Batch', 'Autopilot', 'Packages'] as const;

async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true }).click();
  await page.locator('main h2').first().waitFor();
}

/** The tops of the section tabs: one value when they sit in one row. */
async function tabRows(page: Page): Promise<number> {
  const tops = await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button')
    .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  return new Set(tops).size;
}

describe.skipIf(skip)('every screen fits 1024x700 to 1920x1080 and passes axe', () => {
  let ui: StationInBrowser;
  let page: Page;

  beforeAll(async () => {
    ui = await openStationInBrowser({ simulate: [] });
    page = ui.page;
    const sim = (await ui.station.enableSimulator(true))!;
    for (const preset of ['hl2', 'hl2-oobe', 'hl1', 'hl2-flashing', 'wmr-sensors', 'other-ms'] as const) {
      sim.add({ preset, faults: [] });
    }
    await ui.station.connections.settled(3000);
    await page.locator('.card').nth(5).waitFor();
  });
  afterAll(async () => {
    await ui?.close();
  });

  for (const size of SIZES) {
    it(`${size.width}x${size.height}: tabs in one row, nothing wider than the window, 0 axe findings`, async () => {
      await page.setViewportSize(size);
      const findings: Record<string, unknown> = {};
      for (const name of SCREENS) {
        await openScreen(page, name);
        expect(await tabRows(page), `${name}: tabs wrap`).toBe(1);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${name}: wider than the window`).toBeLessThanOrEqual(0);
        await screenshot(page, `layout-${size.width}x${size.height}-${name.toLowerCase()}`);
        const f = await axeFindings(page);
        if (f.length > 0) findings[name] = f;
      }
      expect(findings).toEqual({});
    });
  }

  it('the training panel folds away and stays folded', async () => {
    await page.setViewportSize(SIZES[0]);
    await openScreen(page, 'Bench');
    const panel = page.getByRole('complementary', { name: 'Training mode' });
    const toggle = page.getByRole('button', { name: 'Hide the training panel' });
    await toggle.click();
    await page.getByRole('button', { name: 'Show the training panel' }).waitFor();
    expect(await panel.getByRole('list', { name: 'Simulated devices' }).count()).toBe(0);
    await screenshot(page, 'layout-1024x700-bench-training-folded');
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Show the training panel' }).click();
  });

  it('an unplugged card keeps its place; the others do not move', async () => {
    await page.setViewportSize(SIZES[1]);
    await openScreen(page, 'Bench');
    const order = () => page.locator('.card').evaluateAll((els) => els.map((e) => e.getAttribute('data-device-id')));
    const before = await order();
    const dev = ui.station.simulator!.list()[1]!;
    dev.unplug();
    await page.locator(`[data-device-id="sim-${dev.portPath}"].card--gone`).waitFor();
    expect(await order()).toEqual(before);
    await screenshot(page, 'layout-1440x900-bench-unplugged');
    expect(await axeFindings(page)).toEqual([]);
    dev.plug();
  });

  it('a reload stays on the screen and device it showed, without the token in the address', async () => {
    const dev = ui.station.simulator!.list()[0]!;
    await openScreen(page, 'Bench');
    await page
      .locator(`[data-device-id="sim-${dev.portPath}"]`)
      .getByRole('button', { name: /^Files & history/ })
      .click();
    await page.waitForURL(/#\/device\//);
    expect(page.url()).not.toContain('token');
    await page.reload();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(page.url()).toMatch(new RegExp(`#/device/sim-${dev.portPath.replace(/\./g, '\\.')}$`));
    await page.getByRole('button', { name: 'Back to the bench' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Devices on the bench' }).waitFor();
    await page.goForward();
    await page.getByRole('button', { name: 'Back to the bench' }).waitFor();
    expect(pageErrors(page)).toEqual([]);
  });
});
