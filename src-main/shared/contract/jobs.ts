import { z } from 'zod';
import { call } from './define.ts';

/** A long-running operation on a device (a copy, a harvest, a package apply): progress, cancel, a clear result. */
export const JobView = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  deviceId: z.string().nullable(),
  state: z.enum(['running', 'done', 'failed', 'canceled']),
  phase: z.string(),
  bytes: z.number(),
  total: z.number().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** One sentence for the technician: what happened. */
  message: z.string(),
  result: z.record(z.string(), z.unknown()).nullable(),
  error: z
    .object({ code: z.string(), title: z.string(), message: z.string(), disconnected: z.boolean().optional() })
    .nullable(),
});
export type JobView = z.infer<typeof JobView>;

export const jobCalls = {
  listJobs: call(z.object({}), z.array(JobView)),
  cancelJob: call(z.object({ jobId: z.string().min(1).max(100) }), z.object({ canceled: z.boolean() })),
};

export const jobEvents = {
  jobChanged: JobView,
};
