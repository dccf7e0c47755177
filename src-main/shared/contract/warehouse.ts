import { z } from 'zod';
import { call } from './define.ts';

/**
 * The warehouse as the app shows it: whether this bench belongs to one, whether the server answers (and why
 * not), what waits to be sent, and the floor view of every bench. The server is named without its password.
 */

const Counts = z.object({
  waiting: z.number(),
  working: z.number(),
  'needs-tech': z.number(),
  paused: z.number(),
  done: z.number(),
  failed: z.number(),
  skipped: z.number(),
});

export const FloorBenchView = z.object({
  name: z.string(),
  tech: z.string(),
  lastContact: z.string(),
  silentFor: z.number(),
  batchId: z.number().nullable(),
  profile: z.string().nullable(),
  counts: Counts,
});
export type FloorBenchView = z.infer<typeof FloorBenchView>;

export const FloorViewData = z.object({
  server: z.string(),
  at: z.string(),
  benches: z.array(FloorBenchView),
  totals: Counts.extend({ devices: z.number(), completed: z.number(), conflicts: z.number() }),
  conflicts: z.array(
    z.object({
      serial: z.string(),
      profile: z.string(),
      firstBench: z.string(),
      firstAt: z.string(),
      secondBench: z.string(),
      secondAt: z.string(),
      detectedAt: z.string(),
    }),
  ),
});
export type FloorViewData = z.infer<typeof FloorViewData>;

export const WarehouseView = z.object({
  joined: z.boolean(),
  bench: z.string().nullable(),
  server: z.string().nullable(),
  online: z.boolean(),
  /** Why the server cannot be reached, or null. */
  reason: z.string().nullable(),
  since: z.string().nullable(),
  /** Devices finished here that the server does not have yet. */
  pending: z.number(),
  floor: FloorViewData.nullable(),
});
export type WarehouseView = z.infer<typeof WarehouseView>;

export const warehouseCalls = {
  warehouseView: call(z.object({}), WarehouseView),
  /** Joins a warehouse; the URL may hold a password, which is kept in memory only. */
  warehouseJoin: call(
    z.object({
      url: z.string().trim().min(1).max(2000),
      bench: z
        .string()
        .trim()
        .regex(/^[\w.-]{1,40}$/),
    }),
    WarehouseView,
  ),
  warehouseLeave: call(z.object({}), WarehouseView),
};

export const warehouseEvents = {
  warehouseChanged: WarehouseView,
};
