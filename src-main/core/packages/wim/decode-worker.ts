/** Worker thread body for DecodePool: decodes windows of chunks and sends the bytes back (transferred). */
import { parentPort } from 'node:worker_threads';
import type { ChunkDecoder, WindowJob } from './decode-window.ts';
import { DecodeFault, LzxDecoder, XpressDecoder } from './wasm-decoders.ts';

export interface DecodeRequest extends WindowJob {
  id: number;
  compression: 'xpress' | 'lzx';
}

export type DecodeReply = { id: number; output: Uint8Array } | { id: number; error: { code: string; detail: string } };

const decoders = new Map<string, ChunkDecoder>();

function decoderFor(compression: 'xpress' | 'lzx', chunkSize: number): ChunkDecoder {
  const key = `${compression}:${chunkSize}`;
  let decoder = decoders.get(key);
  if (!decoder) {
    decoder = compression === 'xpress' ? new XpressDecoder() : new LzxDecoder(chunkSize);
    decoders.set(key, decoder);
  }
  return decoder;
}

parentPort?.on('message', (request: DecodeRequest) => {
  let reply: DecodeReply;
  try {
    const output = decoderFor(request.compression, request.chunkSize).decodeWindow(request);
    reply = { id: request.id, output };
    parentPort!.postMessage(reply, [output.buffer as ArrayBuffer]);
  } catch (error) {
    const detail = error instanceof DecodeFault ? error.detail : String(error);
    reply = { id: request.id, error: { code: 'ppkg.corrupt', detail } };
    parentPort!.postMessage(reply);
  }
});
