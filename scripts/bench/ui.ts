import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { Metric } from './metric.ts';

const ROOT = join(import.meta.dirname, '../..');
const RENDERER = join(ROOT, 'out/renderer');
const CHROMIUM = process.env.HOLOBENCH_CHROMIUM ?? '/usr/bin/chromium';

/** The renderer as a browser downloads it: every JS and CSS file of the build, gzipped, and raw. */
function bundleBytes(): { gzip: number; raw: number } {
  let gzip = 0;
  let raw = 0;
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|css|html)$/.test(name)) {
        const bytes = readFileSync(path);
        raw += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
      }
    }
  };
  walk(RENDERER);
  return { gzip, raw };
}

/**
 * From `holobench serve --training` starting to the bench's heading painted in Chromium (browser already running,
 * as a tech's is), next to the time the same page takes once served (a reload): the difference is the station's
 * start-up. The goal is under 1 s.
 */
async function serveToPaint(): Promise<{ total: number; ready: number; reload: number }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  // The tech's browser and its profile are already open (Playwright's newPage would make a fresh profile each time,
  // which no tech waits for); the tab is opened once the address is printed.
  const profile = await browser.newContext();
  const data = mkdtempSync(join(tmpdir(), 'holobench-bench-ui-'));
  const started = performance.now();
  const serve = spawn(
    process.execPath,
    [join(ROOT, 'bin/holobench.mjs'), 'serve', '--training', '--no-usb', '--json', '--data-dir', data],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      serve.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n').find((l) => l.startsWith('{'));
        if (line) resolve((JSON.parse(line) as { url: string }).url);
      });
      serve.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    // Where the time goes: the station's own start (process, modules, ledger, bridge) ends when it prints the address.
    const ready = performance.now() - started;
    const page = await profile.newPage();
    await page.goto(url);
    await page.getByRole('heading', { name: 'Devices on the bench' }).waitFor();
    const total = performance.now() - started;
    const again = performance.now();
    await page.reload();
    await page.getByRole('heading', { name: 'Devices on the bench' }).waitFor();
    return { total, ready, reload: performance.now() - again };
  } finally {
    serve.kill('SIGINT');
    await browser.close();
    rmSync(data, { recursive: true, force: true });
  }
}

export async function runUiBench(): Promise<Metric[]> {
  const bundle = bundleBytes();
  const paint = await serveToPaint();
  return [
    {
      name: 'ui.serve_start_to_bench_paint_ms',
      value: Math.round(paint.total),
      unit: 'ms',
      comparedTo: 'ui.reload_to_bench_paint_ms',
      goal: '< 1000 ms',
      pass: paint.total < 1000,
    },
    { name: 'ui.serve_start_to_address_ms', value: Math.round(paint.ready), unit: 'ms' },
    { name: 'ui.reload_to_bench_paint_ms', value: Math.round(paint.reload), unit: 'ms' },
    {
      name: 'ui.renderer_bundle_gzip_kb',
      value: Math.round(bundle.gzip / 1024),
      unit: 'kB',
      comparedTo: 'ui.renderer_bundle_raw_kb',
      goal: '< 500 kB',
      pass: bundle.gzip < 500 * 1024,
    },
    { name: 'ui.renderer_bundle_raw_kb', value: Math.round(bundle.raw / 1024), unit: 'kB' },
  ];
}
