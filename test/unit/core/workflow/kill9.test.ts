import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import type { BatchSummary } from '../../../../src-main/core/workflow/summary.ts';
import { WorkflowStore } from '../../../../src-main/core/workflow/store.ts';
import { tempDir } from './helpers.ts';
import { Ledger } from '../../../../src-main/core/ledger/ledger.ts';

const CHILD = join(import.meta.dirname, 'crash-child.ts');
const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

/** Runs the child; kills it with SIGKILL once it has committed `killAfter` more steps. */
function runChild(args: string[], killAfter: number, committed: Set<string>) {
  return new Promise<{ summary: BatchSummary | null; killed: boolean }>((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let fresh = 0;
    let summary: BatchSummary | null = null;
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('done ')) {
        const key = line.slice(5);
        if (!committed.has(key)) fresh++;
        committed.add(key);
        if (fresh >= killAfter) child.kill('SIGKILL');
      } else if (line.startsWith('summary ')) summary = JSON.parse(line.slice(8)) as BatchSummary;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ summary: null, killed: true });
      else if (code === 0) resolve({ summary, killed: false });
      else reject(new Error(`child exited ${code}: ${stderr}`));
    });
  });
}

describe('kill -9 in the middle of a batch', () => {
  it('loses no finished step and redoes none, whatever the moment of the kill', async () => {
    const dir = tempDir();
    cleanup.push(() => dir.remove());
    const pkg = join(dir.path, 'Fleet.ppkg');
    writeFileSync(pkg, 'package bytes');
    const count = 8;
    const committed = new Set<string>();
    let summary: BatchSummary | null = null;
    let kills = 0;
    for (let run = 0; run < 10 && !summary; run++) {
      const killAfter = run < 4 ? 1 + Math.floor(Math.random() * 6) : Number.POSITIVE_INFINITY;
      const r = await runChild([dir.path, pkg, String(count)], killAfter, committed);
      if (r.killed) kills++;
      summary = r.summary;
    }
    expect(kills).toBeGreaterThan(0);
    // A kill after the batch finished but before its summary was printed makes the rerun start a new batch in
    // which every device is skipped as already done: that is the rule working, not a lost device.
    expect(summary?.counts.total).toBe(count);
    for (const d of summary!.devices) expect(d.result === 'done' || d.error?.code === 'already-done').toBe(true);

    const ledger = Ledger.open(dir.path);
    cleanup.push(() => ledger.close());
    const store = new WorkflowStore(ledger);
    const runs = store.listBatches().flatMap((b) => store.stepRuns(b.id));
    const done = runs.filter((r) => r.state === 'done').map((r) => `${r.serial}#${r.stepIndex}`);
    expect(done).toHaveLength(count * 4);
    expect(new Set(done).size).toBe(done.length);
    for (const key of committed) expect(done).toContain(key);
  }, 60_000);
});
