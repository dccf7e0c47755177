import { z } from 'zod';

/** Messages on the WebSocket bridge. The same contract as Electron IPC, framed as JSON. */
export const BridgeRequest = z.object({
  t: z.literal('call'),
  id: z.number().int().nonnegative(),
  name: z.string().max(100),
  input: z.unknown(),
});
export type BridgeRequest = z.infer<typeof BridgeRequest>;

export type BridgeMessage =
  | { t: 'hello'; protocol: 1 }
  | { t: 'result'; id: number; result: unknown }
  | { t: 'event'; name: string; payload: unknown }
  /** A frame the station could not take as a call (not JSON, binary, no usable id): said, never dropped. */
  | { t: 'error'; id: number | null; error: { code: 'bridge-bad-frame'; title: string; message: string } };

export const BRIDGE_PATH = '/bridge';
