import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startBridge, type Bridge } from '../../src-main/bridge/server.ts';
import { createHandlers } from '../../src-main/core/api/index.ts';
import type { Station } from '../../src-main/core/station.ts';
import { openTestStation } from './station.ts';

export const CHROMIUM = process.env.HOLOBENCH_CHROMIUM ?? '/usr/bin/chromium';
export const RENDERER_DIR = join(import.meta.dirname, '../../out/renderer');
export const ARTIFACTS = join(import.meta.dirname, '../../test-results');

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Why browser tests cannot run here, or null when they can. */
export function browserUnavailable(): string | null {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (apt-get install chromium)`;
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) return 'the renderer is not built (npm run build)';
  return null;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * Serves the real renderer over the bridge to the given station and opens it in a fresh page; `locale` is the
 * browser's language (navigator.languages), which may differ from the station's.
 */
export async function openStationPage(
  browser: Browser,
  station: Station,
  { locale }: { locale?: string } = {},
): Promise<{ page: Page; bridge: Bridge }> {
  const bridge = await startBridge({
    handlers: createHandlers(station),
    subscribe: (l) => station.events.on('event', l),
    staticDir: RENDERER_DIR,
    transfers: station.transferDirs(),
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ...(locale ? { locale } : {}) });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(bridge.pageUrl);
  Object.assign(page, { holobenchErrors: errors });
  return { page, bridge };
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { holobenchErrors?: string[] }).holobenchErrors ?? [];
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface StationInBrowser {
  browser: Browser;
  station: Awaited<ReturnType<typeof openTestStation>>;
  page: Page;
  bridge: Bridge;
  close(): Promise<void>;
}

/** A fresh test station, served over the bridge and opened in Chromium; close() tears all three down. */
export async function openStationInBrowser(
  config: Parameters<typeof openTestStation>[0] = { simulate: [] },
  pageOptions: Parameters<typeof openStationPage>[2] = {},
): Promise<StationInBrowser> {
  const browser = await launchBrowser();
  const station = await openTestStation(config);
  const { page, bridge } = await openStationPage(browser, station, pageOptions);
  return {
    browser,
    station,
    page,
    bridge,
    close: async () => {
      await bridge.close();
      await browser.close();
      await station.dispose();
    },
  };
}
