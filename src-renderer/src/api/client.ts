import type { CallInput, CallName, CallOutput, StationEvent } from '../../../src-main/shared/contract/index.ts';
import type { ErrorInfo, Result } from '../../../src-main/shared/errors.ts';
import { i18n } from '../i18n.ts';

/** An error the station answered with: carries the title and message to show the technician. */
export class StationCallError extends Error {
  readonly info: ErrorInfo;
  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = 'StationCallError';
    this.info = info;
  }
}

/** How the renderer reaches the station: Electron IPC through the preload, or the WebSocket bridge. */
export interface Transport {
  invoke(name: CallName, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: StationEvent) => void): () => void;
  readonly kind: 'ipc' | 'bridge' | 'memory';
}

export interface StationClient {
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
  onEvent(listener: (event: StationEvent) => void): () => void;
  readonly kind: Transport['kind'];
}

export function createClient(transport: Transport): StationClient {
  return {
    kind: transport.kind,
    async call(name, input) {
      const result = await transport.invoke(name, input);
      if (!result.ok) throw new StationCallError(result.error);
      return result.value as CallOutput<typeof name>;
    },
    onEvent: (listener) => transport.onEvent(listener),
  };
}

/**
 * What to show for a failed call: the station's own title and message (already in the station's language), or,
 * for a failure on this side (the connection dropped), a plain title with the browser's message.
 */
export function errorText(error: unknown): { title: string; message: string } {
  if (error instanceof StationCallError) return { title: error.info.title, message: error.info.message };
  return { title: i18n.t('common:error.unexpected'), message: error instanceof Error ? error.message : String(error) };
}
