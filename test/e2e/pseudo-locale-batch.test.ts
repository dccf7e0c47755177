import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createHandlers } from '../../src-main/core/api/index.ts';
import { browserUnavailable, openStationInBrowser, screenshot, type StationInBrowser } from '../support/browser.ts';
import { untranslatedTexts } from '../support/pseudo.ts';
import { tempDir } from '../support/station.ts';

/** The Batch tab in the pseudo-locale: setup, a running board with a device that needs the tech, a finished one. */
const skip = browserUnavailable();

describe.skipIf(skip)('no hard-coded text on the Batch tab', () => {
  let ui: StationInBrowser;
  let page: Page;
  const files = tempDir();

  beforeAll(async () => {
    ui = await openStationInBrowser({
      simulate: ['hl2', 'hl1'].map((preset) => ({ preset: preset as never, faults: [] })),
      batches: { timing: { pollMs: 50, workingAfterMs: 30 } },
      language: 'pseudo',
    });
    page = ui.page;
    await createHandlers(ui.station).updateSettings({ language: 'pseudo' });
    await page.getByRole('navigation', { name: /^⟦/ }).waitFor();
  });
  afterAll(async () => {
    await ui?.close();
    files.remove();
  });

  it('the setup, with its profiles, package and manifest choices and the scanner', async () => {
    await page.evaluate(() => (location.hash = '#/batch'));
    await page.locator('#setup-h').waitFor();
    await page.locator('input[value="oobe-package"]').check();
    expect(await untranslatedTexts(page, 'main')).toEqual([]);
  });

  it('a running board where one device needs the technician, and the skipped model', async () => {
    const profile = join(files.path, 'unlocked-only.json');
    writeFileSync(
      profile,
      JSON.stringify({
        name: 'unlocked-only',
        steps: [{ kind: 'identify' }, { kind: 'gate', unlocked: true, model: 'hololens2' }, { kind: 'done' }],
      }),
    );
    ui.station.simulator!.list()[0]!.act('lock');
    await page.locator('.setup input[type="file"]').first().setInputFiles(profile);
    await page.locator('input[value="unlocked-only"]').check();
    await page.locator('.setup__go button').click();
    await page.locator('.techq__item').first().waitFor();
    await page.locator('.tile--skipped').first().waitFor();
    await screenshot(page, 'pseudo-batch-board');
    expect(await untranslatedTexts(page, 'main')).toEqual([]);
  });

  it('the finished board with its report links', async () => {
    ui.station.simulator!.list()[0]!.act('unlock');
    await page.locator('.techq__none').waitFor();
    await page.locator('.board__actions .btn--primary').click();
    await page.locator('.report .btn--secondary').nth(1).click();
    await page.locator('.report__list li').first().waitFor();
    expect(await untranslatedTexts(page, 'main')).toEqual([]);
  });

  it('German: the board speaks German when the language is switched', async () => {
    await createHandlers(ui.station).updateSettings({ language: 'de' });
    await page.getByRole('button', { name: 'Neue Serie' }).waitFor();
    expect(await page.getByText('Abgeschlossen.').count()).toBe(1);
  });
});
