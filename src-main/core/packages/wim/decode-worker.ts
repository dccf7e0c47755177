/** Worker thread body for DecodePool: decodes windows of chunks and sends the bytes back (transferred). */
import { parentPort } from 'node:worker_threads';
import { decodeWindow, type WindowJob } from './decode-window.ts';
import { WimError } from './errors.ts';
import type { ChunkDecoder } from './lz.ts';
import { LzxDecoder } from './lzx.ts';
import { XpressDecoder } from './xpress.ts';

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
    const output = decodeWindow(request, decoderFor(request.compression, request.chunkSize));
    reply = { id: request.id, output };
    parentPort!.postMessage(reply, [output.buffer as ArrayBuffer]);
  } catch (error) {
    const code = error instanceof WimError ? error.code : 'ppkg.corrupt';
    const detail = error instanceof WimError ? error.detail : String(error);
    reply = { id: request.id, error: { code, detail } };
    parentPort!.postMessage(reply);
  }
});
