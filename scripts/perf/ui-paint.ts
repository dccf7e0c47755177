/**
 * The station screen's first paint, one change at a time: `holobench serve --training` started again and again, the
 * page opened in one running Chromium, each moment from spawn to the bench painted (see scripts/bench/ui-paint.ts).
 *
 *   node scripts/perf/ui-paint.ts [--rounds N] [--baseline DIR]
 *
 * --baseline names another built checkout (e.g. `git archive main | tar -x -C /tmp/base`, a node_modules symlink,
 * `npm run build` there): its rounds alternate with this checkout's in the same run, so both meet the same load on a
 * shared machine, and the medians (with the fastest and slowest round) are printed side by side.
 */
import { resolve } from 'node:path';
import {
  median,
  openBrowser,
  PAINT_PHASES,
  pageCpuToPaint,
  serveToPaint,
  type PageCpu,
  type PaintRound,
} from '../bench/ui-paint.ts';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const ROUNDS = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 9;
const baselineAt = args.indexOf('--baseline');
const checkouts: Record<string, string> = { this: resolve(import.meta.dirname, '../..') };
if (baselineAt >= 0) checkouts.baseline = resolve(args[baselineAt + 1]!);

/** One more go at a round that failed (Chromium that would not open a tab), said on stderr. */
async function retried<T>(round: () => Promise<T>): Promise<T> {
  try {
    return await round();
  } catch (error) {
    console.error(`ui-paint: a round failed (${error instanceof Error ? error.message : String(error)}); once more`);
    return round();
  }
}

const { browser, profile } = await openBrowser();
const rounds: Record<string, PaintRound[]> = Object.fromEntries(Object.keys(checkouts).map((k) => [k, []]));
const cpuRounds: Record<string, PageCpu[]> = Object.fromEntries(Object.keys(checkouts).map((k) => [k, []]));
try {
  // One warm-up each (disk cache, V8's compile cache), not counted.
  for (const root of Object.values(checkouts)) await serveToPaint(profile, root);
  for (let i = 0; i < ROUNDS; i++) {
    const order = i % 2 ? Object.entries(checkouts).reverse() : Object.entries(checkouts);
    for (const [name, root] of order) rounds[name]!.push(await retried(() => serveToPaint(profile, root)));
  }
  // Traced starts apart from the timed ones: tracing slows the page down.
  for (let i = 0; i < ROUNDS; i++) {
    const order = i % 2 ? Object.entries(checkouts).reverse() : Object.entries(checkouts);
    for (const [name, root] of order)
      cpuRounds[name]!.push(await retried(() => pageCpuToPaint(browser, profile, root)));
  }
} finally {
  await browser.close();
}

const ms = (n: number) => String(Math.round(n)).padStart(5);
const row = (label: string, of: (r: PaintRound) => number) => cells(label, (name) => rounds[name]!.map(of));
const cpuRow = (label: string, of: (r: PageCpu) => number) => cells(label, (name) => cpuRounds[name]!.map(of));
const cells = (label: string, valuesOf: (checkout: string) => number[]) => {
  const columns = Object.keys(checkouts).map((name) => {
    const values = valuesOf(name);
    return `${ms(median(values))} (${ms(Math.min(...values))}..${ms(Math.max(...values))})`.padStart(22);
  });
  console.log(`${label.padEnd(34)}${columns.join('')}`);
};
console.log(`${ROUNDS} rounds each, ms: median (fastest..slowest)`);
console.log(
  `${''.padEnd(34)}${Object.keys(checkouts)
    .map((k) => k.padStart(22))
    .join('')}`,
);
console.log('since serve was spawned');
for (const phase of PAINT_PHASES.slice(0, -1)) row(`  ${phase}`, (r) => r[phase]);
// Each step alone is less noisy than the sum, and says which one a change moved.
console.log('each step');
for (const [i, phase] of PAINT_PHASES.slice(1, -1).entries()) {
  const before = PAINT_PHASES[i]!;
  row(`  ${before} -> ${phase}`, (r) => r[phase] - r[before]);
}
row('reloadToBenchPainted', (r) => r.reloadToBenchPainted);
console.log('CPU time (hardly moved by load)');
row(`  serve's main thread to address`, (r) => r.addressCpu);
cpuRow('  page main thread to paint', (r) => r.total);
cpuRow('    evaluating modules', (r) => r.evaluateModules);
cpuRow('    script calls (React...)', (r) => r.scriptCalls);
cpuRow('    style and layout', (r) => r.styleAndLayout);
