import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = process.env.HOLOBENCH_CHROMIUM ?? '/usr/bin/chromium';

/**
 * One start of the station screen, each moment in ms since `holobench serve` was spawned: the station's own start
 * ends at `address`; opening the tab (the browser's work, and the harness's) ends at `navigationStart`; then the
 * page's first byte, DOMContentLoaded (the bundle downloaded, compiled and run), the bench heading painted, and the
 * bench painted with the station's answer (its devices, or that there are none) in place of "waiting for the
 * station". Page moments are the page's own clock moved onto this process's (both count from the same wall clock).
 */
export interface PaintRound {
  address: number;
  /** CPU time of serve's main thread to its address (Linux; NaN elsewhere): the station's own work, load or not. */
  addressCpu: number;
  navigationStart: number;
  firstByte: number;
  domContentLoaded: number;
  benchPainted: number;
  stationShown: number;
  /** A reload of the same page from the running station: the page's share alone. */
  reloadToBenchPainted: number;
}

export const PAINT_PHASES = [
  'address',
  'navigationStart',
  'firstByte',
  'domContentLoaded',
  'benchPainted',
  'stationShown',
  'reloadToBenchPainted',
] as const satisfies readonly (keyof PaintRound)[];

/** A process's main thread's time on a CPU so far, in ms (the first field of /proc/<pid>/schedstat is ns). */
function mainThreadCpu(pid: number | undefined): number {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return Number.NaN;
  }
}

/** Page moments, in the page's clock; `painted` is the end of the frame after the DOM change (what the eye gets). */
interface PageMoments {
  timeOrigin: number;
  navigationStart: number;
  firstByte: number;
  domContentLoaded: number;
  benchPainted: number | null;
  stationShown: number | null;
}

/**
 * Runs in every page before its own scripts: notes when the bench heading is first in the document, and when the
 * bench shows the station's answer (and is no longer aria-busy), each at the end of the frame that shows it.
 */
function watchBench(): void {
  const marks: Record<string, number> = {};
  (window as unknown as { __benchMarks: Record<string, number> }).__benchMarks = marks;
  const afterNextFrame = (name: string) =>
    requestAnimationFrame(() => setTimeout(() => (marks[name] ??= performance.now()), 0));
  const seen = new Set<string>();
  const observer = new MutationObserver(() => {
    const heading = document.getElementById('bench-title');
    if (heading && !seen.has('benchPainted')) {
      seen.add('benchPainted');
      afterNextFrame('benchPainted');
    }
    // The station's answer: a device card, or the empty bench that says none is connected.
    const section = heading?.closest('section');
    const answered = section?.querySelector('.empty, .cards > *') && section.getAttribute('aria-busy') !== 'true';
    if (answered && !seen.has('stationShown')) {
      seen.add('stationShown');
      afterNextFrame('stationShown');
    }
    if (seen.size === 2) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
}

async function pageMoments(page: Page): Promise<PageMoments> {
  await page.waitForFunction(() => {
    const marks = (window as unknown as { __benchMarks?: Record<string, number> }).__benchMarks;
    return marks?.benchPainted !== undefined && marks.stationShown !== undefined;
  });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const marks = (window as unknown as { __benchMarks: Record<string, number> }).__benchMarks;
    return {
      timeOrigin: performance.timeOrigin,
      navigationStart: nav.startTime,
      firstByte: nav.responseStart,
      domContentLoaded: nav.domContentLoadedEventEnd,
      benchPainted: marks.benchPainted ?? null,
      stationShown: marks.stationShown ?? null,
    };
  });
}

/**
 * A new tab. Now and then, on a loaded machine, Chromium never answers Playwright's request for one; a round that
 * waited for it forever would hang the whole run, so it fails after 20 s instead (the caller may try again).
 */
async function openTab(profile: BrowserContext): Promise<Page> {
  let timer: NodeJS.Timeout | undefined;
  const opening = profile.newPage();
  try {
    return await Promise.race([
      opening,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('Chromium did not open a tab within 20 s')), 20_000);
      }),
    ]);
  } catch (error) {
    void opening.then((late) => late.close()).catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** The tech's browser, already running with its profile (a fresh profile per start is nothing a tech waits for). */
export async function openBrowser(): Promise<{ browser: Browser; profile: BrowserContext }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  const profile = await browser.newContext();
  await profile.addInitScript(watchBench);
  return { browser, profile };
}

/**
 * `holobench serve --training` of the checkout at `root` (built: out/cli and out/renderer) on a fresh data folder,
 * the page opened in a new tab once the address is printed, then reloaded once.
 */
export async function serveToPaint(profile: BrowserContext, root: string): Promise<PaintRound> {
  const data = mkdtempSync(join(tmpdir(), 'holobench-bench-ui-'));
  const started = performance.now();
  const serve = spawn(
    process.execPath,
    [join(root, 'bin/holobench.mjs'), 'serve', '--training', '--no-usb', '--json', '--data-dir', data],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise((resolve) => serve.once('exit', resolve));
  let addressCpu = Number.NaN;
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      serve.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n').find((l) => l.startsWith('{'));
        if (line) {
          addressCpu = mainThreadCpu(serve.pid);
          resolve((JSON.parse(line) as { url: string }).url);
        }
      });
      serve.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const address = performance.now() - started;
    const page = await openTab(profile);
    await page.goto(url);
    const first = await pageMoments(page);
    // The page's clock onto ours: its time origin, as a wall-clock instant, less the instant serve was spawned.
    const shift = first.timeOrigin - (performance.timeOrigin + started);
    const at = (t: number | null) => (t === null ? Number.NaN : t + shift);
    await page.reload();
    const again = await pageMoments(page);
    await page.close();
    return {
      address,
      addressCpu,
      navigationStart: at(first.navigationStart),
      firstByte: at(first.firstByte),
      domContentLoaded: at(first.domContentLoaded),
      benchPainted: at(first.benchPainted),
      stationShown: at(first.stationShown),
      reloadToBenchPainted: (again.benchPainted ?? Number.NaN) - again.navigationStart,
    };
  } finally {
    serve.kill('SIGINT');
    await exited;
    rmSync(data, { recursive: true, force: true });
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The page's main-thread CPU time (ms) from navigation to its first contentful paint (the bench), by kind. */
export interface PageCpu {
  total: number;
  evaluateModules: number;
  scriptCalls: number;
  styleAndLayout: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  tdur?: number;
  args?: { beginData?: { url?: string } };
}

/**
 * The same start traced: CPU time, unlike wall time, hardly moves with the machine's load, so it shows what a change
 * to the page's own work did even when the wall-clock steps drown in noise.
 */
export async function pageCpuToPaint(browser: Browser, profile: BrowserContext, root: string): Promise<PageCpu> {
  const data = mkdtempSync(join(tmpdir(), 'holobench-bench-ui-'));
  const serve = spawn(
    process.execPath,
    [join(root, 'bin/holobench.mjs'), 'serve', '--training', '--no-usb', '--json', '--data-dir', data],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise((resolve) => serve.once('exit', resolve));
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
    const page = await openTab(profile);
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'v8.execute', 'loading'] });
    await page.goto(url);
    await pageMoments(page);
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    await page.close();
    const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(url.split('#')[0]!));
    const paint = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === parse?.pid);
    if (!parse || !paint) throw new Error('the trace has no parse or no first paint of the page');
    const onMain = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.ts <= paint.ts);
    const cpu = (...names: string[]) =>
      onMain.filter((e) => names.includes(e.name)).reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
    return {
      total: cpu('ThreadControllerImpl::RunTask'),
      evaluateModules: cpu('v8.evaluateModule'),
      scriptCalls: cpu('FunctionCall'),
      styleAndLayout: cpu('UpdateLayoutTree', 'Layout'),
    };
  } finally {
    serve.kill('SIGINT');
    await exited;
    rmSync(data, { recursive: true, force: true });
  }
}
