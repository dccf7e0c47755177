import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Metric } from './metric.ts';
import { median, openBrowser, serveToPaint, type PaintRound } from './ui-paint.ts';

const ROOT = join(import.meta.dirname, '../..');
const RENDERER = join(ROOT, 'out/renderer');
const ROUNDS = 5;

const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** The renderer as a browser downloads it: every JS and CSS file of the build, gzipped, and raw. */
function bundleBytes(): { gzip: number; raw: number } {
  let gzip = 0;
  let raw = 0;
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|css|html)$/.test(name)) {
        raw += statSync(path).size;
        gzip += gzipped(path);
      }
    }
  };
  walk(RENDERER);
  return { gzip, raw };
}

/** What the page loads before its first paint: index.html and the scripts and styles it names (the rest is lazy). */
function firstPaintBytes(): number {
  const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return gzipped(join(RENDERER, 'index.html')) + named.reduce((sum, file) => sum + gzipped(join(RENDERER, file)), 0);
}

/**
 * From `holobench serve --training` starting to the bench painted in Chromium (browser already running, as a tech's
 * is), median of a few starts, split where the time goes: the station's start to its printed address, the browser
 * opening the tab, the first byte, DOMContentLoaded (the first chunk fetched, compiled and run), the bench painted,
 * and the bench showing the station's answer. Next to a reload of the same page: the page's share alone.
 */
async function serveToPaintRounds(): Promise<PaintRound[]> {
  const { browser, profile } = await openBrowser();
  try {
    await serveToPaint(profile, ROOT); // warm-up: disk cache, V8's compile cache; not counted
    const rounds: PaintRound[] = [];
    for (let i = 0; i < ROUNDS; i++) rounds.push(await serveToPaint(profile, ROOT));
    return rounds;
  } finally {
    await browser.close();
  }
}

export async function runUiBench(): Promise<Metric[]> {
  const bundle = bundleBytes();
  const firstPaint = firstPaintBytes();
  const rounds = await serveToPaintRounds();
  const metric = (name: string, of: (r: PaintRound) => number, extra: Partial<Metric> = {}): Metric => {
    const values = rounds.map(of);
    const spread = `median of ${ROUNDS} starts (${Math.round(Math.min(...values))}..${Math.round(Math.max(...values))})`;
    return {
      name,
      value: Math.round(median(values)),
      unit: 'ms',
      ...extra,
      note: extra.note ? `${extra.note}; ${spread}` : spread,
    };
  };
  const paint = median(rounds.map((r) => r.benchPainted));
  return [
    metric('ui.serve_start_to_bench_paint_ms', (r) => r.benchPainted, {
      comparedTo: 'ui.reload_to_bench_paint_ms',
      goal: '< 1000 ms',
      pass: paint < 1000,
    }),
    metric('ui.serve_start_to_station_state_ms', (r) => r.stationShown),
    metric('ui.serve_start_to_address_ms', (r) => r.address),
    metric('ui.address_to_navigation_start_ms', (r) => r.navigationStart - r.address, {
      note: 'the browser opening the tab, not the station',
    }),
    metric('ui.navigation_start_to_first_byte_ms', (r) => r.firstByte - r.navigationStart),
    metric('ui.first_byte_to_dom_content_loaded_ms', (r) => r.domContentLoaded - r.firstByte),
    metric('ui.dom_content_loaded_to_bench_paint_ms', (r) => r.benchPainted - r.domContentLoaded),
    metric('ui.bench_paint_to_station_state_ms', (r) => r.stationShown - r.benchPainted),
    metric('ui.reload_to_bench_paint_ms', (r) => r.reloadToBenchPainted),
    {
      name: 'ui.renderer_bundle_gzip_kb',
      value: Math.round(bundle.gzip / 1024),
      unit: 'kB',
      comparedTo: 'ui.renderer_bundle_raw_kb',
      goal: '< 500 kB',
      pass: bundle.gzip < 500 * 1024,
    },
    { name: 'ui.renderer_bundle_raw_kb', value: Math.round(bundle.raw / 1024), unit: 'kB' },
    {
      name: 'ui.first_paint_bundle_gzip_kb',
      value: Math.round(firstPaint / 1024),
      unit: 'kB',
      comparedTo: 'ui.renderer_bundle_gzip_kb',
      note: 'index.html and the chunks and styles it names; the other screens come later',
    },
  ];
}
