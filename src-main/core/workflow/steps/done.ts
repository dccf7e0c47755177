import { z } from 'zod';
import { defineStep } from '../types.ts';
import { done } from './outcome.ts';

/** Closes a device's workflow: notes it in the device's history so the devices view shows the batch too. */
export const doneStep = defineStep({
  kind: 'done',
  label: 'Done',
  params: z.strictObject({}),
  run: (ctx) => {
    const completedAt = ctx.now().toISOString();
    ctx.recordEvent('batch-done', { batchId: ctx.batchId, steps: ctx.results.map((r) => r.kind) });
    return Promise.resolve(done({ completedAt }));
  },
});
