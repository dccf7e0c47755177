import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  browserUnavailable,
  openStationInBrowser,
  pageErrors,
  screenshot,
  type StationInBrowser,
} from '../support/browser.ts';
import { makePackage, wimlibAvailable } from '../support/packages.ts';
import { tempDir } from '../support/station.ts';

const skip = browserUnavailable();

describe.skipIf(skip)('batch board in Chromium over the bridge', () => {
  let ui: StationInBrowser;
  let station: StationInBrowser['station'];
  let page: Page;
  const files = tempDir();

  beforeAll(async () => {
    ui = await openStationInBrowser({
      simulate: ['hl2', 'hl2', 'hl1', 'hl2'].map((preset) => ({ preset: preset as never, faults: [] })),
      batches: { timing: { pollMs: 50, workingAfterMs: 30 } },
    });
    ({ station, page } = ui);
  });
  afterAll(async () => {
    await ui?.close();
    files.remove();
  });

  const nav = (name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name });
  const count = (label: string) =>
    page
      .getByLabel('Device counts')
      .locator('.count', { has: page.locator('dt', { hasText: label }) })
      .locator('dd');

  it('runs the inventory profile: every device from waiting to done, then the report', async () => {
    await nav('Batch').click();
    await page.getByRole('heading', { name: 'Set up a batch' }).waitFor();
    await page.getByRole('radio', { name: /inventory/ }).check();
    await screenshot(page, 'batch-1-setup');
    await page.getByRole('button', { name: 'Start the batch' }).click();
    await page.getByRole('heading', { name: /Batch \d+: inventory/ }).waitFor();
    await page.waitForFunction(() => document.querySelector('.count--done dd')?.textContent === '4');
    expect(await page.locator('.tile').count()).toBe(4);
    expect(await page.getByText('Every device here is through.').count()).toBe(1);
    await page.getByRole('button', { name: 'Finish batch' }).click();
    await page.getByText('Finished.').waitFor();
    await page.getByRole('button', { name: 'Save printable report' }).click();
    const link = page.getByRole('link', { name: /Download printable report/ });
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^\/download\?token=/);
    expect(pageErrors(page)).toEqual([]);
  });

  it('a custom profile gates on "unlocked": the locked device needs the tech until it is unlocked', async () => {
    const profile = join(files.path, 'unlocked-only.json');
    writeFileSync(
      profile,
      JSON.stringify({
        name: 'unlocked-only',
        description: 'Only devices that are signed in.',
        steps: [{ kind: 'identify' }, { kind: 'gate', unlocked: true }, { kind: 'done' }],
      }),
    );
    const locked = station.simulator!.list()[1]!;
    locked.act('lock');

    await page.getByRole('button', { name: 'New batch' }).click();
    await page.getByLabel('Add your own profile (JSON file)').setInputFiles(profile);
    await page.getByRole('radio', { name: /unlocked-only/ }).check();
    await page.getByRole('button', { name: 'Start the batch' }).click();
    const queue = page.getByRole('region', { name: /Needs you now/ });
    await queue.getByRole('heading', { name: 'Unlock it' }).waitFor();
    expect(await queue.getByText(`Port ${locked.portPath}`, { exact: true }).count()).toBe(1);
    await page.waitForFunction(() => document.querySelector('.count--done dd')?.textContent === '3');
    expect(await count('Needs you').innerText()).toBe('1');
    expect(await page.locator('[aria-live="assertive"]').innerText()).toContain(`Port ${locked.portPath}`);
    await screenshot(page, 'batch-2-needs-tech');

    // The tech puts it on and signs in: the gate sees it and lets it through by itself.
    locked.act('unlock');
    await page.waitForFunction(() => document.querySelector('.count--done dd')?.textContent === '4');
    await page.getByText('No device needs you right now.').waitFor();
    await page.getByRole('button', { name: 'Finish batch' }).click();
    await page.getByText('Finished.').waitFor();
    // Every device here is simulated: a report leaves training out unless asked, then marks it.
    await page.getByRole('checkbox', { name: /Include training \(simulated devices\)/ }).check();
    await page.getByRole('button', { name: 'Save printable report' }).click();
    await page.getByRole('link', { name: /Download printable report/ }).waitFor();
    await screenshot(page, 'batch-3-finished');

    const reports = station.dataPath('reports');
    const html = readdirSync(reports).find((f) => f.includes('unlocked-only') && f.endsWith('.html'))!;
    const report = await ui.browser.newPage();
    await report.setContent(readFileSync(join(reports, html), 'utf8'));
    expect(await report.locator('tbody tr').count()).toBe(4);
    expect(await report.locator('tbody tr', { hasText: /yes$/ }).count()).toBe(4);
    await screenshot(report, 'batch-4-report');
    await report.close();
    expect(pageErrors(page)).toEqual([]);
  });

  it.skipIf(!wimlibAvailable())(
    'training: the package profile shows each chord with its picture, and "do it for me" walks the setup pages',
    async () => {
      const pkg = makePackage(files.path, 'Fleet.ppkg');
      const sim = station.simulator!;
      for (const d of sim.list()) d.unplug();
      sim.add({ preset: 'hl2-oobe', faults: [] });
      sim.add({ preset: 'hl2-oobe', faults: [] });

      await page.getByRole('button', { name: 'New batch' }).click();
      await page.getByRole('radio', { name: /oobe-package/ }).check();
      await page.getByLabel('Package to apply (.ppkg)').setInputFiles(pkg);
      await page.getByText(/Package: .*Fleet\.ppkg/).waitFor();
      await page.getByRole('button', { name: 'Start the batch' }).click();
      const queue = page.getByRole('region', { name: /Needs you now/ });
      await page.waitForFunction(() => document.querySelectorAll('.techq__item').length === 2);
      await queue.getByRole('heading', { name: 'Open the provisioning page' }).first().waitFor();
      expect(await queue.getByRole('img', { name: /Volume Down \+ Power/ }).count()).toBe(2);
      await page.waitForTimeout(2600); // let the flash settle for a still picture
      await screenshot(page, 'batch-5-chord');

      for (let i = 0; i < 20; i++) {
        if ((await page.locator('.count--done dd').innerText()) === '2') break;
        const button = page.getByRole('button', { name: 'Do it for me (simulated device)' }).first();
        if (await button.count()) await button.click().catch(() => undefined);
        await page.waitForTimeout(150);
      }
      expect(await page.locator('.count--done dd').innerText()).toBe('2');
      expect(pageErrors(page)).toEqual([]);
    },
  );
});
